// The heatmap's loader: for a resolved scope and the page's params, the field it opens on (a scope whose teams all
// serve one field opens on it), the team filter, one page of the member grid, the team × item summary, each shown
// member's level in every field and the scope picker's options — a constant number of queries.
import type { Db, Tx } from "../db/client";
import type { Actor } from "../auth/policy";
import { fieldLevels, heatmapPage, pickerTeams, teamItemSummary, type ScopeTeam } from "../db/queries/heatmap";
import type { Field } from "../itss/fields";
import { TEAM_SUMMARY_PAGE_SIZE, type HeatmapParams, type HeatmapSearch } from "../search-params/heatmap";
import type { ViewScope } from "./scope";
import { scopeOptions } from "./scope-options";
import { servesField } from "../heatmap/gap";

const inScope = (t: ScopeTeam, scope: ViewScope) =>
  scope.kind === "org" ||
  (scope.kind === "department" && t.departmentId === scope.departmentId) ||
  (scope.kind === "team" && t.id === scope.teamId) ||
  (scope.kind === "mine" && scope.teamIds.includes(t.id));

/** The grid's query for the params (the page and the CSV export read the same rows). */
export function heatmapGridQuery(actor: Actor, scope: ViewScope, p: HeatmapParams) {
  return {
    actor,
    scope,
    field: p.field,
    filters: {
      team: scope.kind === "team" ? null : p.team,
      teamName: scope.kind === "team" ? "" : p.teamq,
      minLevel: p.minLevel,
      item: p.item ? { item: p.item, min: p.itemMin } : null,
      servingOnly: p.teams === "serving",
    },
    order: { sort: p.sort, dir: p.dir, group: p.group },
  };
}

export async function loadHeatmap(db: Db | Tx, actor: Actor, scope: ViewScope, asked: HeatmapSearch) {
  const [allTeams, options] = await Promise.all([pickerTeams(db, actor), scopeOptions(db, actor, scope)]);
  const scopeTeams = allTeams.filter((t) => inScope(t, scope));
  // Without a field in the URL, a scope whose teams all serve one field opens on that field.
  const teamFields = [...new Set(scopeTeams.map((t) => t.field).filter((f): f is Field => f !== null))];
  const raw = asked.at(teamFields.length === 1 ? teamFields[0] : "hardware");
  const team = raw.team && scope.kind !== "team" && scopeTeams.some((t) => t.id === raw.team) ? raw.team : null;
  const p: HeatmapParams = { ...raw, team, teamq: scope.kind === "team" ? "" : raw.teamq };
  const [grid, summary] = await Promise.all([
    heatmapPage(db, { ...heatmapGridQuery(actor, scope, p), page: { limit: p.size, offset: (p.page - 1) * p.size } }),
    teamItemSummary(db, {
      actor,
      scope,
      field: p.field,
      min: p.n,
      team,
      teamName: p.teamq,
      servingOnly: p.teams === "serving",
      order: { sort: p.tsort, dir: p.tdir },
      page: { limit: TEAM_SUMMARY_PAGE_SIZE, offset: (p.tpage - 1) * TEAM_SUMMARY_PAGE_SIZE },
    }),
  ]);
  const levels = await fieldLevels(
    db,
    grid.rows.map((r) => r.memberId),
  );
  return {
    scope,
    p,
    options,
    /** Teams of the scope (the Team filter); none when the scope is one team. */
    filterTeams:
      scope.kind === "team" ? [] : scopeTeams.filter((t) => p.teams === "all" || servesField(t.field, p.field)),
    grid,
    summary,
    levels,
    filtered: team !== null || p.teamq !== "" || p.minLevel > 0 || p.item !== null,
  };
}
