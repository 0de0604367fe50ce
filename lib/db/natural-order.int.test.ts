// Team (and department) names in natural order — "Team 2" before "Team 10" — from every query that sorts them: the
// heatmap and its summary, the pickers and scope options, the roster's teams list, the dashboard's teams, the gaps
// lists, the departments and the users list by department. Names are inserted in the wrong order on purpose, and plain
// text order would put "Team 10" first. Runs on PGlite and, in CI, on PostgreSQL (natural_sort_key has no ICU).
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import * as s from "./schema";
import type { Db } from "./client";
import type { Actor } from "../auth/policy";
import type { ViewScope } from "./queries/scope";
import { heatmapPage, pickerTeams, teamItemSummary } from "./queries/heatmap";
import { listTeamsTable, scopeTeamOptions, teamOptions } from "./queries/teams";
import { listVisibleTeams } from "./queries/org";
import { allDepartments, listDepartments } from "./queries/departments";
import { listUsers } from "./queries/users";
import { loadDashboard } from "./queries/dashboard";
import { gapLists, singlePoints, targetStandings } from "./queries/gaps";
import { parseTeamParams, parseUserParams } from "../search-params/roster";
import { scopeOptions } from "../views/scope-options";
import { refreshAllStandings } from "../evaluation/refresh";

