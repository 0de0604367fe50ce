// GET /api/v1/staffing against a real database (session mocked): 401, 403, 400 naming the parameter, 404 out of
// scope, and 200 answers that parse with the response schema and hold the right members.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { eq } from "drizzle-orm";
import * as s from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import type { Fixture } from "@/lib/testing/fixture";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { staffingResponseSchema } from "@/lib/api/staffing";

const route = await import("./route");
const get = (query: string) => route.GET(new Request(`http://localhost/api/v1/staffing?${query}`));

describe("GET /api/v1/staffing", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  let archived: number;
  beforeAll(async () => {
    f = h.fixture;
    const lp: Omit<typeof s.projects.$inferInsert, "memberId" | "name"> = {
      field: "hardware",
      role: "leader",
      status: "completed",
      successful: true,
      complexity: ["multi_platform", "multi_vendor"],
      scope: "wide_area_team",
      reviewState: "approved",
    };
    // memberA: hardware level 3 (one level-4 project, a level-3 specialty); memberA2: level 0 with a lead-rated technology 2.
    await h.db.insert(s.projects).values([
      { ...lp, memberId: f.members.memberA.id, name: "P1" },
      { ...lp, memberId: f.members.memberA.id, name: "Now", status: "ongoing", successful: false },
    ]);
    await h.db.insert(s.specialties).values({
      memberId: f.members.memberA.id,
      field: "hardware",
      area: "first_support_contact",
      reviewState: "approved",
    });
    await h.db.insert(s.skillAssessments).values([
      { memberId: f.members.memberA.id, field: "hardware", item: "technology", selfLevel: 4 },
      { memberId: f.members.memberA2.id, field: "hardware", item: "technology", selfLevel: 1, leadLevel: 2 },
    ]);
    // An archived member of team A who would qualify for anything.
    const [gone] = await h.db
      .insert(s.members)
      .values({ teamId: f.teams.teamA.id, name: "Gone", archivedAt: new Date() })
      .returning();
    archived = gone.id;
    await h.db.insert(s.exams).values({ memberId: gone.id, exam: "AP", reviewState: "approved" });
    await refreshAllStandings(h.db);
  });
  const as = (actor: CurrentUser | null) => {
    actAs(actor);
  };

  it("401 signed out, 403 for a member (the page's policy)", async () => {
    as(null);
    expect((await get("field=hardware")).status).toBe(401);
    as(f.actors.memberA);
    const res = await get("field=hardware");
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: "You may not plan staffing." });
  });

  it("400 with a message naming the parameter", async () => {
    as(f.actors.leadA);
    const cases: [string, RegExp][] = [
      ["", /^field is required/],
      ["field=hr", /^field must be/],
      ["field=hardware&minLevel=0", /minLevel must be at least 1/],
      ["field=hardware&minLevel=6", /minLevel must be from 1 to 5 for Hardware/],
      ["field=software&skill=technology:x", /skill "technology:x" must be item:level/],
      ["field=software&skill=hardware_technology:2", /skill "hardware_technology" is not a skill item of Software/],
      ["field=hardware&limit=501", /limit must be at most 500/],
      ["field=hardware&offset=-1", /offset must be at least 0/],
      ["field=hardware&teamId=abc", /teamId must be a positive whole number/],
      ["field=hardware&teamId=1&departmentId=1", /give teamId or departmentId, not both/],
    ];
    for (const [q, message] of cases) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect((await res.json()).error, q).toMatch(message);
    }
  });

  it("404 for a team or department out of reach, like one that does not exist", async () => {
    as(f.actors.leadA);
    expect((await get(`field=hardware&teamId=${f.teams.teamB.id}`)).status).toBe(404);
    expect((await get(`field=hardware&departmentId=${f.departments.dept1.id}`)).status).toBe(404);
    as(f.actors.head1);
    expect((await get(`field=hardware&teamId=${f.teams.teamC.id}`)).status).toBe(404);
    expect((await get("field=hardware&teamId=999999")).status).toBe(404);
  });

  it("200: qualified before close with what is missing, in the actor's scope, never archived", async () => {
    as(f.actors.leadA);
    // By default memberA's own rating of 4 is self-rated, not confirmed: one requirement short, not qualified.
    const unconfirmed = staffingResponseSchema.parse(
      await (await get("field=hardware&minLevel=3&skill=technology:3")).json(),
    );
    expect(unconfirmed).toMatchObject({ total: 1, qualified: 0 });
    expect(unconfirmed.candidates[0]).toMatchObject({
      memberId: f.members.memberA.id,
      match: "close",
      missing: [{ kind: "skill", item: "technology", need: 3, have: 4, source: "self", counts: false }],
    });
    // With the organisation counting self-ratings (an administrator's setting), it qualifies.
    await h.db.update(s.organisationSettings).set({ countSelfRatings: true });
    const res = await get("field=hardware&minLevel=3&skill=technology:3");
    expect(res.status).toBe(200);
    const body = staffingResponseSchema.parse(await res.json());
    expect(body).toMatchObject({ field: "hardware", total: 1, qualified: 1, limit: 100, offset: 0 });
    expect(body.candidates).toEqual([
      {
        memberId: f.members.memberA.id,
        name: f.members.memberA.name,
        teamId: f.teams.teamA.id,
        match: "qualified",
        level: 3,
        ongoingProjects: 1,
        missing: [],
      },
    ]);

    const close = staffingResponseSchema.parse(await (await get("field=hardware&skill=technology:3")).json());
    expect(close.candidates.map((c) => [c.memberId, c.match])).toEqual([
      [f.members.memberA.id, "qualified"],
      [f.members.memberA2.id, "close"],
    ]);
    expect(close.candidates[1].missing).toEqual([
      { kind: "skill", item: "technology", need: 3, have: 2, source: "lead", counts: true },
    ]);
    await h.db.update(s.organisationSettings).set({ countSelfRatings: false });

    as(f.actors.head1);
    const all = staffingResponseSchema.parse(await (await get("field=software")).json());
    expect(all.candidates.map((c) => c.memberId).sort()).toEqual(
      [f.members.memberA.id, f.members.memberA2.id, f.members.memberB.id].sort(),
    );
    as(f.actors.admin);
    const org = staffingResponseSchema.parse(await (await get("field=software&limit=2&offset=1")).json());
    expect(org.total).toBe(4);
    expect(org.candidates).toHaveLength(2);
    expect(org.candidates.some((c) => c.memberId === archived)).toBe(false);
    const [row] = await h.db.select().from(s.memberStandings).where(eq(s.memberStandings.memberId, archived));
    expect(row).toBeDefined(); // the read model holds the archived member; the query leaves them out
  });
});
