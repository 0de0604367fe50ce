// The per-team counts of the gap lists (team_gap_counts: docs/gaps.md): for each team, how many single points of
// failure and slots nobody holds, members one step from a new level, diverging ratings (by how far apart) and members
// with stale ratings it has. Rewritten with the team's level counts (team-counts.ts) in the change's transaction, for
// the team when its targets, field or interval change, for every team when the counting of self-ratings changes, and
// every day by the `currency` job (the stale list moves with the date). /gaps sums and walks these O(teams) rows.
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { teamGapCounts } from "../db/schema";
import { GAP_COUNTS } from "../db/queries/gaps";

const idList = (ids: readonly number[]) => `{${[...new Set(ids)].join(",")}}`;
/** Up to this many teams, their members' ratings are read through the members' keys (GAP_COUNTS.few). */
const FEW_TEAMS = 100;

/**
 * The counts (team_id, list, key, n) of the given teams (null: every team), as of `today` (an ISO date; default the
 * database's current_date), as a SELECT.
 */
export function gapCountsQuery(teamIds: readonly number[] | null, today?: string): SQL {
  const chosen = teamIds ? sql`id = any(${idList(teamIds)}::int[])` : sql`true`;
  const counts = teamIds !== null && new Set(teamIds).size <= FEW_TEAMS ? GAP_COUNTS.few : GAP_COUNTS.many;
  const ctes: [string, SQL][] = [
    [
      "scope_teams",
      sql`select id, name, name_sort_key, field, department_id, assessment_interval_months as months from teams where ${chosen}`,
    ],
    ["stale_day", sql`select ${today ? sql`${today}::date` : sql`current_date`} as day`],
    ...counts.ctes,
  ];
  return sql`with ${sql.join(
    ctes.map(([name, body]) => sql`${sql.raw(name)} as (${body})`),
    sql`, `,
  )} ${counts.body}`;
}

/**
 * Rewrites the gap counts of the teams (null: every team) in one statement: the recount, the removal of counts that
 * no longer exist, and an upsert of the rest. The callers hold the teams' locks (as for rewriteTeamCounts), and the
 * teams' level counts are already rewritten.
 */
export async function rewriteGapCounts(tx: Db | Tx, teamIds: readonly number[] | null, today?: string): Promise<void> {
  if (teamIds && teamIds.length === 0) return;
  const chosen = teamIds ? sql`c.team_id = any(${idList(teamIds)}::int[])` : sql`true`;
  await tx.execute(sql`
    with counts as (${gapCountsQuery(teamIds, today)}),
    gone as (
      delete from ${teamGapCounts} c
       where ${chosen}
         and not exists (select 1 from counts n where n.team_id = c.team_id and n.list = c.list and n.key = c.key)
    )
    insert into ${teamGapCounts} as c (team_id, list, key, n)
    select team_id, list, key, n from counts
    on conflict (team_id, list, key) do update set n = excluded.n where c.n <> excluded.n`);
}

/** Locks every team (in id order, as every writer does) and rewrites every team's gap counts as of `today`. */
export async function rewriteAllGapCounts(tx: Db | Tx, today?: string): Promise<void> {
  await tx.execute(sql`select id from teams order by id for no key update`);
  await rewriteGapCounts(tx, null, today);
}

/**
 * The backfill: a database from before these counts (or whose counts were emptied) gets every team's, once; a no-op
 * when any count exists or there are no members. Run at start after the migrations (scripts/open-db.ts).
 */
export async function fillMissingGapCounts(db: Db): Promise<boolean> {
  const result = (await db.execute(
    sql`select exists (select 1 from team_gap_counts) as filled, exists (select 1 from members) as any_member`,
  )) as unknown as { filled: boolean; any_member: boolean }[] | { rows: { filled: boolean; any_member: boolean }[] };
  const [state] = Array.isArray(result) ? result : result.rows;
  if (state.filled || !state.any_member) return false;
  await db.transaction((tx) => rewriteAllGapCounts(tx));
  return true;
}
