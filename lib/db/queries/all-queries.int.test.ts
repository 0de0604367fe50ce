// Every read the pages use, run on an empty database and on the demo organisation, as every role: none may fail
// (the departments list once did on both, with "column reference "id" is ambiguous"), and the counts the hand-written
// subqueries compute agree with plain counts. A query function added to a module without a case here fails the test.
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { actorByEmail, useIntegrationDb } from "@/lib/testing/integration";
import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../client";
import * as s from "../schema";
import type { CurrentUser } from "../../auth/session";
import { seedDemo, DEMO_ACCOUNTS } from "../../../seed/demo";
import { afterSeed } from "../../../seed/after-seed";
import * as audit from "./audit";
import * as currency from "./currency";
import * as dashboard from "./dashboard";
import * as evidence from "./evidence";
import * as gaps from "./gaps";
import * as heatmap from "./heatmap";
import * as members from "./members";
import * as notifications from "./notifications";
import * as org from "./org";
import * as records from "./records";
import * as review from "./review";
import * as impact from "./impact";
import * as departments from "./departments";
import * as teamMembers from "./team-members";
import * as teams from "./teams";
import * as ratingGrid from "./rating-grid";
import * as users from "./users";
import * as staffing from "./staffing";
import * as sessions from "./sessions";
import * as settings from "./settings";
import * as notificationPrefs from "./notification-prefs";
import * as jobRuns from "./job-runs";
import * as rounds from "./rounds";
import {
  parseTeamMemberParams,
  parseTeamParams,
  parseUserParams,
  TEAM_MEMBER_SORTS,
  TEAM_SORTS,
  USER_SORTS,
} from "../../search-params/roster";
import * as standingColumns from "./standing-columns";
import * as scope from "../../views/scope";
import * as queryScope from "./scope";
import { DASHBOARD_SORTS, parseDashboardParams } from "../../search-params/dashboard";
import { GAP_LIST_SORTS, GAP_LISTS } from "../../search-params/gaps";

type Ctx = { db: Db; actor: CurrentUser; teamId: number; memberId: number; departmentId: number; userId: number };
type Case = (c: Ctx) => Promise<unknown>;

