// A view's scope as the queries read it (the organisation, a department, a team, or the actor's own teams) and its
// one SQL condition on `teams`. Parsing it from the URL and checking it against the policy: lib/views/scope.ts.
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Actor } from "../actor";
import { teams } from "../schema";
import { visibleTeamsWhere } from "./org";

export type ViewScope =
  | { kind: "org" }
  | { kind: "department"; departmentId: number; name: string }
  | { kind: "team"; teamId: number; departmentId: number; name: string }
  | { kind: "mine"; teamIds: readonly number[] };

/** The scope a view opens with when the URL names none: a lead's own teams, a head's department, an admin's organisation. */
export function defaultScope(actor: Actor): ViewScope {
  if (actor.role === "lead") return { kind: "mine", teamIds: actor.leadTeamIds };
  if (actor.role === "head" && actor.departmentId !== null)
    return { kind: "department", departmentId: actor.departmentId, name: "" };
  if (actor.role === "admin") return { kind: "org" };
  return { kind: "mine", teamIds: [] };
}

/**
 * The condition on `teams` for the scope, always intersected with what the actor may read (defence in depth:
 * a scope resolved for one actor cannot widen another's). Archived teams are left out.
 */
export function scopeTeamsWhere(actor: Actor, scope: ViewScope): SQL | undefined {
  const own = visibleTeamsWhere(actor);
  const active = isNull(teams.archivedAt);
  switch (scope.kind) {
    case "org":
      return and(active, own);
    case "department":
      return and(active, own, eq(teams.departmentId, scope.departmentId));
    case "team":
      return and(active, own, eq(teams.id, scope.teamId));
    case "mine":
      return scope.teamIds.length ? and(active, own, inArray(teams.id, [...scope.teamIds])) : sql`false`;
  }
}
