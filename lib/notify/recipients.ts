// Who hears about a member: the member's own account and the leads of the member's team (docs/notifications.md).
// Accounts that are disabled hear nothing; a member without an account is skipped.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../db/client";
import { members, teamLeads, users } from "../db/schema";

export type MemberAudience = {
  memberId: number;
  name: string;
  teamId: number;
  /** The member's own account, when they have one that is not disabled. */
  userId: number | null;
  /** The active leads of the member's team, by user id. */
  leadIds: number[];
};

/** The audience of each of `memberIds` (two statements for any number of members). */
export async function audiencesOf(tx: Db | Tx, memberIds: readonly number[]): Promise<Map<number, MemberAudience>> {
  const out = new Map<number, MemberAudience>();
  const ids = [...new Set(memberIds)];
  if (ids.length === 0) return out;
  const account = alias(users, "account");
  const rows = await tx
    .select({ memberId: members.id, name: members.name, teamId: members.teamId, userId: account.id })
    .from(members)
    .leftJoin(account, and(eq(account.id, members.userId), isNull(account.disabledAt)))
    .where(inArray(members.id, ids));
  const teamIds = [...new Set(rows.map((r) => r.teamId))];
  const leads = teamIds.length
    ? await tx
        .select({ teamId: teamLeads.teamId, userId: teamLeads.userId })
        .from(teamLeads)
        .innerJoin(users, and(eq(users.id, teamLeads.userId), isNull(users.disabledAt)))
        .where(inArray(teamLeads.teamId, teamIds))
    : [];
  const byTeam = new Map<number, number[]>();
  for (const l of leads) byTeam.set(l.teamId, [...(byTeam.get(l.teamId) ?? []), l.userId]);
  for (const r of rows)
    out.set(r.memberId, {
      memberId: r.memberId,
      name: r.name,
      teamId: r.teamId,
      userId: r.userId,
      leadIds: (byTeam.get(r.teamId) ?? []).sort((a, b) => a - b),
    });
  return out;
}
