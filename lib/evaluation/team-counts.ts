// The per-team level counts (team_level_counts): for each team, how many active members stand at each level of each
// field and skill item, and of those in a skill item how many by their own rating alone (self_only). Rewritten from the members' standings for the teams a change touches, in the change's
// transaction: after a refresh of standings (refresh.ts), and when members move team, are archived or restored
// (and with them the gap lists' counts, gap-counts.ts).
// The aggregate views read these O(teams) rows instead of every member's standings.
import { asc, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { members, teamLevelCounts, teams } from "../db/schema";
import { trendRewriteCtes } from "./trend";
import { rewriteGapCounts } from "./gap-counts";

/** The counts of the given teams (or of every team), recomputed from the stored standings, as a SELECT. */
export function countsQuery(teamIds: readonly number[] | null) {
  const only = teamIds
    ? sql`and m.team_id in (${sql.join(
        teamIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  return sql`
    select m.team_id, ms.field, ''::text as item, ms.level, count(*)::int as n, 0 as self_only
      from members m join member_standings ms on ms.member_id = m.id
     where m.archived_at is null ${only} group by 1, 2, 4
    union all
    select m.team_id, ss.field, ss.item, ss.level, count(*)::int, (count(*) filter (where ss.source = 'self'))::int
      from members m join member_skill_standings ss on ss.member_id = m.id
     where m.archived_at is null ${only} group by 1, 2, 3, 4`;
}

/**
 * Rewrites the counts of `teamIds`. The team rows are locked first (in id order), so two changes in the same team
 * recount one after the other and the second sees what the first committed (READ COMMITTED: each statement reads
 * the latest committed rows). Callers lock members before teams, everywhere, so the order is global.
 */
export async function recountTeams(tx: Db | Tx, teamIds: readonly number[]): Promise<void> {
  const ids = [...new Set(teamIds)].sort((a, b) => a - b);
  if (ids.length === 0) return;
  await tx
    .select({ id: teams.id })
    .from(teams)
    .where(inArray(teams.id, ids))
    .orderBy(asc(teams.id))
    .for("no key update");
  await rewriteTeamCounts(tx, ids);
}

/**
 * Rewrites the counts of the (locked) teams in one statement: the recount, the removal of counts that no longer
 * exist, and an upsert of the rest (a count that did not change is left as it is); their level trend's rows
 * (trend.ts) the same way, in the same statement; then their gap lists' counts (gap-counts.ts), which read these.
 */
export async function rewriteTeamCounts(tx: Db | Tx, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(sql`
    with counts as (${countsQuery(ids)}),
    ${trendRewriteCtes(ids)},
    stale as (
      delete from ${teamLevelCounts} c
       where c.team_id in (${sql.join(
         ids.map((id) => sql`${id}`),
         sql`, `,
       )})
         and not exists (select 1 from counts n
                          where n.team_id = c.team_id and n.field = c.field and n.item = c.item and n.level = c.level)
    )
    insert into ${teamLevelCounts} as c (team_id, field, item, level, n, self_only)
    select team_id, field, item, level, n, self_only from counts
    on conflict (team_id, field, item, level) do update set n = excluded.n, self_only = excluded.self_only
     where c.n <> excluded.n or c.self_only <> excluded.self_only`);
  await rewriteGapCounts(tx, ids);
}

/**
 * The teams the given members are in now, locked in id order (the same lock recountTeams takes), as a SELECT for a
 * CTE: the standing refresh takes it in its write statement, then rewrites those teams' counts.
 */
export function lockTeamsOfMembers(memberIds: readonly number[]) {
  return sql`select t.id from ${teams} t
     where t.id in (select m.team_id from ${members} m where m.id = any(${`{${memberIds.join(",")}}`}::int[]))
     order by t.id for no key update of t`;
}
