// The standard's specialty fields: their keys, labels and highest levels, their 7 skill items and their specialty
// areas (stable keys used in code, data, import/export and the CLI).

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

/** Specialty areas per field and level, as the achievement indicators list them (docs/evaluation.md). */
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
