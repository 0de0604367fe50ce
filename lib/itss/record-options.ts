// The values a record's fields may take (project complexity, scope, role and status, component areas, succession
// kinds, exams): stable keys used in code, data, import/export and the CLI.
import type { Field } from "./fields";

export const HW_SW_COMPLEXITY = [
  "multi_platform",
  "multi_vendor",
  "advanced_technology",
  "mission_critical",
  "continuous_operation",
  "nationwide",
] as const;
export const FACILITY_COMPLEXITY = [
  "mission_critical_facility",
  "continuous_operation",
  "many_sites_complex_network",
  "complex_disaster_crime_prevention",
] as const;
export type ComplexityCriterion = (typeof HW_SW_COMPLEXITY)[number] | (typeof FACILITY_COMPLEXITY)[number];
export const COMPLEXITY_OF: Record<Field, readonly ComplexityCriterion[]> = {
  hardware: HW_SW_COMPLEXITY,
  software: HW_SW_COMPLEXITY,
  facility: FACILITY_COMPLEXITY,
};

/** Service scope of a hardware/software project. */
export const SCOPES = ["specific_users", "wide_area_team", "wide_area_users"] as const;
export type Scope = (typeof SCOPES)[number];
export const FACILITY_SCOPES = ["part", "whole"] as const;
export type FacilityScope = (typeof FACILITY_SCOPES)[number];

export const PROJECT_ROLES = ["member", "leader", "responsible"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];
export const PROJECT_STATUSES = ["ongoing", "completed"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** IT component areas a project may concern (none are listed for facility). */
export const COMPONENT_AREAS = {
  hardware: ["generic_processor", "medium_sized_processor", "pc", "storage", "network", "other"],
  software: ["operating_system", "database", "middleware", "application_software", "other"],
  facility: [],
} as const satisfies Record<Field, readonly string[]>;
export type ComponentArea = (typeof COMPONENT_AREAS)[Field][number];

export const SUCCESSION_KINDS = [
  "community_activity",
  "book",
  "paper_external",
  "paper_internal",
  "instructor_external",
  "instructor_internal",
  "patent",
] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

export const EXAMS = ["IP", "FE", "AP", "ST", "SA", "PM", "NW", "DB", "ES", "SM", "AU", "SC"] as const;
export type Exam = (typeof EXAMS)[number];
export const ADVANCED_EXAMS: readonly Exam[] = ["ST", "SA", "PM", "NW", "DB", "ES", "SM", "AU", "SC"];
