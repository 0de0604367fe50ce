// Keeps the read model and the evaluation history (docs/evaluation.md#7-where-the-result-is-kept): after a change, re-evaluates the members' records, rewrites
// their current standing (member_standings, member_skill_standings) and writes a snapshot for each field whose
// official evaluation differs from the last one kept. Callers run it inside the change's transaction.
import { asc, gt, inArray, sql } from "drizzle-orm";
import { text } from "../i18n/text";
import { notify, type NotificationInput } from "../notify/notify";
import { audiencesOf } from "../notify/recipients";
import type { Db, Tx } from "../db/client";
import { evaluationSnapshots, members, memberSkillStandings, memberStandings } from "../db/schema";
import { evaluationInput, readMemberRecords, type LoadedRecords } from "../db/queries/evidence";
import { FIELDS, type Field } from "../itss/fields";
import type { FieldEvaluation } from "../itss/types";
import { computeStanding, type SkillStandingRow, type StandingRow } from "./standing";
import { lockTeamsOfMembers, rewriteTeamCounts } from "./team-counts";
import { refreshCurrency } from "./currency";

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
 * Returns the number of snapshots written. Eight statements for any number of members: lock the members, load their
 * records with the latest snapshots (readMemberRecords), read the stored levels, write standings, skill standings
 * and snapshots and lock the members' teams (writeStandings), rewrite those teams' level counts and gap lists'
 * counts (team-counts.ts, gap-counts.ts), then the currency rows
 * and counts (currency.ts); and, when an official level rose (`notifyLevels`: a write caused it), two more to tell
 * the member and the team's leads (levelReached). A member's first standing notifies nobody. Callers with thousands
 * of members use refreshAllStandings, which batches and notifies nobody.
 */
export async function refreshOfficialEvaluations(
  tx: Db | Tx,
  memberIds: readonly number[],
  takenAt = new Date(),
  notifyLevels = true,
): Promise<number> {
  return refreshEvaluations(tx, memberIds, takenAt, notifyLevels, null);
}

/**
 * refreshOfficialEvaluations; with `bulk` (refreshAllStandings' bulkLoad) the members' records are the ones given
 * (read ahead, before the lock) and the teams' counts and the currency rows are left to the caller.
 */
async function refreshEvaluations(
  tx: Db | Tx,
  memberIds: readonly number[],
  takenAt: Date,
  notifyLevels: boolean,
  bulk: { loaded: LoadedRecords } | null,
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
  const loaded = bulk?.loaded ?? (await readMemberRecords(tx, ids, RECORDS_TO_EVALUATE));
  const stored = notifyLevels
    ? new Map(
        (
          await tx
            .select({ memberId: memberStandings.memberId, field: memberStandings.field, level: memberStandings.level })
            .from(memberStandings)
            .where(inArray(memberStandings.memberId, ids))
        ).map((r) => [`${r.memberId}:${r.field}`, r.level]),
      )
    : new Map<string, number>();
  const reached: { memberId: number; field: Field; level: number }[] = [];
  const records = evaluationInput(loaded);
  const last = new Map([...loaded.snapshots.values()].flat().map((s) => [`${s.memberId}:${s.field}`, s]));
  const rows: SnapshotInsert[] = [];
  const standings: StandingRow[] = [];
  const skills: SkillStandingRow[] = [];
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
      const storedLevel = stored.get(`${memberId}:${field}`);
      if (storedLevel !== undefined && e.level > storedLevel) reached.push({ memberId, field, level: e.level });
      const before = last.get(`${memberId}:${field}`);
      const unchanged = before
        ? signature({ ...before, next: (before.evaluation as FieldEvaluation).next }) === signature(e)
        : e.level === 0 && e.skillLevel === null; // nothing to record for a field the member has no standing in
      if (unchanged) continue;
      rows.push({
        memberId,
        field,
        level: e.level,
        source: e.source,
        kpiLevel: e.kpiLevel,
        examLevel: e.examLevel,
        skillLevel: e.skillLevel,
        evaluation: { ...e, projectIds: e.projects.map((p) => projectIds[p.index]) },
      });
    }
  }
  const teamIds = await writeStandings(tx, ids, { standings, skills, snapshots: rows }, takenAt);
  if (!bulk) {
    await rewriteTeamCounts(tx, teamIds);
    await refreshCurrency(tx, ids);
  }
  if (reached.length) await notifyLevelsReached(tx, reached);
  return rows.length;
}

