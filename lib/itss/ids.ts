// The stable identifiers of the standard (docs/cli.md#identifiers): keys used in code, data, import/export and the CLI.

export const FIELDS = ["hardware", "software", "facility"] as const;
export type Field = (typeof FIELDS)[number];

/** Highest level the standard defines per specialty field. */
export const MAX_LEVEL: Record<Field, number> = { hardware: 5, software: 5, facility: 6 };

export const FIELD_LABEL: Record<Field, string> = {
  hardware: "Hardware",
  software: "Software",
  facility: "Facility Management",
};

export const COMMON_SKILL_ITEMS = [
  "system_maintenance_management",
  "technology",
  "project_management",
  "leadership",
  "communication",
  "negotiation",
] as const;
export const FIELD_SKILL_ITEM = {
  hardware: "hardware_technology",
  software: "software_technology",
  facility: "facility_management",
} as const;
export type SkillItem = (typeof COMMON_SKILL_ITEMS)[number] | (typeof FIELD_SKILL_ITEM)[Field];
export const ALL_SKILL_ITEMS: readonly SkillItem[] = [...COMMON_SKILL_ITEMS, ...Object.values(FIELD_SKILL_ITEM)];

/** The 7 skill items of a field, in the standard's order. */
export function skillItemsOf(field: Field): readonly SkillItem[] {
  return [...COMMON_SKILL_ITEMS, FIELD_SKILL_ITEM[field]];
}

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

/** Specialty areas per field and level, as the achievement indicators list them (docs/cli.md#identifiers). */
export const SPECIALTY_AREAS = {
  hardware: {
    5: ["general_it_components", "hw_ops_product_tech", "ops_policy_selection_planning", "personnel_profitability", "customer_satisfaction"],
    4: ["hw_ops_product_tech", "ops_policy_selection_planning", "team_profitability", "customer_satisfaction"],
    3: ["basic_hw_ops_product_tech", "first_support_contact", "advice_for_user_needs"],
  },
  software: {
    5: ["general_it_components", "sw_failure_diagnosis_product_tech", "sw_service_support_planning", "personnel_profitability", "customer_satisfaction"],
    4: ["sw_failure_diagnosis_product_tech", "measures_for_user_requirements", "team_structure_maintenance", "customer_satisfaction"],
    3: ["basic_sw_failure_diagnosis_product_tech", "first_support_contact", "advice_for_user_needs"],
  },
  facility: {
    6: ["facility_engineering", "facility_strategy_long_term", "personnel_profitability", "customer_satisfaction"],
    5: ["facility_engineering", "facility_strategy_assigned_area", "assigned_team_personnel_profitability", "customer_satisfaction"],
    4: ["facility_engineering", "team_personnel_profitability", "customer_satisfaction"],
    3: ["basic_facility_engineering", "advice_for_user_needs"],
  },
} as const satisfies Record<Field, Record<number, readonly string[]>>;
export type SpecialtyArea = {
  [F in Field]: (typeof SPECIALTY_AREAS)[F][keyof (typeof SPECIALTY_AREAS)[F]] extends readonly (infer K)[] ? K : never;
}[Field];

/** Every specialty key a field knows, once each. */
export function specialtyKeysOf(field: Field): readonly string[] {
  return [...new Set(Object.values(SPECIALTY_AREAS[field] as Record<number, readonly string[]>).flat())];
}

export const EXAMS = ["IP", "FE", "AP", "ST", "SA", "PM", "NW", "DB", "ES", "SM", "AU", "SC"] as const;
export type Exam = (typeof EXAMS)[number];
export const ADVANCED_EXAMS: readonly Exam[] = ["ST", "SA", "PM", "NW", "DB", "ES", "SM", "AU", "SC"];

export const MISSING_CODES = ["projects", "key_project", "specialty", "succession", "develops_subordinates"] as const;
export type MissingCode = (typeof MISSING_CODES)[number];
