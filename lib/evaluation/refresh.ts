// Keeps the read model and the evaluation history (docs/evaluation.md#7-where-the-result-is-kept): after a change, re-evaluates the members' records, rewrites
// their current standing (member_standings, member_skill_standings) and writes a snapshot for each field whose
// official evaluation differs from the last one kept. Callers run it inside the change's transaction.
import { asc, desc, gt, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { evaluationSnapshots, members, memberSkillStandings, memberStandings } from "../db/schema";
import { loadMemberRecords } from "../db/queries/evidence";
import { FIELDS, type Field } from "../itss/fields";
import type { FieldEvaluation } from "../itss/types";
import { computeStanding } from "./standing";
import { recountTeamsOfMembers } from "./team-counts";

/** JSON with object keys sorted: jsonb does not keep key order, so plain JSON.stringify would differ. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** What counts as "the evaluation changed": levels and the explanation (what is missing next). */
function signature(
  e: Pick<FieldEvaluation, "level" | "kpiLevel" | "examLevel" | "skillLevel" | "next"> & { source: string },
): string {
  return stableStringify([e.level, e.source, e.kpiLevel, e.examLevel, e.skillLevel, e.next]);
}

/**
 * Returns the number of snapshots written. Constant number of queries for any number of members (callers with
 * thousands of members use refreshAllStandings, which batches).
 */
export async function refreshOfficialEvaluations(
  tx: Db | Tx,
  memberIds: readonly number[],
  takenAt = new Date(),
): Promise<number> {
  if (memberIds.length === 0) return 0;
  const ids = [...new Set(memberIds)].sort((a, b) => a - b);
  // One refresh per member at a time: a concurrent change of the same member waits here, and then reads what
  // the other committed, so the last standing written reflects every committed record. (NO KEY UPDATE does not
  // conflict with the key-share locks that inserting a member's records takes.)
  await tx
    .select({ id: members.id })
    .from(members)
    .where(inArray(members.id, ids))
    .orderBy(asc(members.id))
    .for("no key update");
  const [records, previous] = await Promise.all([
    loadMemberRecords(tx, ids),
    tx
      .selectDistinctOn([evaluationSnapshots.memberId, evaluationSnapshots.field])
      .from(evaluationSnapshots)
      .where(inArray(evaluationSnapshots.memberId, ids))
      .orderBy(
        evaluationSnapshots.memberId,
        evaluationSnapshots.field,
        desc(evaluationSnapshots.takenAt),
        desc(evaluationSnapshots.id),
      ),
  ]);
  const last = new Map(previous.map((s) => [`${s.memberId}:${s.field}`, s]));
  const rows: (typeof evaluationSnapshots.$inferInsert)[] = [];
  const standings: (typeof memberStandings.$inferInsert)[] = [];
  const skills: (typeof memberSkillStandings.$inferInsert)[] = [];
  for (const memberId of ids) {
    const {
      official: evaluation,
      projectIds,
      standings: s,
      skills: k,
    } = computeStanding(memberId, records.get(memberId)!);
    standings.push(...s);
    skills.push(...k);
    for (const field of FIELDS as readonly Field[]) {
      const e = evaluation.fields[field];
      const before = last.get(`${memberId}:${field}`);
      const unchanged = before
        ? signature({ ...before, next: (before.evaluation as FieldEvaluation).next }) === signature(e)
        : e.level === 0 && e.skillLevel === null; // nothing to record for a field the member has no standing in
      if (unchanged) continue;
      rows.push({
        memberId,
        field,
        takenAt,
        level: e.level,
        source: e.source,
        kpiLevel: e.kpiLevel,
        examLevel: e.examLevel,
        skillLevel: e.skillLevel,
        evaluation: { ...e, projectIds: e.projects.map((p) => projectIds[p.index]) },
      });
    }
  }
  // Chunked: PostgreSQL takes at most 65,535 parameters a statement (500 members' 21 ratings × 7 columns exceed it).
  for (const chunk of chunks(rows)) await tx.insert(evaluationSnapshots).values(chunk);
  await Promise.all([
    tx.delete(memberStandings).where(inArray(memberStandings.memberId, ids)),
    tx.delete(memberSkillStandings).where(inArray(memberSkillStandings.memberId, ids)),
  ]);
  for (const chunk of chunks(standings))
    await tx.insert(memberStandings).values(chunk.map((r) => ({ ...r, updatedAt: takenAt })));
  for (const chunk of chunks(skills)) await tx.insert(memberSkillStandings).values(chunk);
  await recountTeamsOfMembers(tx, ids);
  return rows.length;
}

function chunks<T>(rows: readonly T[], size = 2000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Members per batch for organisation-wide refreshes: keeps each statement's parameters well under PostgreSQL's limit. */
export const STANDING_BATCH = 500;

/**
 * Refreshes every member's standing (and history) in batches: the demo seed, a JSON restore, and the backfill
 * after the read model's migration. `onlyMissing` limits it to members that have no standing yet.
 */
export async function refreshAllStandings(
  db: Db | Tx,
  opts: { takenAt?: Date; onlyMissing?: boolean } = {},
): Promise<number> {
  let after = 0;
  let refreshed = 0;
  for (;;) {
    const batch = await db
      .select({ id: members.id })
      .from(members)
      .where(gt(members.id, after))
      .orderBy(asc(members.id))
      .limit(STANDING_BATCH);
    if (batch.length === 0) {
      // A bulk load (seed, restore, backfill) leaves the planner without statistics, and the embedded database has
      // no autovacuum to gather them: without them the aggregate views' joins were planned as nested loops
      // (the staffing query took 280 ms instead of 70 ms at 10,000 members).
      if (refreshed > 0) await db.execute(sql`analyze`);
      return refreshed;
    }
    after = batch[batch.length - 1].id;
    let ids = batch.map((m) => m.id);
    if (opts.onlyMissing) {
      const have = new Set(
        (
          await db
            .selectDistinct({ id: memberStandings.memberId })
            .from(memberStandings)
            .where(inArray(memberStandings.memberId, ids))
        ).map((r) => r.id),
      );
      ids = ids.filter((id) => !have.has(id));
    }
    if (ids.length) await db.transaction((tx) => refreshOfficialEvaluations(tx, ids, opts.takenAt));
    refreshed += ids.length;
  }
}
