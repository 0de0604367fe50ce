// A member's standing as the views explain it: the official and provisional evaluations of their stored records, and
// what the official path (the engine's `next`, docs/evaluation.md#5-the-path-to-the-next-level) would still lack once
// the submitted records count. Pure: stored records in, evaluations and missing lists out.
import { fieldFacts, missingFor } from "../itss/evaluate";
import { FIELDS, type Field } from "../itss/fields";
import type { Evaluation, Evidence, FieldEvaluation, Missing } from "../itss/types";
import { evaluateRecords, type MemberRecords } from "./evidence";

/**
 * What the official path's level still lacks on the provisional evidence (approved and submitted records): the
 * engine's own missingFor at the official path's level, so the two lists compare item by item. Null at the
 * field's top level (no path).
 */
export function pathWithSubmitted(field: Field, official: FieldEvaluation, provisional: Evidence): Missing[] | null {
  if (!official.next) return null;
  return missingFor(field, official.next.level, fieldFacts(field, provisional).facts);
}

export type ExplainedStanding = {
  official: Evaluation;
  provisional: Evaluation;
  /** per field: the official path's missing items that the submitted records would not meet (null: no path) */
  withSubmitted: Record<Field, Missing[] | null>;
};

/** Both evaluations of a member's records and, per field, what the official path lacks once submitted records count. */
export function explainRecords(records: MemberRecords): ExplainedStanding {
  const official = evaluateRecords(records, "official").evaluation;
  const { evaluation: provisional, evidence } = evaluateRecords(records, "provisional");
  const withSubmitted = Object.fromEntries(
    FIELDS.map((f) => [f, pathWithSubmitted(f, official.fields[f], evidence)]),
  ) as Record<Field, Missing[] | null>;
  return { official, provisional, withSubmitted };
}

type FieldRecords = Pick<MemberRecords, "projects" | "specialties" | "successions" | "mentorings" | "assessments">;

/**
 * The fields a member's page shows, the team's field first: the team's field and every field the member has a record
 * or rating in (any review state), in the standard's order; all three when that leaves none (a mixed team's member
 * without records). The member's dashboard shows the same fields, so each of its lines has its section there.
 */
export function fieldsOfMember(teamField: Field | null, records: FieldRecords): Field[] {
  const used = new Set<Field>();
  for (const r of [
    ...records.projects,
    ...records.specialties,
    ...records.successions,
    ...records.mentorings,
    ...records.assessments,
  ])
    used.add(r.field);
  const others = FIELDS.filter((f) => f !== teamField && used.has(f));
  if (teamField) return [teamField, ...others];
  return others.length ? others : [...FIELDS];
}
