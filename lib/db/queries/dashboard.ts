// What a dashboard shows, read from the read model (team_level_counts, team_currency_counts, member_standings) in a constant number of queries whatever the
// number of teams and members: totals, the level distribution, the worst gaps, the teams (sorted and paginated), the
// department targets and pending reviews. No engine runs here (a member's own standing: lib/views/member.ts).
import { and, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { departments, teamCurrencyCounts, teamLevelCounts, teams } from "../schema";
import type { Actor } from "../actor";
import { defaultScope, scopeTeamsWhere, type ViewScope } from "./scope";
import { FIELDS, MAX_LEVEL, type Field } from "../../itss/fields";
import { pendingReviewCount } from "./review";
import { naturalCompare } from "../../i18n/natural-compare";
import { levelDistribution, targetStandings, type TargetStanding } from "./gaps";
import { DEFAULT_DASHBOARD_PARAMS, type DashboardParams, type DashboardSort } from "../../search-params/dashboard";

export type TeamDashboard = {
  id: number;
  name: string;
  field: Field | null;
  departmentId: number;
  departmentName: string;
  memberCount: number;
  /** Members per level in the team's field (null for a mixed team). */
  distribution: number[] | null;
  /** Average level in the team's field, one decimal (null for a mixed team or no members). */
  averageLevel: number | null;
  targets: TargetStanding[];
  targetsMet: number;
  /** Members missing to the team's targets, all targets together. */
  gap: number;
  /** Active members due / overdue for re-assessment (team_currency_counts; each member once). */
  due: number;
  overdue: number;
};

export type Dashboard = {
  scope: ViewScope;
  totals: {
    teams: number;
    members: number;
    targetsMet: number;
    targetsTotal: number;
    membersMissing: number;
    due: number;
    overdue: number;
  };
  /** Members of the scope per level in each field. */
  distribution: Record<Field, number[]>;
  /** Unmet targets, worst first (at most 5). */
  worstGaps: TargetStanding[];
  departmentTargets: TargetStanding[];
  teams: { rows: TeamDashboard[]; total: number };
  /** Records waiting for the lead's review (null for other roles: only a lead's dashboard shows it; a head's or an
   * administrator's would count a whole department's or organisation's queue on every visit). */
  pendingReviews: number | null;
};

const EMPTY_DISTRIBUTION = () =>
  Object.fromEntries(FIELDS.map((f) => [f, new Array<number>(MAX_LEVEL[f] + 1).fill(0)])) as Record<Field, number[]>;

/**
 * The scope's teams with, per level of the team's own field, how many active members stand there, from the per-team
 * counts (team_level_counts: O(teams) rows). A mixed team has no field of its own: its members are counted in the
 * hardware field (every active member has a standing in each), with no level.
 */
async function teamLevels(db: Db | Tx, actor: Actor, scope: ViewScope) {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      field: teams.field,
      departmentId: teams.departmentId,
      departmentName: departments.name,
      level: teamLevelCounts.level,
      n: sql<number>`coalesce(${teamLevelCounts.n}, 0)`,
      due: sql<number>`coalesce(${teamCurrencyCounts.due}, 0)`,
      overdue: sql<number>`coalesce(${teamCurrencyCounts.overdue}, 0)`,
    })
    .from(teams)
    .innerJoin(departments, eq(departments.id, teams.departmentId))
    .leftJoin(teamCurrencyCounts, eq(teamCurrencyCounts.teamId, teams.id))
    .leftJoin(
      teamLevelCounts,
      and(
        eq(teamLevelCounts.teamId, teams.id),
        sql`${teamLevelCounts.field} = coalesce(${teams.field}, 'hardware')`,
        eq(teamLevelCounts.item, ""),
      ),
    )
    .where(scopeTeamsWhere(actor, scope));
}

