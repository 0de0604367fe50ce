// Reads of the organisation (departments, teams, member counts), always filtered to what the actor may see.
import { and, asc, count, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { departments, members, teams, users } from "../schema";
import type { Actor } from "../actor";
import { departmentNameOrder, teamNameOrder } from "../natural";

export type TeamSummary = {
  id: number;
  name: string;
  field: "hardware" | "software" | "facility" | null;
  departmentId: number;
  departmentName: string;
  memberCount: number;
};

/** The condition on `teams` that limits rows to those the actor may read. */
export function visibleTeamsWhere(actor: Actor): SQL | undefined {
  if (actor.role === "admin") return undefined;
  if (actor.role === "head")
    return actor.departmentId === null ? sql`false` : eq(teams.departmentId, actor.departmentId);
  if (actor.role === "lead") return actor.leadTeamIds.length ? inArray(teams.id, [...actor.leadTeamIds]) : sql`false`;
  return sql`false`;
}

/** Teams the actor may read, with active member counts: one query. */
export async function listVisibleTeams(db: Db, actor: Actor): Promise<TeamSummary[]> {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      field: teams.field,
      departmentId: teams.departmentId,
      departmentName: departments.name,
      memberCount: sql<number>`cast(count(${members.id}) as int)`,
    })
    .from(teams)
    .innerJoin(departments, eq(departments.id, teams.departmentId))
    .leftJoin(members, and(eq(members.teamId, teams.id), isNull(members.archivedAt)))
    .where(and(isNull(teams.archivedAt), visibleTeamsWhere(actor)))
    .groupBy(teams.id, departments.id)
    .orderBy(...departmentNameOrder(), ...teamNameOrder(), asc(teams.id));
}

export type OrgCounts = { departments: number; teams: number; members: number; users: number };

export async function orgCounts(db: Db): Promise<OrgCounts> {
  const [[d], [t], [m], [u]] = await Promise.all([
    db.select({ n: count() }).from(departments),
    db.select({ n: count() }).from(teams).where(isNull(teams.archivedAt)),
    db.select({ n: count() }).from(members).where(isNull(members.archivedAt)),
    db.select({ n: count() }).from(users),
  ]);
  return { departments: d.n, teams: t.n, members: m.n, users: u.n };
}
