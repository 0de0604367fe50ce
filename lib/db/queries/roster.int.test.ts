// Roster table queries: URL params never crash (bad values fall back), filters/sort/pagination at 1,000 rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../test-db";
import type { DbHandle } from "../client";
import { members } from "../schema";
import { buildFixture, type Fixture } from "../../testing/fixture";
import { listTeamMembers, listTeamsTable, listUsers, parseTeamMemberParams, parseTeamParams, parseUserParams } from "./roster";
import { evaluateMembers } from "../../evaluation/current";

describe("table params", () => {
  it("fall back to defaults on bad values, never throw", () => {
    const bad = { q: ["x".repeat(500)], sort: "password", dir: "sideways", page: "-3", size: "1000", archived: "yes", role: "god" };
    expect(parseTeamMemberParams(bad)).toEqual({ q: "", sort: "name", dir: "asc", page: 1, size: 25, archived: false });
    expect(parseUserParams(bad)).toMatchObject({ sort: "name", role: "" });
    expect(parseTeamParams(undefined)).toEqual({ q: "", sort: "department", dir: "asc", page: 1, size: 25, archived: false });
    expect(parseTeamMemberParams({ q: " ada ", sort: "jobTitle", dir: "desc", page: "3", size: "50", archived: "1" }))
      .toEqual({ q: "ada", sort: "jobTitle", dir: "desc", page: 3, size: 50, archived: true });
  });
});

describe("queries at 1,000 members", () => {
  let h: DbHandle;
  let f: Fixture;
  beforeAll(async () => {
    h = await createTestDb();
    f = await buildFixture(h.db);
    await h.db.insert(members).values(Array.from({ length: 1000 }, (_, i) => ({
      teamId: f.teams.teamA.id, name: `Person ${String(i).padStart(4, "0")}`, jobTitle: i % 2 ? "Engineer" : "Technician",
      archivedAt: i % 10 === 0 ? new Date() : null,
    })));
  });
  afterAll(async () => h?.close());

  it("pages, filters and sorts on the server; the page's levels in one batch", async () => {
    const t0 = performance.now();
    const page = await listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ page: "3", size: "100", sort: "name", dir: "desc" }));
    const evaluations = await evaluateMembers(h.db, page.rows.map((r) => r.id));
    const ms = performance.now() - t0;
    expect(page.total).toBe(902); // 900 active of 1,000 + the fixture's two
    expect(page.rows).toHaveLength(100);
    expect(page.rows[0].name > page.rows[99].name).toBe(true);
    expect(evaluations.size).toBe(100);
    console.log(`team roster page of 100 (of ${page.total}) with levels: ${ms.toFixed(0)} ms`);
    const filtered = await listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ q: "person 00", archived: "1" }));
    expect(filtered.total).toBe(100);
    const pct = await listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ q: "%" }));
    expect(pct.total).toBe(0); // wildcards are literal
    const all = await listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ archived: "1" }), { paginate: false });
    expect(all.rows).toHaveLength(1002);
    const beyond = await listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ page: "999" }));
    expect(beyond).toMatchObject({ rows: [], total: 902 });
  });

  it("teams and users lists respect visibility and sort", async () => {
    const forLead = await listTeamsTable(h.db, f.actors.leadB, parseTeamParams({}));
    expect(forLead.rows.map((t) => t.name)).toEqual(["Team B"]);
    const byMembers = await listTeamsTable(h.db, f.actors.admin, parseTeamParams({ sort: "members", dir: "desc" }));
    expect(byMembers.rows[0]).toMatchObject({ name: "Team A", memberCount: 902, leads: ["leada"] });
    const users = await listUsers(h.db, parseUserParams({ role: "head", sort: "email" }));
    expect(users.rows.map((u) => u.email)).toEqual(["head1@t.test", "head2@t.test"]);
  });
});
