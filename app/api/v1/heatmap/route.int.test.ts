// GET /api/v1/heatmap against a real database, with only the session mocked: policy (401/403/404), validation
// (400 naming the parameter), the documented shape (parsed with the response schema) and the numbers.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import type { Fixture } from "@/lib/testing/fixture";
import { skillItemsOf } from "@/lib/itss/fields";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { heatmapResponseSchema } from "@/lib/api/heatmap";

const route = await import("./route");
const get = async (query: string) => {
  const res = await route.GET(new Request(`http://localhost/api/v1/heatmap${query}`));
  return { status: res.status, body: await res.json() };
};

describe("GET /api/v1/heatmap", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
    const { memberA, memberA2, memberB } = f.members;
    await h.db.insert(s.skillAssessments).values([
      { memberId: memberA.id, field: "hardware", item: "leadership", selfLevel: 2, leadLevel: 4 },
      { memberId: memberA.id, field: "hardware", item: "hardware_technology", selfLevel: 3, leadLevel: null },
      { memberId: memberA2.id, field: "hardware", item: "leadership", selfLevel: null, leadLevel: 1 },
      { memberId: memberB.id, field: "software", item: "software_technology", selfLevel: 5 },
    ]);
    await h.db.insert(s.exams).values({ memberId: memberA.id, exam: "FE", reviewState: "approved" });
    await h.db.insert(s.members).values({ teamId: f.teams.teamA.id, name: "Gone", archivedAt: new Date() });
    await refreshAllStandings(h.db);
  });
  const as = (actor: CurrentUser | null) => {
    actAs(actor);
  };

  it("401 signed out, 403 for a member, 404 for a team or department out of reach or unknown", async () => {
    as(null);
    expect(await get("?field=hardware")).toEqual({ status: 401, body: { error: "Sign in first." } });
    as(f.actors.memberA);
    expect((await get("?field=hardware")).status).toBe(403);
    as(f.actors.head1);
    expect((await get(`?field=hardware&teamId=${f.teams.teamC.id}`)).status).toBe(404);
    expect((await get(`?field=hardware&departmentId=${f.departments.dept2.id}`)).status).toBe(404);
    as(f.actors.leadA);
    expect((await get(`?field=hardware&teamId=${f.teams.teamB.id}`)).status).toBe(404);
    as(f.actors.admin);
    expect((await get("?field=hardware&teamId=999999")).status).toBe(404);
  });

  it("400 with a message naming the parameter", async () => {
    as(f.actors.head1);
    const cases: [string, RegExp][] = [
      ["", /^field must be one of hardware, software, facility/],
      ["?field=marketing", /^field must be one of/],
      ["?field=hardware&limit=0", /limit must be at least 1/],
      ["?field=hardware&limit=501", /limit must be at most 500/],
      ["?field=hardware&limit=abc", /limit must be a whole number/],
      ["?field=hardware&offset=-1", /offset must be at least 0/],
      ["?field=hardware&teamId=x", /teamId must be a positive whole number/],
      ["?field=hardware&departmentId=0", /departmentId must be a positive whole number/],
      [`?field=hardware&teamId=1&departmentId=1`, /teamId: give teamId or departmentId, not both/],
    ];
    for (const [q, message] of cases) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect(res.body.error, q).toMatch(message);
    }
    // `scope` is not a parameter any more (teamId / departmentId are the one spelling): like any unknown parameter
    // it is ignored, and the answer is the caller's default scope.
    const plain = await get("?field=hardware");
    const old = await get("?field=hardware&scope=mine");
    expect(old.status).toBe(200);
    expect(old.body).toEqual(plain.body);
  });

  it("answers in the documented shape with each member's cells (lead ?? self) and level, ordered by team then name", async () => {
    as(f.actors.head1);
    const res = await get("?field=hardware");
    expect(res.status).toBe(200);
    const body = heatmapResponseSchema.parse(res.body);
    expect(body.field).toBe("hardware");
    expect(body.items).toEqual([...skillItemsOf("hardware")]);
    expect(body.total).toBe(3);
    expect(body.rows.map((r) => r.name)).toEqual(["Member A (has account)", "Member A2 (no account)", "Member B"]);
    const [a, a2, b] = body.rows;
    expect(a).toEqual({
      memberId: f.members.memberA.id,
      name: "Member A (has account)",
      teamId: f.teams.teamA.id,
      level: 2,
      cells: {
        system_maintenance_management: null,
        technology: null,
        project_management: null,
        leadership: { level: 4, source: "lead" },
        communication: null,
        negotiation: null,
        hardware_technology: { level: 3, source: "self" },
      },
    });
    expect(a2.cells.leadership).toEqual({ level: 1, source: "lead" });
    expect(a2.level).toBe(0);
    expect(Object.values(b.cells).every((c) => c === null)).toBe(true);
    const sw = heatmapResponseSchema.parse((await get(`?field=software&teamId=${f.teams.teamB.id}`)).body);
    expect(sw.rows).toEqual([
      {
        memberId: f.members.memberB.id,
        name: "Member B",
        teamId: f.teams.teamB.id,
        level: 0,
        cells: expect.objectContaining({ software_technology: { level: 5, source: "self" } }),
      },
    ]);
  });

  it("scopes and pages: a lead's teams by default, limit and offset over the total", async () => {
    as(f.actors.leadA);
    const mine = heatmapResponseSchema.parse((await get("?field=facility")).body);
    expect(mine.rows.map((r) => r.teamId)).toEqual([f.teams.teamA.id, f.teams.teamA.id]);
    as(f.actors.admin);
    const all = heatmapResponseSchema.parse((await get("?field=facility")).body);
    expect(all.total).toBe(4);
    const page = heatmapResponseSchema.parse((await get("?field=facility&limit=2&offset=1")).body);
    expect(page.total).toBe(4);
    expect(page.rows).toEqual(all.rows.slice(1, 3));
    const dept = heatmapResponseSchema.parse(
      (await get(`?field=facility&departmentId=${f.departments.dept2.id}`)).body,
    );
    expect(dept.rows.map((r) => r.name)).toEqual(["Member C"]);
  });
});
