// Keeps SPEC's evaluation history: after a change, re-evaluates the members' official evidence and writes a
// snapshot for each field whose official evaluation differs from the last one kept.
import { desc, inArray } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { evaluationSnapshots } from "../db/schema";
import { loadMemberRecords } from "../db/queries/evidence";
import { evaluate } from "../itss/evaluate";
import { FIELDS, type Field } from "../itss/ids";
import type { FieldEvaluation } from "../itss/types";
import { toEvidence } from "./evidence";

/** JSON with object keys sorted: jsonb does not keep key order, so plain JSON.stringify would differ. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What counts as "the evaluation changed": levels and the explanation (what is missing next). */
function signature(e: Pick<FieldEvaluation, "level" | "kpiLevel" | "examLevel" | "skillLevel" | "next"> & { source: string }): string {
  return stableStringify([e.level, e.source, e.kpiLevel, e.examLevel, e.skillLevel, e.next]);
}

/** Returns the number of snapshots written. Constant number of queries for any number of members. */
export async function refreshOfficialEvaluations(tx: Db | Tx, memberIds: readonly number[], takenAt = new Date()): Promise<number> {
  if (memberIds.length === 0) return 0;
  const ids = [...new Set(memberIds)];
  const [records, previous] = await Promise.all([
    loadMemberRecords(tx, ids),
    tx
      .selectDistinctOn([evaluationSnapshots.memberId, evaluationSnapshots.field])
      .from(evaluationSnapshots)
      .where(inArray(evaluationSnapshots.memberId, ids))
      .orderBy(evaluationSnapshots.memberId, evaluationSnapshots.field, desc(evaluationSnapshots.takenAt), desc(evaluationSnapshots.id)),
  ]);
  const last = new Map(previous.map((s) => [`${s.memberId}:${s.field}`, s]));
  const rows: (typeof evaluationSnapshots.$inferInsert)[] = [];
  for (const memberId of ids) {
    const { evidence, projectIds } = toEvidence(records.get(memberId)!, "official");
    const evaluation = evaluate(evidence);
    for (const field of FIELDS as readonly Field[]) {
      const e = evaluation.fields[field];
      const before = last.get(`${memberId}:${field}`);
      const unchanged = before
        ? signature({ ...before, next: (before.evaluation as FieldEvaluation).next }) === signature(e)
        : e.level === 0 && e.skillLevel === null; // nothing to record for a field the member has no standing in
      if (unchanged) continue;
      rows.push({
        memberId, field, takenAt, level: e.level, source: e.source, kpiLevel: e.kpiLevel, examLevel: e.examLevel,
        skillLevel: e.skillLevel, evaluation: { ...e, projectIds: e.projects.map((p) => projectIds[p.index]) },
      });
    }
  }
  if (rows.length) await tx.insert(evaluationSnapshots).values(rows);
  return rows.length;
}
