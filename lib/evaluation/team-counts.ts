// The per-team level counts (team_level_counts): for each team, how many active members stand at each level of each
// field and skill item. Rewritten from the members' standings for the teams a change touches, in the change's
// transaction: after a refresh of standings (refresh.ts), and when members move team, are archived or restored.
// The aggregate views read these O(teams) rows instead of every member's standings.
import { asc, inArray, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { members, teamLevelCounts, teams } from "../db/schema";

/** The counts of the given teams (or of every team), recomputed from the stored standings, as a SELECT. */
export function countsQuery(teamIds: readonly number[] | null) {
  const only = teamIds
    ? sql`and m.team_id in (${sql.join(
        teamIds.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  return sql`
    select m.team_id, ms.field, ''::text as item, ms.level, count(*)::int as n
      from members m join member_standings ms on ms.member_id = m.id
     where m.archived_at is null ${only} group by 1, 2, 4
    union all
    select m.team_id, ss.field, ss.item, ss.level, count(*)::int
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
  await rewrite(tx, ids);
}

async function rewrite(tx: Db | Tx, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.delete(teamLevelCounts).where(inArray(teamLevelCounts.teamId, ids));
  await tx.execute(sql`insert into ${teamLevelCounts} (team_id, field, item, level, n) ${countsQuery(ids)}`);
}

/** Rewrites the counts of the teams these members are in now (after their standings changed). */
export async function recountTeamsOfMembers(tx: Db | Tx, memberIds: readonly number[]): Promise<void> {
  if (memberIds.length === 0) return;
  const locked = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(
      inArray(
        teams.id,
        tx
          .select({ id: members.teamId })
          .from(members)
          .where(inArray(members.id, [...memberIds])),
      ),
    )
    .orderBy(asc(teams.id))
    .for("no key update");
  await rewrite(
    tx,
    locked.map((t) => t.id),
  );
}