/** One row per team: member count, level distribution and average, and the team's targets with their gap. */
export function teamRows(
  levelRows: Awaited<ReturnType<typeof teamLevels>>,
  standings: readonly TargetStanding[],
): TeamDashboard[] {
  const byTeam = new Map<number, TeamDashboard>();
  for (const r of levelRows) {
    let t = byTeam.get(r.id);
    if (!t) {
      t = {
        id: r.id,
        name: r.name,
        field: r.field,
        departmentId: r.departmentId,
        departmentName: r.departmentName,
        memberCount: 0,
        distribution: r.field ? new Array<number>(MAX_LEVEL[r.field] + 1).fill(0) : null,
        averageLevel: null,
        targets: [],
        targetsMet: 0,
        gap: 0,
        due: Number(r.due),
        overdue: Number(r.overdue),
      };
      byTeam.set(r.id, t);
    }
    t.memberCount += r.n;
    if (t.distribution && r.level !== null) t.distribution[Math.min(r.level, t.distribution.length - 1)] += r.n;
  }
  for (const s of standings) {
    const t = s.teamId !== null ? byTeam.get(s.teamId) : undefined;
    if (!t) continue;
    t.targets.push(s);
    if (s.met) t.targetsMet++;
    t.gap += s.gap;
  }
  for (const t of byTeam.values()) {
    if (t.distribution && t.memberCount)
      t.averageLevel = Math.round((10 * t.distribution.reduce((sum, n, l) => sum + n * l, 0)) / t.memberCount) / 10;
  }
  return [...byTeam.values()];
}

function compare(sort: DashboardSort): (a: TeamDashboard, b: TeamDashboard) => number {
  switch (sort) {
    case "name":
      return (a, b) => naturalCompare(a.name, b.name);
    case "members":
      return (a, b) => a.memberCount - b.memberCount;
    case "level":
      return (a, b) => (a.averageLevel ?? -1) - (b.averageLevel ?? -1);
    case "met":
      return (a, b) =>
        (a.targets.length ? a.targetsMet / a.targets.length : 2) -
        (b.targets.length ? b.targetsMet / b.targets.length : 2);
    case "gap":
      return (a, b) => a.gap - b.gap;
  }
}

/** The teams in the params' order, with the requested page. */
export function sortTeams(all: TeamDashboard[], params: DashboardParams): { rows: TeamDashboard[]; total: number } {
  const cmp = compare(params.sort);
  const sorted = [...all].sort(
    (a, b) => (params.dir === "asc" ? cmp(a, b) : cmp(b, a)) || naturalCompare(a.name, b.name) || a.id - b.id,
  );
  const start = (params.page - 1) * params.size;
  return { rows: sorted.slice(start, start + params.size), total: sorted.length };
}

/** The scope's totals over every team and target. */
export function dashboardTotals(
  all: readonly TeamDashboard[],
  standings: readonly TargetStanding[],
): Dashboard["totals"] {
  return {
    teams: all.length,
    members: all.reduce((n, t) => n + t.memberCount, 0),
    targetsMet: standings.filter((s) => s.met).length,
    targetsTotal: standings.length,
    membersMissing: standings.reduce((n, s) => n + s.gap, 0),
    due: all.reduce((n, t) => n + t.due, 0),
    overdue: all.reduce((n, t) => n + t.overdue, 0),
  };
}

/** The dashboard of the actor's default scope in a constant number of queries, none per team or member. */
export async function loadDashboard(
  db: Db,
  actor: Actor,
  params: DashboardParams = DEFAULT_DASHBOARD_PARAMS,
): Promise<Dashboard> {
  const scope = defaultScope(actor);
  const [levelRows, standings, distribution, pendingReviews] = await Promise.all([
    teamLevels(db, actor, scope),
    targetStandings(db, actor, scope),
    actor.role === "member" ? Promise.resolve(EMPTY_DISTRIBUTION()) : levelDistribution(db, actor, scope),
    actor.role === "lead" ? pendingReviewCount(db, actor) : Promise.resolve(null),
  ]);
  const all = teamRows(levelRows, standings);
  return {
    scope,
    totals: dashboardTotals(all, standings),
    distribution,
    worstGaps: standings.filter((s) => !s.met).slice(0, 5),
    departmentTargets: standings.filter((s) => s.teamId === null),
    teams: sortTeams(all, params),
    pendingReviews,
  };
}
