// GET /api/v1/reviews against a real database with only the session mocked: the queue's policy (401, 403 for a
// member, 404 out of reach, 400 naming the parameter), the answer's shape (the response schema), the records each
// reviewer may review (never their own), paging, and the impact of an approval that raises a level and meets a target.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { reviewsResponseSchema } from "@/lib/api/reviews";
import { SPECIALTY_AREAS } from "@/lib/itss/fields";
import { COMPLEXITY_OF } from "@/lib/itss/record-options";

const route = await import("./route");
const get = (q: string) => route.GET(new Request(`http://localhost/api/v1/reviews${q}`));
const body = async (q: string) => reviewsResponseSchema.parse(await (await get(q)).json());

describe("GET /api/v1/reviews", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  const ids = { exam: 0, specialty: 0, own: 0, teamC: 0, target: 0, certification: 0 };
  beforeAll(async () => {
    f = h.fixture;
    const { memberA, memberA2, memberC } = f.members;
    const approved = { reviewState: "approved" as const, reviewedBy: f.users.admin.id };
    // Member A2: a completed level-3 hardware project approved; a submitted specialty area of level 3 gives 0 → 3.
    await h.db.insert(s.projects).values({
      memberId: memberA2.id,
      name: "Storage migration",
      field: "hardware",
      role: "member",
      status: "completed",
      successful: true,
      complexity: COMPLEXITY_OF.hardware.slice(0, 2),
      scope: "specific_users",
      ...approved,
    });
    const [sp] = await h.db
      .insert(s.specialties)
      .values({
        memberId: memberA2.id,
        field: "hardware",
        area: SPECIALTY_AREAS.hardware[3][0],
        reviewState: "submitted",
      })
      .returning();
    ids.specialty = sp.id;
    // Member A: a submitted FE exam (0 → 2 in every field), and one the lead wrote (never theirs to review).
    const [ex] = await h.db
      .insert(s.exams)
      .values({ memberId: memberA.id, exam: "FE", reviewState: "submitted" })
      .returning();
    ids.exam = ex.id;
    const [own] = await h.db
      .insert(s.exams)
      .values({ memberId: memberA.id, exam: "IP", reviewState: "submitted", createdBy: f.users.leadA.id })
      .returning();
    ids.own = own.id;
    const [cert] = await h.db
      .insert(s.certifications)
      .values({ memberId: memberA.id, name: "CCNA", reviewState: "submitted" })
      .returning();
    ids.certification = cert.id;
    const [c] = await h.db
      .insert(s.mentorings)
      .values({ memberId: memberC.id, field: "facility", mentee: "Someone", reviewState: "submitted" })
      .returning();
    ids.teamC = c.id;
    const [t] = await h.db
      .insert(s.targets)
      .values({ teamId: f.teams.teamA.id, field: "hardware", kind: "level", minLevel: 3, minCount: 1 })
      .returning();
    ids.target = t.id;
    await refreshAllStandings(h.db);
  });

  it("401 signed out, 403 for a member, 404 out of reach (like a nonexistent id), 400 naming the parameter", async () => {
    actAs(null);
    expect((await get("")).status).toBe(401);
    actAs(f.actors.memberA);
    expect((await get("")).status).toBe(403);
    const matrix: [keyof Fixture["actors"], string, number][] = [
      ["admin", `?teamId=${f.teams.teamC.id}`, 200],
      ["head1", `?departmentId=${f.departments.dept1.id}`, 200],
      ["head1", `?teamId=${f.teams.teamC.id}`, 404],
      ["head1", `?departmentId=${f.departments.dept2.id}`, 404],
      ["leadA", `?teamId=${f.teams.teamA.id}`, 200],
      ["leadA", `?teamId=${f.teams.teamB.id}`, 404],
      ["leadA", `?departmentId=${f.departments.dept1.id}`, 404],
      ["admin", "?teamId=999999", 404],
    ];
    for (const [who, q, status] of matrix) {
      actAs(f.actors[who]);
      expect((await get(q)).status, `${who} ${q}`).toBe(status);
    }
    actAs(f.actors.admin);
    const bad = await get("?limit=0");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/limit/);
    expect((await get(`?teamId=1&departmentId=1`)).status).toBe(400);
  });

  it("lists the records the caller may review, each with what approving it changes", async () => {
    actAs(f.actors.leadA);
    const r = await body("");
    // Team A's records, not the lead's own exam, not team C's, no certification.
    expect(r.items.map((i) => `${i.kind}:${i.id}`).sort()).toEqual(
      [`exam:${ids.exam}`, `specialty:${ids.specialty}`].sort(),
    );
    expect(r.total).toBe(2);
    const sp = r.items.find((i) => i.kind === "specialty")!;
    expect(sp).toMatchObject({
      memberId: f.members.memberA2.id,
      field: "hardware",
      revisionOf: null,
      impact: {
        levels: [{ field: "hardware", before: 0, after: 3 }],
        satisfies: ["specialty"],
        targetsMet: [ids.target],
      },
    });
    const ex = r.items.find((i) => i.kind === "exam")!;
    expect(ex.field).toBeNull();
    expect(ex.impact.levels).toEqual(
      (["hardware", "software", "facility"] as const).map((field) => ({ field, before: 0, after: 2 })),
    );
    // FE gives level 2: below the target's level 3, so no target.
    expect(ex.impact.targetsMet).toEqual([]);
    expect(ex.impact.satisfies).toEqual([]);

    actAs(f.actors.admin);
    const all = await body("");
    expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining([ids.own, ids.teamC]));
    expect(all.total).toBe(4);
    const mentoring = all.items.find((i) => i.kind === "mentoring")!;
    // Member C has no project: mentoring raises no level and is no item of the path to level 3.
    expect(mentoring.impact).toEqual({ levels: [], satisfies: [], targetsMet: [] });
  });

  it("pages: limit and offset over the whole list, the total on every page", async () => {
    actAs(f.actors.admin);
    const all = await body("");
    const pages = [await body("?limit=3"), await body("?limit=3&offset=3"), await body("?limit=3&offset=6")];
    expect(pages.map((p) => p.total)).toEqual([4, 4, 4]);
    expect(pages.flatMap((p) => p.items.map((i) => `${i.kind}:${i.id}`))).toEqual(
      all.items.map((i) => `${i.kind}:${i.id}`),
    );
    expect(pages[2].items).toEqual([]);
    expect((await body(`?teamId=${f.teams.teamC.id}`)).items.map((i) => i.id)).toEqual([ids.teamC]);
  });
});