describe("names sort naturally wherever teams are listed", () => {
  const h = useIntegrationDb({ fixture: false });
  let db: Db;
  let admin: Actor;
  let head: Actor;
  let dept: ViewScope;
  /** The names this test made (the lists hold nothing else, but say so). */
  const ours = (names: string[]) => names.filter((n) => /^(Team|Department) \d+$|@n\.test$/.test(n));
  const once = (names: string[]) => names.filter((n, i) => names.indexOf(n) === i);

  beforeAll(async () => {
    db = h.db;
    // inserted in text order ("10" < "2"), so an id order would pass no better than a name order
    const [d10, d2] = await db
      .insert(s.departments)
      .values([{ name: "Department 10" }, { name: "Department 2" }])
      .returning();
    const [t10, t2] = await db
      .insert(s.teams)
      .values([
        { departmentId: d2.id, name: "Team 10", field: "hardware" },
        { departmentId: d2.id, name: "Team 2", field: "hardware" },
        { departmentId: d10.id, name: "Team 3", field: "hardware" },
      ])
      .returning();
    const users = await db
      .insert(s.users)
      .values([
        { email: "admin@n.test", name: "Admin", role: "admin" as const, departmentId: null },
        { email: "head10@n.test", name: "Head", role: "head" as const, departmentId: d10.id },
        { email: "head2@n.test", name: "Head", role: "head" as const, departmentId: d2.id },
      ])
      .returning();
    admin = { userId: users[0].id, role: "admin", departmentId: null, leadTeamIds: [], memberId: null };
    head = { userId: users[2].id, role: "head", departmentId: d2.id, leadTeamIds: [], memberId: null };
    dept = { kind: "department", departmentId: d2.id, name: "Department 2" };
    const members = await db
      .insert(s.members)
      .values([
        { teamId: t10.id, name: "Member" },
        { teamId: t2.id, name: "Member" },
      ])
      .returning();
    // ratings two levels apart in the same item: the diverging-ratings list ties on the gap and orders by team
    await db.insert(s.skillAssessments).values(
      members.map((m) => ({
        memberId: m.id,
        field: "hardware" as const,
        item: "technology",
        selfLevel: 4,
        leadLevel: 1,
      })),
    );
    // the same target on both teams: the same gap and share, so the ranking falls back to the team's name
    await db.insert(s.targets).values(
      [t10, t2].map((t) => ({
        teamId: t.id,
        field: "hardware" as const,
        kind: "level" as const,
        minLevel: 3,
        minCount: 2,
      })),
    );
    await refreshAllStandings(db);
  });

  const cases: [string, () => Promise<string[]>, string[]][] = [
    [
      "heatmap rows grouped by team",
      async () =>
        (await heatmapPage(db, { actor: head, scope: dept, field: "hardware", page: null })).rows.map(
          (r) => r.teamName,
        ),
      ["Team 2", "Team 10"],
    ],
    [
      "heatmap rows by team, descending",
      async () =>
        (
          await heatmapPage(db, {
            actor: head,
            scope: dept,
            field: "hardware",
            order: { sort: "team", dir: "desc", group: true },
            page: { limit: 10, offset: 0 },
          })
        ).rows.map((r) => r.teamName),
      ["Team 10", "Team 2"],
    ],
    [
      "heatmap team summary",
      async () =>
        (
          await teamItemSummary(db, {
            actor: head,
            scope: dept,
            field: "hardware",
            min: 1,
            page: { limit: 25, offset: 0 },
          })
        ).rows.map((r) => r.teamName),
      ["Team 2", "Team 10"],
    ],
    [
      "heatmap team summary by team, descending",
      async () =>
        (
          await teamItemSummary(db, {
            actor: head,
            scope: dept,
            field: "hardware",
            min: 1,
            order: { sort: "team", dir: "desc" },
            page: { limit: 25, offset: 0 },
          })
        ).rows.map((r) => r.teamName),
      ["Team 10", "Team 2"],
    ],
    [
      "heatmap team summary by members (a tie: then by name)",
      async () =>
        (
          await teamItemSummary(db, {
            actor: head,
            scope: dept,
            field: "hardware",
            min: 1,
            order: { sort: "members", dir: "desc" },
            page: { limit: 25, offset: 0 },
          })
        ).rows.map((r) => r.teamName),
      ["Team 2", "Team 10"],
    ],
    [
      "pickers (heatmap, staffing): by department, then team",
      async () => (await pickerTeams(db, admin)).map((t) => t.name),
      ["Team 2", "Team 10", "Team 3"],
    ],
    ["team options", async () => (await teamOptions(db, admin)).map((t) => t.name), ["Team 2", "Team 10", "Team 3"]],
    [
      "scope options of a department",
      async () => (await scopeOptions(db, admin, dept)).teams.map((t) => t.name),
      ["Team 2", "Team 10"],
    ],
    [
      "a head's scope team options",
      async () => (await scopeTeamOptions(db, head, dept)).map((t) => t.name),
      ["Team 2", "Team 10"],
    ],
    [
      "visible teams (import)",
      async () => (await listVisibleTeams(db, admin)).map((t) => t.name),
      ["Team 2", "Team 10", "Team 3"],
    ],
    [
      "roster teams list by name",
      async () =>
        (await listTeamsTable(db, admin, parseTeamParams({ sort: "name", dir: "asc" }))).rows.map((t) => t.name),
      ["Team 2", "Team 3", "Team 10"],
    ],
    [
      "roster teams list by department (the default)",
      async () => (await listTeamsTable(db, admin, parseTeamParams({}))).rows.map((t) => t.name),
      ["Team 2", "Team 10", "Team 3"],
    ],
    [
      "roster teams list by name, descending",
      async () =>
        (await listTeamsTable(db, admin, parseTeamParams({ sort: "name", dir: "desc" }))).rows.map((t) => t.name),
      ["Team 10", "Team 3", "Team 2"],
    ],
    [
      "dashboard teams by name",
      async () =>
        (await loadDashboard(db, head, { sort: "name", dir: "asc", page: 1, size: 25 })).teams.rows.map((t) => t.name),
      ["Team 2", "Team 10"],
    ],
    [
      "dashboard teams, a tie on the sorted column: by name",
      async () =>
        (await loadDashboard(db, head, { sort: "members", dir: "desc", page: 1, size: 25 })).teams.rows.map(
          (t) => t.name,
        ),
      ["Team 2", "Team 10"],
    ],
    [
      "gaps: single points of failure",
      async () => once((await singlePoints(db, head, dept)).map((p) => p.teamName)),
      ["Team 2", "Team 10"],
    ],
    [
      "gaps: targets, tied on gap",
      async () => (await targetStandings(db, head, dept)).map((t) => t.ownerName),
      ["Team 2", "Team 10"],
    ],
    [
      "gaps: diverging ratings, tied on the gap",
      async () => (await gapLists(db, head, dept, 25)).apart.rows.map((r) => r.teamName),
      ["Team 2", "Team 10"],
    ],
    [
      "departments",
      async () => (await listDepartments(db, admin)).map((d) => d.name),
      ["Department 2", "Department 10"],
    ],
    ["department picker", async () => (await allDepartments(db)).map((d) => d.name), ["Department 2", "Department 10"]],
    [
      "users by department",
      async () =>
        (await listUsers(db, parseUserParams({ sort: "department", dir: "asc", role: "head" }))).rows.map(
          (u) => u.email,
        ),
      ["head2@n.test", "head10@n.test"],
    ],
  ];

  it.each(cases)("%s", async (_, read, expected) => {
    const got = await read();
    expect(ours(got)).toEqual(expected);
  });
});