/** Each level reached → the member ("You reached …") and the leads of their team ("{member} reached …"). */
async function notifyLevelsReached(
  tx: Db | Tx,
  reached: readonly { memberId: number; field: Field; level: number }[],
): Promise<void> {
  const audiences = await audiencesOf(
    tx,
    reached.map((r) => r.memberId),
  );
  const items: NotificationInput[] = [];
  for (const { memberId, field, level } of reached) {
    const a = audiences.get(memberId);
    if (!a) continue;
    const fieldName = text(`records.field.${field}`);
    const href = `/members/${memberId}`;
    if (a.userId)
      items.push({
        userId: a.userId,
        kind: "levelReached",
        text: text("notifications.events.levelReachedSelf", { field: fieldName, level }),
        href,
      });
    for (const userId of a.leadIds)
      if (userId !== a.userId)
        items.push({
          userId,
          kind: "levelReached",
          text: text("notifications.events.levelReached", { member: a.name, field: fieldName, level }),
          href,
        });
  }
  await notify(tx as Tx, items);
}

/** What a refresh reads of each member: the records that feed the evaluation, the owner's account, the latest snapshots. */
const RECORDS_TO_EVALUATE = { certifications: false, owners: true, snapshots: "latest" } as const;

type SnapshotInsert = Omit<typeof evaluationSnapshots.$inferInsert, "takenAt">;
type NewStandings = { standings: StandingRow[]; skills: SkillStandingRow[]; snapshots: SnapshotInsert[] };

/** The rows as one JSON parameter for jsonb_to_recordset: keys are the columns' names, absent values SQL null. */
function asJson<T extends Record<string, unknown>>(rows: readonly T[], columns: Record<string, keyof T>): string {
  const entries = Object.entries(columns);
  return JSON.stringify(rows.map((r) => Object.fromEntries(entries.map(([column, key]) => [column, r[key] ?? null]))));
}

/** Columns a standing and a snapshot share: whose, which field, the level and where it comes from. */
const LEVEL_COLUMNS = {
  member_id: "memberId",
  field: "field",
  level: "level",
  source: "source",
  kpi_level: "kpiLevel",
  exam_level: "examLevel",
  skill_level: "skillLevel",
} as const;

/**
 * The members' new standings, skill standings and snapshots in ONE statement (writable CTEs), whatever their number:
 * each set travels as one JSON parameter (no chunking under PostgreSQL's 65,535 parameters). Standings are upserted
 * and the members' rows that are no longer in the set deleted (the two touch different rows, so the order in which
 * PostgreSQL runs the CTEs does not matter); the members' teams are locked in the same statement, in id order
 * (members first, then teams, as everywhere), and returned for the recount.
 */
async function writeStandings(
  tx: Db | Tx,
  ids: readonly number[],
  rows: NewStandings,
  takenAt: Date,
): Promise<number[]> {
  const memberIds = `{${ids.join(",")}}`;
  const standings = asJson(rows.standings, {
    ...LEVEL_COLUMNS,
    next_level: "nextLevel",
    missing: "missing",
    missing_count: "missingCount",
    provisional_level: "provisionalLevel",
  });
  const skills = asJson(rows.skills, {
    member_id: "memberId",
    field: "field",
    item: "item",
    level: "level",
    source: "source",
    self_level: "selfLevel",
    lead_level: "leadLevel",
  });
  const snapshots = asJson(rows.snapshots, { ...LEVEL_COLUMNS, evaluation: "evaluation" });
  const at = takenAt.toISOString();
  const result = (await tx.execute(sql`
    with new_standings as (
      select * from jsonb_to_recordset(${standings}::jsonb) as x(member_id int, field text, level int, source text,
        kpi_level int, exam_level int, skill_level int, next_level int, missing jsonb, missing_count int,
        provisional_level int)
    ),
    new_skills as (
      select * from jsonb_to_recordset(${skills}::jsonb) as x(member_id int, field text, item text, level int,
        source text, self_level int, lead_level int)
    ),
    snapshots as (
      insert into ${evaluationSnapshots} (member_id, field, taken_at, level, source, kpi_level, exam_level, skill_level,
        evaluation)
      select member_id, field::field, ${at}::timestamptz, level, source, kpi_level, exam_level, skill_level, evaluation
        from jsonb_to_recordset(${snapshots}::jsonb) as x(member_id int, field text, level int, source text,
          kpi_level int, exam_level int, skill_level int, evaluation jsonb)
    ),
    standings as (
      insert into ${memberStandings} (member_id, field, level, source, kpi_level, exam_level, skill_level, next_level,
        missing, missing_count, provisional_level, updated_at)
      select member_id, field::field, level, source, kpi_level, exam_level, skill_level, next_level, missing,
        missing_count, provisional_level, ${at}::timestamptz
        from new_standings
      on conflict (member_id, field) do update set level = excluded.level, source = excluded.source,
        kpi_level = excluded.kpi_level, exam_level = excluded.exam_level, skill_level = excluded.skill_level,
        next_level = excluded.next_level, missing = excluded.missing, missing_count = excluded.missing_count,
        provisional_level = excluded.provisional_level, updated_at = excluded.updated_at
    ),
    stale_standings as (
      delete from ${memberStandings} o
       where o.member_id = any(${memberIds}::int[])
         and not exists (select 1 from new_standings n where n.member_id = o.member_id and n.field::field = o.field)
    ),
    skills as (
      insert into ${memberSkillStandings} (member_id, field, item, level, source, self_level, lead_level)
      select member_id, field::field, item, level, source, self_level, lead_level from new_skills
      on conflict (member_id, field, item) do update set level = excluded.level, source = excluded.source,
        self_level = excluded.self_level, lead_level = excluded.lead_level
    ),
    stale_skills as (
      delete from ${memberSkillStandings} o
       where o.member_id = any(${memberIds}::int[])
         and not exists (select 1 from new_skills n
                          where n.member_id = o.member_id and n.field::field = o.field and n.item = o.item)
    ),
    locked_teams as (${lockTeamsOfMembers(ids)})
    select coalesce(json_agg(id order by id), '[]')::text as team_ids from locked_teams`)) as unknown as
    { team_ids: string }[] | { rows: { team_ids: string }[] };
  const [row] = Array.isArray(result) ? result : result.rows;
  return JSON.parse(row.team_ids) as number[];
}

