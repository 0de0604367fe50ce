// Departments: the list with their active team and member counts (the actor's own, all for an admin), and every
// department for pickers.
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { departments, members, teams } from "../schema";
import type { Actor } from "../actor";
import { qualified } from "../qualified";
import { departmentNameOrder } from "../natural";

export type DepartmentRow = { id: number; name: string; version: number; teamCount: number; memberCount: number };

export async function listDepartments(db: Db | Tx, actor: Actor): Promise<DepartmentRow[]> {
  return db
    .select({
      id: departments.id,
      name: departments.name,
      version: departments.version,
      // Correlated subqueries: every column qualified (this query has no join, so drizzle would write bare names).
      teamCount: sql<number>`(select cast(count(*) as int) from ${teams} where ${qualified(teams.departmentId)} = ${qualified(departments.id)} and ${qualified(teams.archivedAt)} is null)`,
      memberCount: sql<number>`(select cast(count(*) as int) from ${members} join ${teams} on ${qualified(teams.id)} = ${qualified(members.teamId)} where ${qualified(teams.departmentId)} = ${qualified(departments.id)} and ${qualified(members.archivedAt)} is null)`,
    })
    .from(departments)
    .where(
      actor.role === "admin"
        ? undefined
        : actor.departmentId === null
          ? sql`false`
          : eq(departments.id, actor.departmentId),
    )
    .orderBy(...departmentNameOrder());
}

export async function allDepartments(db: Db | Tx) {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .orderBy(...departmentNameOrder());
}
