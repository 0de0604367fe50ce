// Member reads every feature shares: where a member sits (for the policy), which members an actor may see, and a
// page of those members with their official levels (the read API's list).
import { asc, count, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { members, teams } from "../schema";
import type { Actor, RowScope } from "../actor";
import type { Field } from "../../itss/fields";
import type { LevelSource } from "../../itss/types";
import { standingJoin, standingOf } from "./standing-columns";

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

export type MemberLevel = { level: number; source: LevelSource; skillLevel: number | null };
export type MemberWithLevels = {
  id: number;
  name: string;
  teamId: number;
  teamName: string;
  archived: boolean;
  levels: Record<Field, MemberLevel>;
};

const apiLevel = (level: number | null, source: string | null, skillLevel: number | null): MemberLevel => ({
  level: level ?? 0,
  source: (source ?? "none") as LevelSource,
  skillLevel,
});

/**
 * A page of the members the actor may read, ordered by id, with their official level per field from the read model
 * (member_standings), and how many there are in all. Two queries.
 */
export async function listMembersWithLevels(
  db: Db,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<{ rows: MemberWithLevels[]; total: number }> {
  const where = visibleMembersWhere(actor);
  const [hw, sw, fm] = [standingOf.hardware, standingOf.software, standingOf.facility];
  const [rows, [{ n }]] = await Promise.all([
    db
      .select({
        id: members.id,
        name: members.name,
        teamId: members.teamId,
        teamName: teams.name,
        archivedAt: members.archivedAt,
        hwLevel: hw.level,
        hwSource: hw.source,
        hwSkill: hw.skillLevel,
        swLevel: sw.level,
        swSource: sw.source,
        swSkill: sw.skillLevel,
        fmLevel: fm.level,
        fmSource: fm.source,
        fmSkill: fm.skillLevel,
      })
      .from(members)
      .innerJoin(teams, eq(teams.id, members.teamId))
      .leftJoin(hw, standingJoin("hardware"))
      .leftJoin(sw, standingJoin("software"))
      .leftJoin(fm, standingJoin("facility"))
      .where(where)
      .orderBy(asc(members.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(members).innerJoin(teams, eq(teams.id, members.teamId)).where(where),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      teamId: r.teamId,
      teamName: r.teamName,
      archived: !!r.archivedAt,
      levels: {
        hardware: apiLevel(r.hwLevel, r.hwSource, r.hwSkill),
        software: apiLevel(r.swLevel, r.swSource, r.swSkill),
        facility: apiLevel(r.fmLevel, r.fmSource, r.fmSkill),
      },
    })),
    total: n,
  };
}