/** Members per batch for organisation-wide refreshes: keeps each statement's parameters well under PostgreSQL's limit. */
export const STANDING_BATCH = 500;

/**
 * Refreshes every member's standing (and history) in batches: the demo seed, a JSON restore, and the backfill
 * after the read model's migration. `onlyMissing` limits it to members that have no standing yet. `bulkLoad`: see
 * refreshAllForBulkLoad.
 */
export async function refreshAllStandings(
  db: Db | Tx,
  opts: { takenAt?: Date; onlyMissing?: boolean; bulkLoad?: boolean } = {},
): Promise<number> {
  if (opts.bulkLoad && !opts.onlyMissing) return refreshAllForBulkLoad(db, opts.takenAt);
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
      if (refreshed > 0) await analyzeAfterBulkLoad(db);
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
    if (ids.length) await db.transaction((tx) => refreshOfficialEvaluations(tx, ids, opts.takenAt, false));
    refreshed += ids.length;
  }
}

/**
 * A bulk load's refresh (`npm run bench:data`: a fresh database that nothing else writes to): the same batches and
 * transactions as refreshAllStandings, with the same result, but each batch's records are read while the batch
 * before is written (another connection, on a server), and the per-team level counts and the currency rows and
 * counts are rewritten once, for every member and their teams, after the last batch, instead of for each batch's
 * members and teams. The same result: a batch writes only its own members' rows, so the records read ahead are those
 * its transaction would read; a team's last recount in the batched path comes after its last member's standing is
 * written; each member's currency depends only on their own records and standings. A batch of 500 round-robin
 * members touches 500 teams, whose recount read every member of them, batch after batch.
 */
async function refreshAllForBulkLoad(db: Db | Tx, takenAt?: Date): Promise<number> {
  const all = (await db.select({ id: members.id }).from(members).orderBy(asc(members.id))).map((m) => m.id);
  const batches: number[][] = [];
  for (let i = 0; i < all.length; i += STANDING_BATCH) batches.push(all.slice(i, i + STANDING_BATCH));
  const read = (b: number) => (b < batches.length ? readMemberRecords(db, batches[b], RECORDS_TO_EVALUATE) : null);
  let next = read(0);
  for (let b = 0; b < batches.length; b++) {
    const loaded = await next!;
    next = read(b + 1);
    next?.catch(() => {}); // awaited (and thrown) with the next batch
    await db.transaction((tx) => refreshEvaluations(tx, batches[b], takenAt ?? new Date(), false, { loaded }));
  }
  if (all.length === 0) return 0;
  await db.transaction(async (tx) => {
    const teamIds = (await tx.selectDistinct({ id: members.teamId }).from(members).orderBy(asc(members.teamId))).map(
      (t) => t.id,
    );
    await rewriteTeamCounts(tx, teamIds);
    await refreshCurrency(tx, all);
  });
  await analyzeAfterBulkLoad(db);
  return all.length;
}

/**
 * A bulk load (seed, restore, backfill) leaves the planner without statistics, and the embedded database has no
 * autovacuum to gather them: without them the aggregate views' joins were planned as nested loops (the staffing query
 * took 280 ms instead of 70 ms at 10,000 members).
 */
async function analyzeAfterBulkLoad(db: Db | Tx): Promise<void> {
  await db.execute(sql`analyze`);
}
