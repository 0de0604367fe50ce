// The departments and teams a scope picker offers the actor: an administrator every department and the teams of the
// department in view (not 500 teams at once), a head their department and its teams, a lead their teams.
import type { Db, Tx } from "../db/client";
import type { Actor } from "../auth/policy";
import { allDepartments } from "../db/queries/departments";
import { scopeTeamOptions } from "../db/queries/teams";
import type { ViewScope } from "./scope";

export type ScopeOptions = {
  teams: { id: number; name: string; departmentId: number; departmentName: string }[];
  departments: { id: number; name: string }[];
};

export async function scopeOptions(db: Db | Tx, actor: Actor, scope: ViewScope): Promise<ScopeOptions> {
  const [teams, departments] = await Promise.all([
    scopeTeamOptions(db, actor, scope),
    actor.role === "admin" || actor.role === "head" ? allDepartments(db) : Promise.resolve([]),
  ]);
  return {
    teams,
    departments: actor.role === "admin" ? departments : departments.filter((d) => d.id === actor.departmentId),
  };
}
