// The level trend's read model (team_level_trend, docs/gaps.md#level-trend): per team, field and level, the changes
// month by month of how many active members stand at the level at each month's end, from their evaluation snapshots.
// Rewritten for the teams a change touches with their team_level_counts (team-counts.ts), so /gaps sums O(teams × 12)
// small rows instead of reading every member's snapshots; the daily `trend` job folds rows older than a year.
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { teamLevelTrend } from "../db/schema";
import { MAX_LEVEL, type Field } from "../itss/fields";

/** The trend's months: the current one and the 11 before it. */
export const TREND_MONTHS = 12;

type Executor = Db | Tx;
async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}

/** The instant the months are counted to: the transaction's now, or a given one (tests). */
const instant = (at?: Date): SQL => (at ? sql`${at.toISOString()}::timestamptz` : sql`now()`);

/**
 * The trend changes of the teams chosen by `teamIds` (null: every team), as a SELECT of (team_id, field, month, level,
 * n) for the 12 months up to `at`'s: the oldest month's rows carry each count as it stood at its end, the later
 * months' rows what changed by theirs. The rule is levelTrend's (lib/db/queries/gaps.ts): an active member counts at
 * the level of their last snapshot in the field taken by the month's end, at level 0 once they started (added, or
 * first evaluated in the field, whichever is earlier) but had no snapshot yet, and not at all before. The current
 * month ends at its real end, so a snapshot written in this transaction counts whatever the clock says.
 */
export function trendQuery(teamIds: readonly number[] | null, at?: Date): SQL {
  const only = teamIds ? sql`and m.team_id = any(${`{${[...new Set(teamIds)].join(",")}}`}::int[])` : sql``;
  const now = instant(at);
  return sql`
    with b as (
      select array(select date_trunc('month', ${now}) - make_interval(months => k)
                     from generate_series(${TREND_MONTHS - 2}, 0, -1) as k order by k desc)
             || (date_trunc('month', ${now}) + interval '1 month') as ends,
             (date_trunc('month', ${now}) - make_interval(months => ${TREND_MONTHS - 1}))::date as first
    ),
    tm as (select m.id, m.team_id, m.created_at from members m where m.archived_at is null ${only}),
    spans as (
      select tm.team_id, s.member_id, s.field, s.level, s.taken_at,
             lead(s.taken_at) over (partition by s.member_id, s.field order by s.taken_at, s.id) as next_at
        from evaluation_snapshots s join tm on tm.id = s.member_id
    ),
    firsts as (select member_id, field, min(taken_at) as first_at from spans group by 1, 2),
    -- each member joins level 0 of every field at the month they started in it (0 = the oldest month or before)
    starts as (
      select tm.team_id, f.field, least(width_bucket(least(tm.created_at, fs.first_at), b.ends), ${TREND_MONTHS - 1}) as k
        from tm cross join unnest(enum_range(null::field)) as f(field)
        left join firsts fs on fs.member_id = tm.id and fs.field = f.field
        cross join b
    ),
    -- a snapshot counts from the month it was taken in to the month before its successor's: it moves its member from
    -- level 0 to its level there, and back after
    runs as (
      select sp.team_id, sp.field, sp.level, width_bucket(sp.taken_at, b.ends) as first_k,
             coalesce(width_bucket(sp.next_at, b.ends), ${TREND_MONTHS}) - 1 as last_k
        from spans sp cross join b
    ),
    d as (
      select team_id, field, k, 0 as level, 1 as d from starts
      union all select team_id, field, first_k, level, 1 from runs where first_k <= last_k
      union all select team_id, field, first_k, 0, -1 from runs where first_k <= last_k
      union all select team_id, field, last_k + 1, level, -1 from runs where first_k <= last_k and last_k < ${TREND_MONTHS - 1}
      union all select team_id, field, last_k + 1, 0, 1 from runs where first_k <= last_k and last_k < ${TREND_MONTHS - 1}
    )
    select d.team_id, d.field, (b.first + make_interval(months => d.k))::date as month, d.level, sum(d.d)::int as n
      from d cross join b
     group by d.team_id, d.field, d.k, d.level, b.first
    having sum(d.d) <> 0`;
}

/**
 * The CTEs that rewrite the trend rows of `teamIds` inside another write statement (rewriteTeamCounts', so the
 * refresh stays one statement per step): the rows that no longer hold go, the rest are upserted (a row that did not
 * change is left as it is). Data-modifying CTEs run whether or not the statement reads them.
 */
export function trendRewriteCtes(teamIds: readonly number[], at?: Date): SQL {
  const ids = `{${[...new Set(teamIds)].join(",")}}`;
  return sql`trend as (${trendQuery(teamIds, at)}),
    trend_gone as (
      delete from ${teamLevelTrend} c
       where c.team_id = any(${ids}::int[])
         and not exists (select 1 from trend n
                          where n.team_id = c.team_id and n.field = c.field and n.month = c.month and n.level = c.level)
    ),
    trend_kept as (
      insert into ${teamLevelTrend} as c (team_id, field, month, level, n)
      select team_id, field, month, level, n from trend
      on conflict (team_id, field, month, level) do update set n = excluded.n where c.n <> excluded.n
    )`;
}

