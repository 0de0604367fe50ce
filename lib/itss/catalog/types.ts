// Types of the catalog: the ITSS Customer Service standard (skill proficiency and achievement indicators) as typed data.
import type { Field, SkillItem, SpecialtyArea } from "../fields";
import type { ComplexityCriterion, FacilityScope, Scope, SuccessionKind } from "../record-options";

/** Where a level description comes from: the field's table in skill-proficiency.txt, or the common entry levels 1 and 2. */
export type TextSource = "standard" | "common";

export type SkillLevelDescription = {
  level: number;
  text: string;
  source: TextSource;
};

export type SkillItemEntry = {
  key: SkillItem;
  /** the skill item's name as the standard writes it */
  name: string;
  /** "common" = job category common skill item, "field" = specialty field specific skill item */
  kind: "common" | "field";
  /** knowledge items of the skill area table ("Skill Area of Customer Service") */
  knowledgeItems: readonly string[];
  /** knowledge items as the field's skill proficiency table lists them ("[Knowledge Items]") */
  proficiencyTableKnowledgeItems: readonly string[];
  /** levels 1..the field's highest level, ascending */
  levels: readonly SkillLevelDescription[];
};

export type ComplexityEntry = { key: ComplexityCriterion; text: string };

/** A bound on a number: every given condition holds (greaterThan and lessThan exclusive, atLeast inclusive). */
export type Bound = { greaterThan?: number; atLeast?: number; lessThan?: number };

/** Hardware/software size option: the project's service scope, and for some options a minimum number of complexity criteria. */
export type ScopeSizeRule = { kind: "scope"; scope: Scope; minComplexity?: number };

/**
 * Facility size option: the facility scope and, for `whole`, thresholds of which any one suffices
 * (computer room sites, floor space in m², network installation sites).
 */
export type FacilitySizeRule = {
  kind: "facility";
  scope: FacilityScope;
  minComplexity?: number;
  anyOf?: { computerRoomSites?: Bound; floorSpaceM2?: Bound; networkSites?: Bound };
};

export type SizeRule = ScopeSizeRule | FacilitySizeRule;

export type SizeOption = {
  text: string;
  rule: SizeRule;
  /** a decision where the English text leaves a hole (docs/evaluation.md, "Decisions where the standard's English text is ambiguous"), for the UI to show */
  footnote?: string;
};

export type SpecialtyEntry = { key: SpecialtyArea; text: string };

export type SuccessionEntry = { kind: SuccessionKind; label: string };

export type LevelIndicators = {
  field: Field;
  level: number;
  responsibilities: string;
  complexity: { intro: string; criteria: readonly ComplexityEntry[] };
  size: { intro: string; options: readonly SizeOption[] };
  specialty: { intro: string; areas: readonly SpecialtyEntry[] };
  /** expertise succession (levels 4 and up); `required` = number of distinct kinds needed */
  succession: { intro: string; required: number; kinds: readonly SuccessionEntry[] } | null;
  /** the "develops subordinates" requirement (levels 4 and up) */
  developsSubordinates: string | null;
  remarks: readonly string[];
};

export type ActivityPhase = { phase: string; items: readonly string[] };

export type JobCategoryOutline = {
  name: string;
  /** paragraphs of "Description of Job Category" */
  description: readonly string[];
  /** "Performs the following:" list */
  activities: readonly ActivityPhase[];
  /** "This job career category is classified into the following specialty fields." */
  classification: string;
};

export type FieldOutline = {
  /** the field's name as the outline writes it */
  name: string;
  description: string;
};

export type FieldCatalog = {
  field: Field;
  label: string;
  maxLevel: number;
  outline: FieldOutline;
  skillItems: readonly SkillItemEntry[];
  /** levels 3..maxLevel, ascending */
  indicators: readonly LevelIndicators[];
};

export type Catalog = {
  jobCategory: JobCategoryOutline;
  fields: { readonly [F in Field]: FieldCatalog };
};
