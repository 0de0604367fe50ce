// Member reads every feature shares: where a member sits (for the policy) and which members an actor may see.
import { and, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { members, teams } from "../schema";
import type { Actor, RowScope } from "../../auth/policy";

export type MemberScope = RowScope & { memberId: number; teamId: number; archived: boolean; version: number };

/** The member's place in the organisation, or null when there is no such member. One query. */
export async function memberScope(db: Db | Tx, memberId: number): Promise<MemberScope | null> {
  const [row] = await db
    .select({
      memberId: members.id,
      teamId: members.teamId,
      departmentId: teams.departmentId,
      archivedAt: members.archivedAt,
      version: members.version,
    })
    .from(members)
    .innerJoin(teams, eq(teams.id, members.teamId))
    .where(eq(members.id, memberId))
    .limit(1);
  return row
    ? {
        memberId: row.memberId,
        teamId: row.teamId,
        departmentId: row.departmentId,
        archived: !!row.archivedAt,
        version: row.version,
      }
    : null;
}

/**
 * The condition (on `members` joined with `teams`) that limits rows to the members the actor may read —
 * the same rule as the policy's "member.read", as SQL.
 */
export function visibleMembersWhere(actor: Actor): SQL | undefined {
  if (actor.role === "admin") return undefined;
  const own = actor.memberId !== null ? eq(members.id, actor.memberId) : undefined;
  let wider: SQL | undefined;
  if (actor.role === "head" && actor.departmentId !== null) wider = eq(teams.departmentId, actor.departmentId);
  if (actor.role === "lead" && actor.leadTeamIds.length) wider = inArray(members.teamId, [...actor.leadTeamIds]);
  return or(own, wider) ?? sql`false`;
}

/** Convenience: both conditions joined, for queries that already filter on something else. */
export function andVisible(actor: Actor, ...conditions: (SQL | undefined)[]): SQL | undefined {
  return and(visibleMembersWhere(actor), ...conditions);
}