/** One call per query function; ids that do not exist (the empty database) must give "nothing", not an error. */
const CASES: Record<string, Record<string, Case>> = {
  notifications: {
    unreadNotificationCount: (c) => notifications.unreadNotificationCount(c.db, c.actor.userId),
    notificationsPage: async (c) => {
      await notifications.notificationsPage(c.db, c.actor.userId, { unreadOnly: true, limit: 5, offset: 0 });
      return notifications.notificationsPage(c.db, c.actor.userId, { limit: 20, offset: 40 });
    },
  },
  audit: {
    listAudit: async (c) => {
      await audit.listAudit(c.db, {
        actor: c.userId,
        entity: "member",
        from: "2020-01-01",
        to: "2030-12-31",
        page: 2,
        pageSize: 10,
      });
      return audit.listAudit(c.db, { page: 1, pageSize: 50 });
    },
  },
  currency: {
    ownDueFields: (c) => currency.ownDueFields(c.db, c.memberId),
  },
  dashboard: {
    loadDashboard: async (c) => {
      for (const sort of DASHBOARD_SORTS)
        await dashboard.loadDashboard(c.db, c.actor, parseDashboardParams({ sort, dir: "asc", page: "2", size: "50" }));
      return dashboard.loadDashboard(c.db, c.actor);
    },
  },
  gaps: Object.fromEntries(
    (
      [
        ["targetStandings", (db, a, sc) => gaps.targetStandings(db, a, sc)],
        ["singlePoints", (db, a, sc) => gaps.singlePoints(db, a, sc)],
        ["gapLists", (db, a, sc) => gaps.gapLists(db, a, sc, 25)],
        ["levelDistribution", (db, a, sc) => gaps.levelDistribution(db, a, sc)],
        ["dueCounts", (db, a, sc) => gaps.dueCounts(db, a, sc)],
        ["levelTrend", (db, a, sc) => gaps.levelTrend(db, a, sc, "facility")],
        [
          "gapListPage",
          async (db, a, sc) => {
            // every list in every order, with its filters, a far page and every row
            for (const list of GAP_LISTS) {
              for (const sort of GAP_LIST_SORTS[list])
                await gaps.gapListPage(db, a, sc, list, {
                  sort,
                  dir: "desc",
                  field: "software",
                  level: 3,
                  page: { limit: 25, offset: 0 },
                });
              await gaps.gapListPage(db, a, sc, list, { page: { limit: 50, offset: 5000 } });
              await gaps.gapListPage(db, a, sc, list, { page: null });
            }
          },
        ],
        ["gapItems", (db, a, sc) => gaps.gapItems(db, a, sc, "hardware", [1, 2, 3])],
      ] as [string, (db: Db, a: CurrentUser, sc: scope.ViewScope) => Promise<unknown>][]
    ).map(([name, run]) => [
      name,
      async (c: Ctx) => {
        // Every scope the actor may open: the default, their teams, one team, the department.
        for (const p of [{}, { teamId: c.teamId }, { departmentId: c.departmentId }]) {
          const r = await scope.resolveScope(c.db, c.actor, p);
          if (r.ok) await run(c.db, c.actor, r.scope);
        }
      },
    ]),
  ),
  heatmap: {
    heatmapPage: async (c) => {
      const r = await scope.resolveScope(c.db, c.actor, {});
      if (!r.ok) return;
      const base = { actor: c.actor, scope: r.scope, field: "hardware" as const };
      await heatmap.heatmapPage(c.db, {
        ...base,
        filters: { team: c.teamId, teamName: "a", minLevel: 2, item: { item: "technology", min: 3 } },
        order: { sort: "technology", dir: "desc", group: false },
        page: { limit: 25, offset: 0 },
      });
      await heatmap.heatmapPage(c.db, { ...base, order: { sort: "level", dir: "asc", group: true }, page: null });
      return heatmap.heatmapPage(c.db, { ...base, page: { limit: 100, offset: 0 } });
    },
    fieldLevels: (c) => heatmap.fieldLevels(c.db, [c.memberId, c.memberId + 1]),
    teamItemSummary: async (c) => {
      const r = await scope.resolveScope(c.db, c.actor, {});
      if (!r.ok) return;
      await heatmap.teamItemSummary(c.db, {
        actor: c.actor,
        scope: r.scope,
        field: "software",
        min: 3,
        team: c.teamId,
        teamName: "e",
        page: { limit: 25, offset: 0 },
      });
      return heatmap.teamItemSummary(c.db, {
        actor: c.actor,
        scope: r.scope,
        field: "facility",
        min: 1,
        page: { limit: 25, offset: 25 },
      });
    },
    pickerTeams: (c) => heatmap.pickerTeams(c.db, c.actor),
  },
  evidence: {
    readMemberRecords: async (c) => {
      await evidence.readMemberRecords(c.db, [c.memberId], "evaluation");
      await evidence.readMemberRecords(c.db, [c.memberId, c.memberId + 1]);
      return evidence.readMemberRecords(c.db, [c.memberId, c.memberId + 1], {
        owners: true,
        snapshots: "latest",
        userNames: true,
      });
    },
  },
  rounds: {
    listRounds: (c) => rounds.listRounds(c.db, c.actor),
    roundHead: (c) => rounds.roundHead(c.db, c.teamId),
    roundProgress: (c) => rounds.roundProgress(c.db, c.teamId),
    membersInRoundScope: async (c) => {
      await rounds.membersInRoundScope(c.db, { scope: "team", teamId: c.teamId });
      await rounds.membersInRoundScope(c.db, { scope: "department", departmentId: c.departmentId });
      return rounds.membersInRoundScope(c.db, { scope: "organisation" });
    },
    openRoundTasksOf: (c) => rounds.openRoundTasksOf(c.db, c.memberId),
    roundScopeOptions: (c) => rounds.roundScopeOptions(c.db, c.actor),
    fieldRatings: (c) => rounds.fieldRatings(c.db, c.memberId, "hardware"),
  },
  members: {
    memberScope: (c) => members.memberScope(c.db, c.memberId),
    listMembersWithLevels: (c) => members.listMembersWithLevels(c.db, c.actor, { limit: 50, offset: 0 }),
  },
  org: { listVisibleTeams: (c) => org.listVisibleTeams(c.db, c.actor), orgCounts: (c) => org.orgCounts(c.db) },
  records: {
    memberHeader: (c) => records.memberHeader(c.db, c.memberId),
    memberWithRecords: (c) => records.memberWithRecords(c.db, c.memberId),
  },
  impact: {
    levelTargetsOfMembers: (c) => impact.levelTargetsOfMembers(c.db, c.actor, [c.memberId, c.memberId + 1]),
    reviewableRecordsPage: async (c) => {
      for (const p of [{}, { teamId: c.teamId }, { departmentId: c.departmentId }]) {
        const r = await scope.resolveScope(c.db, c.actor, p);
        if (r.ok) await impact.reviewableRecordsPage(c.db, c.actor, r.scope, { limit: 5, offset: 2 });
      }
      const r = await scope.resolveScope(c.db, c.actor, {});
      if (r.ok) return impact.reviewableRecordsPage(c.db, c.actor, r.scope, { limit: 100, offset: 1_000_000 });
    },
  },
  review: {
    pendingReviewCount: (c) => review.pendingReviewCount(c.db, c.actor),
    reviewQueue: async (c) => {
      await review.reviewQueue(c.db, c.actor);
      // A page of every filter at once, and of each kind alone (the union over the record tables, and one table).
      await review.reviewQueue(c.db, c.actor, { teamId: c.teamId, field: "hardware", limit: 50, offset: 0 });
      for (const kind of ["project", "exam"] as const) await review.reviewQueue(c.db, c.actor, { kind, limit: 5 });
    },
    reviewQueueTotal: (c) => review.reviewQueueTotal(c.db, c.actor, { teamId: c.teamId, kind: "project" }),
    reviewFilterOptions: (c) => review.reviewFilterOptions(c.db, c.actor, c.teamId),
  },
  settings: { loadOrganisationSettings: (c) => settings.loadOrganisationSettings(c.db) },
  "job-runs": { recentJobRuns: (c) => jobRuns.recentJobRuns(c.db, 5) },
  departments: {
    listDepartments: (c) => departments.listDepartments(c.db, c.actor),
    allDepartments: (c) => departments.allDepartments(c.db),
  },
  "team-members": {
    listTeamMembers: async (c) => {
      for (const sort of TEAM_MEMBER_SORTS)
        await teamMembers.listTeamMembers(
          c.db,
          c.teamId,
          parseTeamMemberParams({ sort, dir: "desc", q: "a", archived: "1" }),
        );
      return teamMembers.listTeamMembers(c.db, c.teamId, parseTeamMemberParams({}), { paginate: false });
    },
    memberForEdit: (c) => teamMembers.memberForEdit(c.db, c.memberId),
  },
  teams: {
    listTeamsTable: async (c) => {
      for (const sort of TEAM_SORTS)
        await teams.listTeamsTable(c.db, c.actor, parseTeamParams({ sort, dir: "desc", q: "e", archived: "1" }));
      return teams.listTeamsTable(c.db, c.actor, parseTeamParams({}), { paginate: false });
    },
    teamDetail: (c) => teams.teamDetail(c.db, c.teamId),
    teamField: (c) => teams.teamField(c.db, c.teamId),
    teamScope: (c) => teams.teamScope(c.db, c.teamId),
    teamOptions: (c) => teams.teamOptions(c.db, c.actor),
    scopeTeamOptions: (c) =>
      teams.scopeTeamOptions(c.db, c.actor, { kind: "department", departmentId: c.departmentId, name: "" }),
  },
  "rating-grid": {
    ratingGridTeam: (c) => ratingGrid.ratingGridTeam(c.db, c.teamId),
    ratingGridMembers: async (c) => [
      await ratingGrid.ratingGridMembers(c.db, c.teamId, "hardware"),
      await ratingGrid.ratingGridMembers(c.db, c.teamId, "facility"),
    ],
  },
  users: {
    leadCandidates: async (c) => [await users.leadCandidates(c.db), await users.leadCandidates(c.db, c.departmentId)],
    linkableUsers: async (c) => [
      await users.linkableUsers(c.db, c.departmentId),
      await users.linkableUsers(c.db, c.departmentId, c.userId),
    ],
    listUsers: async (c) => {
      for (const sort of USER_SORTS)
        await users.listUsers(c.db, parseUserParams({ sort, dir: "desc", q: "a", role: "lead", archived: "1" }));
      return users.listUsers(c.db, parseUserParams({}), { paginate: false });
    },
    userById: (c) => users.userById(c.db, c.userId),
  },
  staffing: {
    findCandidates: async (c) => {
      const r = await scope.resolveScope(c.db, c.actor, {});
      if (!r.ok) return;
      const need = {
        field: "hardware" as const,
        minLevel: 2,
        skills: [
          { item: "technology" as const, minLevel: 2 },
          { item: "hardware_technology" as const, minLevel: 3 },
        ],
      };
      await staffing.findCandidates(c.db, c.actor, r.scope, need, { limit: 10, offset: 10_000 }); // past the end: the count query
      return staffing.findCandidates(
        c.db,
        c.actor,
        r.scope,
        { field: "software", minLevel: null, skills: [] },
        { limit: 25, offset: 0 },
      );
    },
  },
  sessions: {
    activeSessions: (c) => sessions.activeSessions(c.db, c.actor.userId, 12 * 60 * 60),
  },
  "notification-prefs": {
    notificationPrefsOf: (c) => notificationPrefs.notificationPrefsOf(c.db, c.actor.userId),
  },
  // lib/views/scope.ts: resolving a view's scope is a query too (it reads the team or department).
  "views/scope": {
    // Every kind of scope, resolved and then used as the aggregate views use it: a condition on teams.
    resolveScope: async (c) => {
      const params = [{}, { teamId: c.teamId }, { departmentId: c.departmentId }];
      for (const p of params) {
        const r = await scope.resolveScope(c.db, c.actor, p);
        if (r.ok) await c.db.select({ id: s.teams.id }).from(s.teams).where(scope.scopeTeamsWhere(c.actor, r.scope));
      }
    },
  },
};

