// The scope an aggregate view (heatmap, gaps, staffing, dashboard) reads: the whole organisation, one department,
// one team, or the teams the actor leads. Parsed from the URL (`?departmentId=` / `?teamId=` / `?scope=mine`),
// checked against the policy; the queries' side (ViewScope and its one SQL condition on `teams`) is
// lib/db/queries/scope.ts.
import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { departments, teams } from "../db/schema";
import { can, type Actor } from "../auth/policy";
import { defaultScope, type ViewScope } from "../db/queries/scope";
import type { ScopeParams } from "../search-params/scope";

export { defaultScope, scopeTeamsWhere, type ViewScope } from "../db/queries/scope";
export { scopeParamsSchema, type ScopeParams } from "../search-params/scope";

export type ResolvedScope = { ok: true; scope: ViewScope } | { ok: false; status: 404; message: string };

/**
 * Resolves URL params to a scope the actor may read. A team or department outside the actor's reach answers
 * exactly like one that does not exist (404), so ids cannot be probed. One query at most.
 */
export async function resolveScope(db: Db | Tx, actor: Actor, params: ScopeParams): Promise<ResolvedScope> {
  const missing = { ok: false, status: 404, message: "No such team or department." } as const;
  if (params.teamId) {
    const [t] = await db
      .select({ id: teams.id, name: teams.name, departmentId: teams.departmentId })
      .from(teams)
      .where(and(eq(teams.id, params.teamId), isNull(teams.archivedAt)))
      .limit(1);
    if (!t || !can(actor, "team.read", { departmentId: t.departmentId, teamId: t.id })) return missing;
    return { ok: true, scope: { kind: "team", teamId: t.id, departmentId: t.departmentId, name: t.name } };
  }
  if (params.departmentId) {
    const [d] = await db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.id, params.departmentId))
      .limit(1);
    if (!d || !can(actor, "department.read", { departmentId: d.id })) return missing;
    return { ok: true, scope: { kind: "department", departmentId: d.id, name: d.name } };
  }
  if (params.scope === "mine")
    return { ok: true, scope: { kind: "mine", teamIds: actor.role === "lead" ? actor.leadTeamIds : [] } };
  const fallback = defaultScope(actor);
  if (fallback.kind === "department") {
    const [d] = await db
      .select({ name: departments.name })
      .from(departments)
      .where(eq(departments.id, fallback.departmentId))
      .limit(1);
    return { ok: true, scope: { ...fallback, name: d?.name ?? "" } };
  }
  return { ok: true, scope: fallback };
}

/** The scope as URL params (for links, exports and the API). */
export function scopeQuery(scope: ViewScope): Record<string, string> {
  switch (scope.kind) {
    case "org":
      return {};
    case "department":
      return { departmentId: String(scope.departmentId) };
    case "team":
      return { teamId: String(scope.teamId) };
    case "mine":
      return { scope: "mine" };
  }
}

/** Human label: "Customer Service Department", "Hardware Service Team", "Your teams", "Whole organisation". */
export function scopeLabel(scope: ViewScope): string {
  switch (scope.kind) {
    case "org":
      return "Whole organisation";
    case "department":
      return scope.name;
    case "team":
      return scope.name;
    case "mine":
      return "Your teams";
  }
}
