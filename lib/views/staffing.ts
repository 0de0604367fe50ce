// The staffing planner's loader: for a resolved scope and the parsed URL, the scope picker's options, the field the
// form opens on, and — when a need is asked — the candidates ranked (qualified before close) with, for a planned
// project, each shown candidate's growth fit (the engine on their official records, read in one batch).
import type { Db } from "../db/client";
import type { Actor } from "../auth/policy";
import { pickerTeams } from "../db/queries/heatmap";
import { findCandidates } from "../db/queries/staffing";
import { readMemberRecords } from "../db/queries/evidence";
import { toEvidence } from "../evaluation/evidence";
import type { Field } from "../itss/fields";
import { growthFit, plannedProjectEvidence, type GrowthFit } from "../staffing/growth";
import { rankCandidates } from "../staffing/rank";
import type { PlannedProject, StaffingNeed } from "../staffing/need";
import { MAX_SHOWN, PAGE_STEP, staffingHref, type StaffingPageQuery } from "../search-params/staffing";
import { scopeParamsOf, type ViewScope } from "./scope";
import { scopeOptions } from "./scope-options";

/** A team's own field when the scope is one team (or a lead's teams all serve one); else Hardware. */
function defaultField(teams: { id: number; field: Field | null }[], scope: ViewScope): Field {
  const inScope =
    scope.kind === "team" ? teams.filter((t) => t.id === scope.teamId) : scope.kind === "mine" ? teams : [];
  const fields = [...new Set(inScope.map((t) => t.field).filter((f): f is Field => f !== null))];
  return fields.length === 1 ? fields[0] : "hardware";
}

async function candidates(
  db: Db,
  actor: Actor,
  scope: ViewScope,
  need: StaffingNeed,
  project: PlannedProject | null,
  limit: number,
) {
  const page = await findCandidates(db, actor, scope, need, { limit, offset: 0 });
  const ranked = rankCandidates(need, page.rows);
  const growth = new Map<number, GrowthFit>();
  const planned = project ? plannedProjectEvidence(need.field, project) : null;
  if (planned && ranked.length) {
    // The engine runs on the shown candidates only: one batch of record reads.
    const records = await readMemberRecords(
      db,
      ranked.map((r) => r.memberId),
      "evaluation",
    );
    for (const r of ranked)
      growth.set(r.memberId, growthFit(toEvidence(records.get(r.memberId)!, "official").evidence, planned));
  }
  const more = Math.min(MAX_SHOWN, limit + PAGE_STEP);
  return {
    total: page.total,
    qualified: page.qualified,
    rows: ranked.map((r) => ({ ...r, growth: growth.get(r.memberId) ?? null })),
    planned,
    limit,
    moreHref: staffingHref({ scope: scopeParamsOf(scope), need, project, limit: more }),
    more: limit < MAX_SHOWN ? Math.min(PAGE_STEP, page.total - ranked.length) : 0,
  };
}

export async function loadStaffing(db: Db, actor: Actor, scope: ViewScope, q: StaffingPageQuery) {
  const [teams, options, results] = await Promise.all([
    pickerTeams(db, actor),
    scopeOptions(db, actor, scope),
    q.kind === "ok" ? candidates(db, actor, scope, q.need, q.project, q.limit) : Promise.resolve(null),
  ]);
  return { scope, options, defaultField: defaultField(teams, scope), results };
}

export type StaffingView = Awaited<ReturnType<typeof loadStaffing>>;