/** Exports that build conditions or parse URL params: they run no query of their own (the cases above use them). */
const NOT_QUERIES: Record<string, string[]> = {
  audit: ["auditWhere"],
  dashboard: ["dashboardTotals", "sortTeams", "teamRows"],
  evidence: ["evaluationInput"],
  gaps: ["rollUp"],
  members: ["visibleMembersWhere"],
  rounds: ["visibleRoundsWhere"],
  org: ["visibleTeamsWhere"],
  review: ["reviewableWhere"],
  "standing-columns": ["standingJoin"],
  "views/scope": ["defaultScope", "scopeTeamsWhere", "scopeParamsOf", "scopeLabel"],
  // The scope's SQL condition, used by every aggregate query above (and exercised through views/scope).
  scope: ["defaultScope", "scopeTeamsWhere"],
};

/** The query modules: lib/db/queries/*, and lib/views/scope (the aggregate views' scope). */
const MODULES: Record<string, Record<string, unknown>> = {
  audit,
  currency,
  dashboard,
  evidence,
  gaps,
  heatmap,
  members,
  notifications,
  org,
  records,
  review,
  impact,
  departments,
  "team-members": teamMembers,
  teams,
  "rating-grid": ratingGrid,
  users,
  staffing,
  sessions,
  settings,
  "notification-prefs": notificationPrefs,
  "job-runs": jobRuns,
  rounds,
  "standing-columns": standingColumns,
  scope: queryScope,
  "views/scope": scope,
};

