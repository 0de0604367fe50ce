// The gap dashboard's loader: everything /gaps shows for a resolved scope — targets against what the teams have
// (worst first, rolled up per department), the six lists (single points of failure, nobody, one step, certifications,
// diverging and stale ratings, in one statement, each capped), the level distribution and trend, the scope picker's
// options, and what the reader may manage — in a constant number of queries. Also each list's paged view
// (loadGapList), whose rows the CSV export reads through the same query. The pages render what they return.
import { loadOrganisationSettings } from "../db/queries/settings";
import type { Db } from "../db/client";
import { can, type Actor } from "../auth/policy";
import {
  dueCounts,
  gapLists,
  levelDistribution,
  levelTrend,
  gapListPage,
  rollUp,
  targetStandings,
  type TargetStanding,
} from "../db/queries/gaps";
import { teamField } from "../db/queries/teams";
import { FIELDS, type Field } from "../itss/fields";
import { gapListHref, gapsHref, targetsHref, type GapListKey, type GapListParams } from "../search-params/gaps";
import type { ScopeParams } from "../search-params/scope";
import { scopeParamsOf, type ViewScope } from "./scope";
import { scopeOptions } from "./scope-options";

/** Rows per list: the page stays small whatever the department's size. */
export const GAPS_CAP = 25;

/** Whether the actor may change a target (its team's or department's targets). */
export function canWriteTarget(actor: Actor, t: Pick<TargetStanding, "teamId" | "departmentId">): boolean {
  return t.teamId !== null
    ? can(actor, "team.targets.write", { departmentId: t.departmentId, teamId: t.teamId })
    : can(actor, "department.targets.write", { departmentId: t.departmentId });
}

/** Whether the actor may set targets for the scope in view (a lead for the teams they lead). */
export function mayManageTargets(actor: Actor, scope: ViewScope): boolean {
  return scope.kind === "team"
    ? can(actor, "team.targets.write", { departmentId: scope.departmentId, teamId: scope.teamId })
    : scope.kind === "department"
      ? can(actor, "department.targets.write", { departmentId: scope.departmentId })
      : actor.role === "lead" && actor.leadTeamIds.length > 0;
}

export async function loadGaps(db: Db, actor: Actor, scope: ViewScope, field: Field) {
  const [targets, lists, distribution, trend, options, settings, due] = await Promise.all([
    targetStandings(db, actor, scope),
    gapLists(db, actor, scope, GAPS_CAP),
    levelDistribution(db, actor, scope),
    levelTrend(db, actor, scope, field),
    scopeOptions(db, actor, scope),
    loadOrganisationSettings(db),
    dueCounts(db, actor, scope),
  ]);
  const deptName = new Map(options.departments.map((d) => [d.id, d.name]));
  const rollups =
    scope.kind === "department" || scope.kind === "org"
      ? rollUp(targets).map((r) => {
          const own = targets.filter((x) => x.teamId === null && x.departmentId === r.departmentId);
          return {
            ...r,
            name: deptName.get(r.departmentId) ?? null,
            departmentTargets: own.length,
            departmentTargetsMet: own.filter((x) => x.met).length,
          };
        })
      : [];
  return {
    scope,
    field,
    options,
    /** Whether self-ratings count toward targets and single points of failure (the organisation's setting). */
    countSelfRatings: settings.countSelfRatings,
    targets: {
      total: targets.length,
      met: targets.filter((t) => t.met).length,
      membersMissing: targets.reduce((n, x) => n + x.gap, 0),
      shown: targets.slice(0, GAPS_CAP).map((t) => ({
        ...t,
        editHref: canWriteTarget(actor, t)
          ? targetsHref(t.teamId !== null ? { teamId: t.teamId } : { departmentId: t.departmentId })
          : null,
      })),
    },
    rollups,
    lists,
    /** Active members of the scope due and overdue for re-assessment (docs/currency.md). */
    due,
    /** Each list's paged view with the same scope ("and N more"). */
    listHref: (list: GapListKey) => gapListHref({ list, ...scopeParamsOf(scope) }),
    distribution,
    trend,
    hasMembers: FIELDS.some((f) => distribution[f].some((n) => n > 0)),
    manageHref: mayManageTargets(actor, scope) ? targetsHref(scopeParamsOf(scope)) : null,
  };
}

export type GapsView = Awaited<ReturnType<typeof loadGaps>>;

/** A list's query for the params (the paged view and the CSV export read the same rows; `page: null` reads them all). */
export function gapListQuery(p: GapListParams, paged = true) {
  return {
    field: p.field,
    level: p.level,
    sort: p.sort,
    dir: p.dir,
    page: paged ? { limit: p.size, offset: (p.page - 1) * p.size } : null,
  };
}

/** One list's paged view: a page of its rows with the full count, and the scope picker's options. */
export async function loadGapList(db: Db, actor: Actor, scope: ViewScope, p: GapListParams) {
  const [page, options] = await Promise.all([
    gapListPage(db, actor, scope, p.list, gapListQuery(p)),
    scopeOptions(db, actor, scope),
  ]);
  return { scope, p, options, ...page, pages: Math.max(1, Math.ceil(page.total / p.size)) };
}

/** The targets page's scope: a lead without a team named opens their first team ("all my teams" is not one owner). */
export function targetsScopeParams(actor: Actor, p: ScopeParams): ScopeParams {
  return p.teamId === null && p.departmentId === null && actor.role === "lead" && actor.leadTeamIds.length
    ? { teamId: actor.leadTeamIds[0], departmentId: null }
    : p;
}

/** The targets page: the picker's options and, for one team or department, its own targets and who may change them. */
export async function loadTargets(db: Db, actor: Actor, scope: ViewScope) {
  const options = await scopeOptions(db, actor, scope);
  if (scope.kind !== "team" && scope.kind !== "department") return { scope, options, owner: null };
  const [standings, field] = await Promise.all([
    targetStandings(db, actor, scope),
    scope.kind === "team" ? teamField(db, scope.teamId) : Promise.resolve(null),
  ]);
  return {
    scope,
    options,
    owner: {
      kind: scope.kind,
      name: scope.name,
      ids: scope.kind === "team" ? { teamId: scope.teamId } : { departmentId: scope.departmentId },
      targets: standings.filter((x) => (scope.kind === "team" ? x.teamId === scope.teamId : x.teamId === null)),
      mayWrite: mayManageTargets(actor, scope),
      defaultField: field ?? ("hardware" as Field),
      gapsHref: gapsHref(scopeParamsOf(scope)),
    },
  };
}
