// The scope an aggregate view (heatmap, gaps, staffing, dashboard) reads: the whole organisation, one department,
// one team, or the teams the actor leads. Parsed from the URL (`?departmentId=` / `?teamId=` / `?scope=mine`),
// checked against the policy, and turned into one SQL condition on `teams` for the view's queries.
import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "../db/client";
import { departments, teams } from "../db/schema";
import { can, type Actor } from "../auth/policy";
import { visibleTeamsWhere } from "../db/queries/org";
import { MAX_ID } from "../validation";

export type ViewScope =
  | { kind: "org" }
  | { kind: "department"; departmentId: number; name: string }
  | { kind: "team"; teamId: number; departmentId: number; name: string }
  | { kind: "mine"; teamIds: readonly number[] };

const id = z.coerce.number().int().positive().max(MAX_ID);
/** What a view's URL may say about its scope; both ids at once is an error. */
export const scopeParamsSchema = z
  .object({
    teamId: id.optional(),
    departmentId: id.optional(),
    scope: z.enum(["mine"]).optional(),
  })
  .refine((p) => !(p.teamId && p.departmentId), { message: "give teamId or departmentId, not both", path: ["teamId"] });
export type ScopeParams = z.infer<typeof scopeParamsSchema>;

export type ResolvedScope = { ok: true; scope: ViewScope } | { ok: false; status: 404; message: string };

/** The scope a view opens with when the URL names none: a lead's own teams, a head's department, an admin's organisation. */
export function defaultScope(actor: Actor): ViewScope {
  if (actor.role === "lead") return { kind: "mine", teamIds: actor.leadTeamIds };
  if (actor.role === "head" && actor.departmentId !== null)
    return { kind: "department", departmentId: actor.departmentId, name: "" };
  if (actor.role === "admin") return { kind: "org" };
  return { kind: "mine", teamIds: [] };
}

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