async function runAll(ctx: Omit<Ctx, "actor">, actors: CurrentUser[]) {
  const failures: string[] = [];
  for (const actor of actors) {
    for (const [mod, cases] of Object.entries(CASES)) {
      for (const [fn, call] of Object.entries(cases)) {
        try {
          await call({ ...ctx, actor });
        } catch (e) {
          const err = e as Error & { cause?: Error };
          failures.push(`${mod}.${fn} as ${actor.role}: ${err.cause?.message ?? err.message.split("\n")[0]}`);
        }
      }
    }
  }
  return failures;
}

it("every query function of every module has a case", () => {
  const files = readdirSync(import.meta.dirname)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => f.replace(/\.ts$/, ""));
  expect(
    Object.keys(MODULES)
      .filter((m) => m !== "views/scope")
      .sort(),
    "a module of lib/db/queries is missing here",
  ).toEqual(files.sort());
  for (const [mod, exports] of Object.entries(MODULES)) {
    const functions = Object.keys(exports)
      .filter((k) => typeof exports[k] === "function")
      .sort();
    expect(functions, mod).toEqual([...Object.keys(CASES[mod] ?? {}), ...(NOT_QUERIES[mod] ?? [])].sort());
  }
});

describe("on an empty database", () => {
  const h = useIntegrationDb({ fixture: false });

  it("every query runs for every role and finds nothing", async () => {
    const [admin] = await h.db
      .insert(s.users)
      .values({ email: "boss@example.com", name: "Boss", role: "admin" })
      .returning();
    const nobody = (role: CurrentUser["role"]): CurrentUser => ({
      userId: 1_000_000,
      role,
      departmentId: null,
      leadTeamIds: [],
      memberId: null,
      name: role,
      email: `${role}@x.test`,
    });
    const actors = [await actorByEmail(h.db, admin.email), nobody("head"), nobody("lead"), nobody("member")];
    const failures = await runAll({ db: h.db, teamId: 1, memberId: 1, departmentId: 1, userId: admin.id }, actors);
    expect(failures).toEqual([]);
    expect(await departments.listDepartments(h.db, actors[0])).toEqual([]);
    expect(await org.orgCounts(h.db)).toEqual({ departments: 0, teams: 0, members: 0, users: 1 });
    const empty = await dashboard.loadDashboard(h.db, actors[0]);
    expect(empty).toMatchObject({
      totals: { teams: 0, members: 0, targetsMet: 0, targetsTotal: 0, membersMissing: 0 },
      worstGaps: [],
      departmentTargets: [],
      teams: { rows: [], total: 0 },
      pendingReviews: null,
    });
    expect(
      Object.values(empty.distribution)
        .flat()
        .every((n) => n === 0),
    ).toBe(true);
  });
});

