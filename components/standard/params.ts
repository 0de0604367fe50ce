// Route segments of the standard pages, checked against the standard's identifiers.
import { FIELDS, skillItemsOf, type Field, type SkillItem } from "@/lib/itss/fields";

/** The field a `[field]` segment names, or null for anything else. */
export function parseField(segment: string): Field | null {
  return (FIELDS as readonly string[]).includes(segment) ? (segment as Field) : null;
}

/** The skill item an `[item]` segment names within the field, or null for anything else. */
export function parseSkillItem(field: Field, segment: string): SkillItem | null {
  return (skillItemsOf(field) as readonly string[]).includes(segment) ? (segment as SkillItem) : null;
}

export const fieldHref = (field: Field) => `/standard/${field}`;
export const itemHref = (field: Field, item: SkillItem) => `/standard/${field}/${item}`;
export const levelAnchor = (level: number) => `level-${level}`;
