// The ITSS Customer Service catalog: the standard as typed data, and accessors for pages, explanations and tests.
import {
  FIELD_LABEL, FIELDS, MAX_LEVEL, SPECIALTY_AREAS, type Field, type SkillItem, type SpecialtyArea,
} from "../fields";
import {
  COMPLEXITY_OF, type ComplexityCriterion, type ComponentArea, type Exam, type FacilityScope, type Scope,
  type SuccessionKind,
} from "../record-options";
import { INDICATORS } from "./indicators";
import { COMPONENT_AREA_LABEL, EXAM_LABEL, SCOPE_LABEL, SUCCESSION_KIND_LABEL } from "./labels";
import { FIELD_OUTLINE, JOB_CATEGORY } from "./outline";
import { SKILL_ITEMS } from "./skills";
import type {
  Catalog, FieldCatalog, LevelIndicators, SizeOption, SkillItemEntry, SkillLevelDescription,
} from "./types";

export type * from "./types";
export type { FootnoteId } from "./labels";
export {
  COMPONENT_AREA_LABEL, EXAM_LABEL, FOOTNOTES, SCOPE_LABEL, SUCCESSION_KIND_LABEL,
} from "./labels";
export { FIELD_OUTLINE, JOB_CATEGORY } from "./outline";
export { COMMON_LEVEL_1, COMMON_LEVEL_2, SKILL_ITEMS } from "./skills";
export { INDICATORS } from "./indicators";

function fieldCatalog(field: Field): FieldCatalog {
  return {
    field,
    label: FIELD_LABEL[field],
    maxLevel: MAX_LEVEL[field],
    outline: FIELD_OUTLINE[field],
    skillItems: SKILL_ITEMS[field],
    indicators: INDICATORS[field],
  };
}

/** The whole standard: job category outline, and per field its skill items and achievement indicators. */
export const CATALOG: Catalog = {
  jobCategory: JOB_CATEGORY,
  fields: {
    hardware: fieldCatalog("hardware"),
    software: fieldCatalog("software"),
    facility: fieldCatalog("facility"),
  },
};

/** The fields in the standard's order. */
export function fieldCatalogs(): readonly FieldCatalog[] {
  return FIELDS.map((f) => CATALOG.fields[f]);
}

/** A field's skill item (throws when the item is not one of the field's 7). */
export function skillItem(field: Field, item: SkillItem): SkillItemEntry {
  const entry = SKILL_ITEMS[field].find((s) => s.key === item);
  if (!entry) throw new Error(`skill item "${item}" is not an item of field "${field}"`);
  return entry;
}

/** The description of a skill item's level (1..the field's highest level); null outside that range. */
export function skillItemLevel(field: Field, item: SkillItem, level: number): SkillLevelDescription | null {
  return skillItem(field, item).levels.find((l) => l.level === level) ?? null;
}

/** The text of a skill item's level (1..the field's highest level); null outside that range. */
export function skillLevelDescription(field: Field, item: SkillItem, level: number): string | null {
  return skillItemLevel(field, item, level)?.text ?? null;
}

/** The achievement indicators of a field at a level (3..the field's highest level); null otherwise. */
export function indicators(field: Field, level: number): LevelIndicators | null {
  return INDICATORS[field].find((i) => i.level === level) ?? null;
}

/** The levels with achievement indicators for a field, ascending (3..max). */
export function indicatorLevelsOf(field: Field): readonly number[] {
  return INDICATORS[field].map((i) => i.level);
}

/** The text of a complexity criterion (the same at every level of the field); throws for a criterion of another field. */
export function complexityText(field: Field, key: ComplexityCriterion): string {
  if (!COMPLEXITY_OF[field].includes(key)) throw new Error(`complexity criterion "${key}" is not one of field "${field}"`);
  const entry = INDICATORS[field][0].complexity.criteria.find((c) => c.key === key);
  if (!entry) throw new Error(`no text for complexity criterion "${key}" in field "${field}"`);
  return entry.text;
}

/** The size options of a field at a level (empty outside 3..max). */
export function sizeOptions(field: Field, level: number): readonly SizeOption[] {
  return indicators(field, level)?.size.options ?? [];
}

/** A specialty area's sentence at a level; null when that level's list does not name the key. */
export function specialtyText(field: Field, level: number, key: SpecialtyArea | string): string | null {
  return indicators(field, level)?.specialty.areas.find((a) => a.key === key)?.text ?? null;
}

/** The levels whose specialty list names the key, ascending (empty for a key of another field). */
export function specialtyLevelsOf(field: Field, key: SpecialtyArea | string): readonly number[] {
  const byLevel = SPECIALTY_AREAS[field] as Record<number, readonly string[]>;
  return Object.keys(byLevel)
    .map(Number)
    .filter((level) => byLevel[level].includes(key))
    .sort((a, b) => a - b);
}

/** A specialty key's sentence at the lowest level that names it (a label for lists); null for a key of another field. */
export function specialtyLabel(field: Field, key: SpecialtyArea | string): string | null {
  const [lowest] = specialtyLevelsOf(field, key);
  return lowest === undefined ? null : specialtyText(field, lowest, key);
}

/** Number of distinct expertise-succession kinds required at a level (0 where the level requires none). */
export function successionRequired(field: Field, level: number): number {
  return indicators(field, level)?.succession?.required ?? 0;
}

export function successionKindLabel(kind: SuccessionKind): string {
  return SUCCESSION_KIND_LABEL[kind];
}

export function componentAreaLabel(area: ComponentArea): string {
  return COMPONENT_AREA_LABEL[area];
}

export function examLabel(exam: Exam): string {
  return EXAM_LABEL[exam];
}

export function scopeLabel(scope: Scope | FacilityScope): string {
  return SCOPE_LABEL[scope];
}