describe("on the demo organisation", () => {
  const h = useIntegrationDb({ fixture: false });
  beforeAll(async () => {
    await h.db.transaction(async (tx) => {
      await seedDemo(tx as unknown as Db);
      await afterSeed(tx as unknown as Db);
    });
  });

  it("every query runs for every demo role", async () => {
    const actors = await Promise.all(
      ["admin@levelboard.test", "head@levelboard.test", "lead.hw@levelboard.test", "member.hw@levelboard.test"].map(
        (e) => actorByEmail(h.db, e),
      ),
    );
    const member = actors[3];
    const [team] = await h.db.select().from(s.teams).where(eq(s.teams.id, actors[2].leadTeamIds[0]));
    const failures = await runAll(
      { db: h.db, teamId: team.id, memberId: member.memberId!, departmentId: team.departmentId, userId: member.userId },
      actors,
    );
    expect(failures).toEqual([]);
  });

  it("the counts of the correlated subqueries agree with plain counts", async () => {
    const admin = await actorByEmail(h.db, DEMO_ACCOUNTS[0].email);
    const activeMembers = async (teamId: number) =>
      (
        await h.db
          .select({ n: count() })
          .from(s.members)
          .where(and(eq(s.members.teamId, teamId), isNull(s.members.archivedAt)))
      )[0].n;
    const allTeams = await h.db.select().from(s.teams);
    const [{ n: members }] = await h.db.select({ n: count() }).from(s.members).where(isNull(s.members.archivedAt));
    expect(await departments.listDepartments(h.db, admin)).toEqual([
      {
        id: allTeams[0].departmentId,
        name: "Customer Service Department",
        version: 1,
        teamCount: allTeams.length,
        memberCount: members,
      },
    ]);
    const table = await teams.listTeamsTable(h.db, admin, parseTeamParams({ sort: "members" }));
    expect(table.rows).toHaveLength(3);
    for (const row of table.rows) {
      expect(row.memberCount).toBe(await activeMembers(row.id));
      expect(row.leads).toHaveLength(1);
    }
    expect(table.rows.map((r) => r.memberCount)).toEqual(
      [...table.rows.map((r) => r.memberCount)].sort((a, b) => a - b),
    );
    const head = await actorByEmail(h.db, "head@levelboard.test");
    expect((await departments.listDepartments(h.db, head)).map((d) => d.memberCount)).toEqual([members]);
  });
});
