// The evaluation engine's input (a member's evidence) and output, shared by the app, the CLI and the tests.
import type { Field, SkillItem } from "./fields";
import type {
  ComplexityCriterion, Exam, FacilityScope, ProjectRole, ProjectStatus, Scope, SuccessionKind,
} from "./record-options";

export type FacilitySize = {
  scope: FacilityScope;
  computerRoomSites: number;
  floorSpaceM2: number;
  networkSites: number;
};

export type ProjectEvidence = {
  field: Field;
  role: ProjectRole;
  status: ProjectStatus;
  successful: boolean;
  complexity: readonly ComplexityCriterion[];
  /** hardware and software */
  scope?: Scope;
  /** facility */
  facility?: FacilitySize;
};

export type ProfessionalEvidence = {
  specialties: readonly string[];
  /** one entry per succession achievement (its kind); duplicates allowed, distinct kinds count */
  succession: readonly SuccessionKind[];
  /** number of mentoring records */
  mentoring: number;
};

export type SkillRating = { self?: number | null; lead?: number | null };

export type Evidence = {
  projects: readonly ProjectEvidence[];
  professional?: Partial<Record<Field, ProfessionalEvidence>>;
  exams?: readonly Exam[];
  skills?: Partial<Record<Field, Partial<Record<SkillItem, SkillRating>>>>;
};

export type Missing =
  | { code: "projects"; need: number; have: number; minLevel: number }
  | { code: "key_project"; level: number }
  | { code: "specialty"; level: number }
  | { code: "succession"; need: number; have: number }
  | { code: "develops_subordinates" };

export type LevelSource = "kpi" | "exam" | "none";

export type FieldEvaluation = {
  level: number;
  source: LevelSource;
  kpiLevel: number;
  examLevel: number;
  skillLevel: number | null;
  projects: { index: number; projectLevel: number }[];
  next: { level: number; missing: Missing[] } | null;
};

export type Evaluation = { fields: Record<Field, FieldEvaluation> };

/** Why a field's level is not higher: the requirement of the next level the evidence does not meet. */
export const MISSING_CODES = ["projects", "key_project", "specialty", "succession", "develops_subordinates"] as const;
export type MissingCode = (typeof MISSING_CODES)[number];
