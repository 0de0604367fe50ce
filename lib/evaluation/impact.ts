// What approving one record would change, before it is given (docs/evaluation.md#9-what-an-approval-would-change):
// the member's stored records with this one approved (a revision replacing the record it revises) go through the
// same evaluateRecords as the official evaluation, and the two evaluations are compared field by field. Pure: stored
// records in, the difference out; the level targets it would make met from their current counts.
import { FIELDS, type Field } from "../itss/fields";
import { MISSING_CODES, type Missing, type MissingCode } from "../itss/types";
import { evaluateRecords, type MemberRecords } from "./evidence";
import { pathWithSubmitted } from "./path";
import type { LevelTargetCount } from "../db/queries/impact";

export type { LevelTargetCount };

/** The record kinds the evaluation reads (a certification changes no level). */
export const EVALUATED_ENTITIES = ["project", "specialty", "succession", "mentoring", "exam"] as const;
export type EvaluatedEntity = (typeof EVALUATED_ENTITIES)[number];

const LIST_OF = {
  project: "projects",
  specialty: "specialties",
  succession: "successions",
  mentoring: "mentorings",
  exam: "exams",
} as const satisfies Record<EvaluatedEntity, keyof MemberRecords>;

export const isEvaluatedEntity = (e: string): e is EvaluatedEntity => e in LIST_OF;

export type FieldImpact = {
  field: Field;
  /** The official level now and once the record is approved. */
  before: number;
  after: number;
  /** The level the official path leads to now (the engine's next.level); null at the field's top. */
  toward: number | null;
  /** The path's missing items (as they stand now) that the approval would meet. */
  satisfies: Missing[];
  /** The path's missing items that stay missing but of which the approval adds some (a project, a kind). */
  progress: Missing[];
};

export type RecordImpact = {
  /** Every field whose official level would change. */
  levels: { field: Field; before: number; after: number }[];
  /** Every field where anything would change: its level, a missing item met or partly met. */
  fields: FieldImpact[];
  /** The engine's missing codes met in any field, in the engine's order. */
  satisfies: MissingCode[];
};

/**
 * The member's records as they would be once the record is approved: its review state approved (by someone else:
 * no reviewer, so the four-eyes filter of countingRecords keeps it) and, for a revision, the approved record it
 * revises superseded, exactly as approveRecord writes it. Null when the member has no such record.
 */
export function approvedInto(records: MemberRecords, entity: EvaluatedEntity, id: number): MemberRecords | null {
  const key = LIST_OF[entity];
  const list = records[key] as MemberRecords[typeof key][number][];
  const row = list.find((r) => r.id === id);
  if (!row) return null;
  const when = new Date();
  const next = list.map((r) =>
    r.id === id
      ? { ...r, reviewState: "approved" as const, reviewedBy: null, supersededAt: null }
      : row.revisionOf !== null && r.id === row.revisionOf && r.reviewState === "approved" && !r.supersededAt
        ? { ...r, supersededAt: when }
        : r,
  );
  return { ...records, [key]: next };
}

/** Whether a missing item of the path holds more of its count on the after side (projects or kinds added). */
function grew(before: Missing, after: Missing): boolean {
  if (before.code === "projects" && after.code === "projects") return after.have > before.have;
  if (before.code === "succession" && after.code === "succession") return after.have > before.have;
  return false;
}

/**
 * What approving the record changes: both official evaluations through evaluateRecords, and, per field, the items of
 * today's path (the engine's missingFor at next.level) that the approved evidence meets. Null when the member has no
 * such record.
 */
export function approvalImpact(records: MemberRecords, entity: EvaluatedEntity, id: number): RecordImpact | null {
  const approved = approvedInto(records, entity, id);
  if (!approved) return null;
  const before = evaluateRecords(records, "official").evaluation;
  const after = evaluateRecords(approved, "official");
  const fields: FieldImpact[] = [];
  for (const field of FIELDS) {
    const b = before.fields[field];
    const a = after.evaluation.fields[field];
    // Today's path checked on the approved evidence: the same missingFor at the same level, so items compare 1:1.
    const still = pathWithSubmitted(field, b, after.evidence) ?? [];
    const missingNow = b.next?.missing ?? [];
    const satisfies = missingNow.filter((m) => !still.some((s) => s.code === m.code));
    const progress = still.filter((s) => missingNow.some((m) => m.code === s.code && grew(m, s)));
    if (a.level !== b.level || satisfies.length || progress.length)
      fields.push({ field, before: b.level, after: a.level, toward: b.next?.level ?? null, satisfies, progress });
  }
  const met = new Set(fields.flatMap((f) => f.satisfies.map((m) => m.code)));
  return {
    levels: fields.filter((f) => f.after !== f.before).map(({ field, before, after }) => ({ field, before, after })),
    fields,
    satisfies: MISSING_CODES.filter((c) => met.has(c)),
  };
}

/**
 * The level targets (of the member's team and department, with their counts now) the approval would make met. A
 * target counts the active members whose official level in its field is ≥ minLevel; it becomes met when it is not
 * met now (actual < minCount), the member is not among its actual now (before < minLevel ≤ after: the approval
 * carries them across), and one more is enough (actual + 1 ≥ minCount). Each record is judged alone, as if no other
 * pending record were approved.
 */
export function targetsMadeMet(impact: RecordImpact, targets: readonly LevelTargetCount[]): number[] {
  return targets
    .filter((t) => {
      const change = impact.levels.find((l) => l.field === t.field);
      return (
        !!change &&
        t.actual < t.minCount &&
        change.before < t.minLevel &&
        change.after >= t.minLevel &&
        t.actual + 1 >= t.minCount
      );
    })
    .map((t) => t.id);
}
