// The read model's drift check: recomputes every member's standing from the records and compares it with what
// member_standings and member_skill_standings hold. Used by `npm run db:check-standings` and the tests.
import { asc, gt, inArray, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { members, memberSkillStandings, memberStandings } from "../db/schema";
import { readMemberRecords } from "../db/queries/evidence";
import { computeStanding, type SkillStandingRow, type StandingRow } from "./standing";
import { STANDING_BATCH, stableStringify } from "./refresh";
import { countsQuery } from "./team-counts";
import { checkTrend } from "./trend";
import { gapCountsQuery } from "./gap-counts";

/** A member's standing (memberId) or a team's level or gap counts (teamId, memberId 0) that differ from a recomputation. */
export type Drift = { memberId: number; teamId?: number; what: string; expected: unknown; stored: unknown };
export type StandingCheck = { members: number; drift: Drift[] };

const standingKey = (r: { memberId: number; field: string }) => `${r.memberId}:${r.field}`;
const skillKey = (r: { memberId: number; field: string; item: string }) => `${r.memberId}:${r.field}:${r.item}`;
const comparable = (r: StandingRow) =>
  stableStringify([
    r.level,
    r.source,
    r.kpiLevel,
    r.examLevel,
    r.skillLevel ?? null,
    r.nextLevel ?? null,
    r.missing,
    r.missingCount,
    r.provisionalLevel,
  ]);
const comparableSkill = (r: SkillStandingRow) =>
  stableStringify([r.level, r.source, r.selfLevel ?? null, r.leadLevel ?? null]);

/** Compares in batches; stops collecting after `maxDrift` differences. */
export async function checkStandings(db: Db | Tx, maxDrift = 100): Promise<StandingCheck> {
  const drift: Drift[] = [];
  let after = 0;
  let checked = 0;
  for (;;) {
    const ids = (
      await db
        .select({ id: members.id })
        .from(members)
        .where(gt(members.id, after))
        .orderBy(asc(members.id))
        .limit(STANDING_BATCH)
    ).map((m) => m.id);
    if (ids.length === 0) break;
    after = ids[ids.length - 1];
    const [records, stored, storedSkills] = await Promise.all([
      readMemberRecords(db, ids, "evaluation"),
      db.select().from(memberStandings).where(inArray(memberStandings.memberId, ids)),
      db.select().from(memberSkillStandings).where(inArray(memberSkillStandings.memberId, ids)),
    ]);
    const have = new Map(stored.map((r) => [standingKey(r), r]));
    const haveSkills = new Map(storedSkills.map((r) => [skillKey(r), r]));
    for (const id of ids) {
      const expected = computeStanding(id, records.get(id)!);
      for (const e of expected.standings) {
        const s = have.get(standingKey(e));
        have.delete(standingKey(e));
        if (!s || comparable(s) !== comparable(e))
          drift.push({ memberId: id, what: `standing ${e.field}`, expected: e, stored: s ?? null });
      }
      for (const e of expected.skills) {
        const s = haveSkills.get(skillKey(e));
        haveSkills.delete(skillKey(e));
        if (!s || comparableSkill(s) !== comparableSkill(e))
          drift.push({ memberId: id, what: `skill ${e.field}.${e.item}`, expected: e, stored: s ?? null });
      }
    }
    for (const s of have.values())
      drift.push({ memberId: s.memberId, what: `standing ${s.field}`, expected: null, stored: s });
    for (const s of haveSkills.values())
      drift.push({ memberId: s.memberId, what: `skill ${s.field}.${s.item}`, expected: null, stored: s });
    checked += ids.length;
    if (drift.length >= maxDrift) break;
  }
  if (drift.length < maxDrift) drift.push(...(await checkTeamCounts(db)));
  if (drift.length < maxDrift)
    drift.push(
      ...(await checkTrend(db)).map((d) => ({
        memberId: 0,
        teamId: d.teamId,
        what: d.what,
        expected: d.expected,
        stored: d.stored,
      })),
    );
  if (drift.length < maxDrift) drift.push(...(await checkGapCounts(db)));
  return { members: checked, drift: drift.slice(0, maxDrift) };
}

type CountRow = { team_id: number; field: string; item: string; level: number; n: number; self_only: number };
async function rowsOf(db: Db | Tx, query: SQL): Promise<CountRow[]> {
  const r = (await db.execute(query)) as unknown as CountRow[] | { rows: CountRow[] };
  return Array.isArray(r) ? r : r.rows;
}

/** The per-team level counts against a recount from the stored standings (one query each, whole organisation). */
export async function checkTeamCounts(db: Db | Tx): Promise<Drift[]> {
  const [expected, stored] = await Promise.all([
    rowsOf(db, countsQuery(null)),
    rowsOf(db, sql`select team_id, field, item, level, n, self_only from team_level_counts`),
  ]);
  const key = (r: CountRow) => `${r.team_id}:${r.field}:${r.item}:${r.level}`;
  const have = new Map(stored.map((r) => [key(r), r]));
  const drift: Drift[] = [];
  const what = (r: CountRow) => `team count ${r.field}${r.item ? `.${r.item}` : ""} level ${r.level}`;
  for (const e of expected) {
    const s = have.get(key(e));
    have.delete(key(e));
    if (s?.n !== e.n)
      drift.push({ memberId: 0, teamId: e.team_id, what: what(e), expected: e.n, stored: s?.n ?? null });
    else if (s.self_only !== e.self_only)
      drift.push({
        memberId: 0,
        teamId: e.team_id,
        what: `${what(e)} self-rated only`,
        expected: e.self_only,
        stored: s.self_only,
      });
  }
  for (const s of have.values())
    drift.push({ memberId: 0, teamId: s.team_id, what: what(s), expected: null, stored: s.n });
  return drift;
}

type GapCountRow = { team_id: number; list: string; key: number; n: number };

/**
 * The per-team gap counts against a recount (one query each, whole organisation), the stale list as of `today`
 * (default: the database's date; the daily job moves it, so before the day's run it may differ by the day's change).
 */
export async function checkGapCounts(db: Db | Tx, today?: string): Promise<Drift[]> {
  const read = async (query: SQL) => {
    const r = (await db.execute(query)) as unknown as GapCountRow[] | { rows: GapCountRow[] };
    return Array.isArray(r) ? r : r.rows;
  };
  const [expected, stored] = await Promise.all([
    read(gapCountsQuery(null, today)),
    read(sql`select team_id, list, key, n from team_gap_counts`),
  ]);
  const key = (r: GapCountRow) => `${r.team_id}:${r.list}:${r.key}`;
  const what = (r: GapCountRow) => `gap count ${r.list}${r.list === "apart" ? ` ${r.key} apart` : ""}`;
  const have = new Map(stored.map((r) => [key(r), r]));
  const drift: Drift[] = [];
  for (const e of expected) {
    const s = have.get(key(e));
    have.delete(key(e));
    if (s?.n !== e.n)
      drift.push({ memberId: 0, teamId: e.team_id, what: what(e), expected: e.n, stored: s?.n ?? null });
  }
  for (const s of have.values())
    drift.push({ memberId: 0, teamId: s.team_id, what: what(s), expected: null, stored: s.n });
  return drift;
}