/** Rewrites the trend rows of `teamIds`, whose team rows the caller has locked, in one statement. */
export async function rewriteTeamTrend(tx: Executor, teamIds: readonly number[], at?: Date): Promise<void> {
  if (teamIds.length === 0) return;
  await tx.execute(sql`with ${trendRewriteCtes(teamIds, at)} select 1`);
}

/** Every team's trend rows at once: a restore, a seed that wrote history, the backfill of an existing database. */
export async function recountAllTrend(tx: Executor, at?: Date): Promise<void> {
  await tx.execute(sql`delete from ${teamLevelTrend}`);
  await tx.execute(sql`
    insert into ${teamLevelTrend} (team_id, field, month, level, n)
    select team_id, field, month, level, n from (${trendQuery(null, at)}) t`);
}

/**
 * The month roll: rows older than the 12 months up to `at`'s fold into the oldest of them (the sum stays the same,
 * so a read before the roll is as right as one after). The teams are locked first, in id order, in a statement of
 * their own, so the fold reads what a write to the same team committed. Returns the number of teams rolled.
 */
export async function rollTrendForward(tx: Executor, at?: Date): Promise<number> {
  const first = sql`(date_trunc('month', ${instant(at)}) - make_interval(months => ${TREND_MONTHS - 1}))::date`;
  const [locked] = await rowsOf<{ ids: string }>(
    tx,
    sql`with locked as (
          select t.id from teams t
           where t.id in (select distinct team_id from ${teamLevelTrend} where month < ${first})
           order by t.id for no key update of t
        )
        select coalesce(json_agg(id), '[]')::text as ids from locked`,
  );
  const teamIds = JSON.parse(locked.ids) as number[];
  if (teamIds.length === 0) return 0;
  const ids = `{${teamIds.join(",")}}`;
  await tx.execute(sql`
    with old as (
      delete from ${teamLevelTrend} c where c.team_id = any(${ids}::int[]) and c.month < ${first}
      returning c.team_id, c.field, c.level, c.n
    )
    insert into ${teamLevelTrend} as c (team_id, field, month, level, n)
    select team_id, field, ${first}, level, sum(n)::int from old group by team_id, field, level
    on conflict (team_id, field, month, level) do update set n = c.n + excluded.n`);
  await tx.execute(
    sql`delete from ${teamLevelTrend} where team_id = any(${ids}::int[]) and month = ${first} and n = 0`,
  );
  return teamIds.length;
}

type TrendRow = { team_id: number; field: Field; month: string; level: number; n: number };
export type TrendDrift = { teamId: number; what: string; expected: number[]; stored: number[] };

/** The month labels (YYYY-MM) of the 12 months up to `at` (UTC), oldest first. */
function monthLabels(at: Date): string[] {
  return Array.from({ length: TREND_MONTHS }, (_, i) =>
    new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - (TREND_MONTHS - 1 - i), 1)).toISOString().slice(0, 7),
  );
}

/** Per team, field and level, the counts at the 12 months' ends that the rows give. */
function cumulate(rows: readonly TrendRow[], labels: readonly string[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const month = String(r.month).slice(0, 7);
    if (month > labels[labels.length - 1]) continue;
    const from = Math.max(0, labels.indexOf(month) === -1 ? 0 : labels.indexOf(month));
    const key = `${r.team_id}:${r.field}:${Math.min(r.level, MAX_LEVEL[r.field])}`;
    const counts = out.get(key) ?? new Array<number>(labels.length).fill(0);
    for (let i = from; i < labels.length; i++) counts[i] += r.n;
    out.set(key, counts);
  }
  return out;
}

/**
 * The stored trend against a recount from the snapshots (whole organisation): every team, field and level whose
 * counts at one of the 12 months' ends differ. `at` is the instant both are taken at (now by default).
 */
export async function checkTrend(db: Executor, at = new Date()): Promise<TrendDrift[]> {
  const [expected, stored] = await Promise.all([
    rowsOf<TrendRow>(db, sql`select team_id, field, month::text as month, level, n from (${trendQuery(null, at)}) t`),
    rowsOf<TrendRow>(
      db,
      sql`select c.team_id, c.field, c.month::text as month, c.level, c.n
            from ${teamLevelTrend} c join teams t on t.id = c.team_id`,
    ),
  ]);
  const labels = monthLabels(at);
  const want = cumulate(expected, labels);
  const have = cumulate(stored, labels);
  const drift: TrendDrift[] = [];
  for (const key of new Set([...want.keys(), ...have.keys()])) {
    const e = want.get(key) ?? new Array<number>(labels.length).fill(0);
    const s = have.get(key) ?? new Array<number>(labels.length).fill(0);
    if (e.join() === s.join()) continue;
    const [team, field, level] = key.split(":");
    drift.push({ teamId: Number(team), what: `trend ${field} level ${level}`, expected: e, stored: s });
  }
  return drift;
}
