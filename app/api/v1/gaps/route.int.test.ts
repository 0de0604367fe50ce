// GET /api/v1/gaps against a real database with only the session mocked: statuses under the policy, 400s that
// name the parameter, and an answer that parses with the response schema and counts what the records say.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import type { Fixture } from "@/lib/testing/fixture";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { gapsResponseSchema } from "@/lib/api/gaps";

const route = await import("./route");
const get = (q: string) => route.GET(new Request(`http://localhost/api/v1/gaps${q}`));

describe("GET /api/v1/gaps", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  const ids = { teamTarget: 0, skillTarget: 0, deptTarget: 0, otherTeamTarget: 0 };
  beforeAll(async () => {
    f = h.fixture;
    const { memberA, memberA2 } = f.members;
    await h.db.insert(s.exams).values([
      { memberId: memberA.id, exam: "AP", reviewState: "approved" },
      { memberId: memberA2.id, exam: "FE", reviewState: "approved" },
    ]);
    await h.db
      .insert(s.skillAssessments)
      .values({ memberId: memberA.id, field: "hardware", item: "leadership", selfLevel: 2, leadLevel: 4 });
    const rows = await h.db
      .insert(s.targets)
      .values([
        { teamId: f.teams.teamA.id, field: "hardware", kind: "level", minLevel: 3, minCount: 2 },
        {
          teamId: f.teams.teamA.id,
          field: "hardware",
          kind: "skill",
          skillItem: "leadership",
          minLevel: 4,
          minCount: 1,
        },
        { departmentId: f.departments.dept1.id, field: "software", kind: "level", minLevel: 2, minCount: 2 },
        { teamId: f.teams.teamC.id, field: "facility", kind: "level", minLevel: 3, minCount: 1 },
      ])
      .returning();
    [ids.teamTarget, ids.skillTarget, ids.deptTarget, ids.otherTeamTarget] = rows.map((r) => r.id);
    await refreshAllStandings(h.db);
  });
  const as = (a: CurrentUser | null) => {
    actAs(a);
  };

  it("401 signed out, 403 for a member, 404 out of reach (like a nonexistent id), 400 naming the parameter", async () => {
    as(null);
    expect((await get(`?teamId=${f.teams.teamA.id}`)).status).toBe(401);
    as(f.actors.memberA);
    expect((await get(`?teamId=${f.teams.teamA.id}`)).status).toBe(403);
    const matrix: [keyof Fixture["actors"], string, number][] = [
      ["admin", `?teamId=${f.teams.teamC.id}`, 200],
      ["head1", `?teamId=${f.teams.teamA.id}`, 200],
      ["head1", `?departmentId=${f.departments.dept1.id}`, 200],
      ["head1", `?teamId=${f.teams.teamC.id}`, 404],
      ["head1", `?departmentId=${f.departments.dept2.id}`, 404],
      ["head2", `?teamId=${f.teams.teamA.id}`, 404],
      ["leadA", `?teamId=${f.teams.teamA.id}`, 200],
      ["leadA", `?teamId=${f.teams.teamB.id}`, 404],
      ["leadA", `?departmentId=${f.departments.dept1.id}`, 404],
      ["admin", "?teamId=999999", 404],
    ];
    for (const [who, q, status] of matrix) {
      as(f.actors[who]);
      const res = await get(q);
      expect(res.status, `${who} ${q}`).toBe(status);
      if (status === 404) expect(await res.json()).toEqual({ error: "No such team or department." });
    }
    as(f.actors.admin);
    for (const [q, word] of [
      ["?teamId=abc", "teamId"],
      ["?teamId=0", "teamId"],
      ["?departmentId=-3", "departmentId"],
      ["?teamId=1&departmentId=1", "teamId"],
      ["?teamId=1.5", "teamId"],
    ]) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect((await res.json()).error, q).toMatch(word);
    }
  });

  it("a team: its targets with actual and met, and its single points of failure, in the documented shape", async () => {
    as(f.actors.leadA);
    const res = await get(`?teamId=${f.teams.teamA.id}`);
    const body = gapsResponseSchema.parse(await res.json());
    // Team A: memberA level 3 (AP), memberA2 level 2 (FE) in hardware; memberA's lead rating 4 in leadership.
    expect(body.targets).toEqual([
      {
        id: ids.teamTarget,
        teamId: f.teams.teamA.id,
        departmentId: null,
        field: "hardware",
        kind: "level",
        skillItem: null,
        minLevel: 3,
        minCount: 2,
        actual: 1,
        selfRatedNotConfirmed: 0,
        met: false,
      },
      {
        id: ids.skillTarget,
        teamId: f.teams.teamA.id,
        departmentId: null,
        field: "hardware",
        kind: "skill",
        skillItem: "leadership",
        minLevel: 4,
        minCount: 1,
        actual: 1,
        selfRatedNotConfirmed: 0,
        met: true,
      },
    ]);
    // Leadership at 4 is held by memberA alone; the hardware level is judged at the target's 3, held by memberA alone.
    expect(body.singlePoints).toEqual([
      { teamId: f.teams.teamA.id, field: "hardware", item: null, minLevel: 3, memberId: f.members.memberA.id },
      { teamId: f.teams.teamA.id, field: "hardware", item: "leadership", minLevel: 4, memberId: f.members.memberA.id },
    ]);
  });

  it("a department: the department's own target counted over all its teams, the other department's left out", async () => {
    as(f.actors.head1);
    const body = gapsResponseSchema.parse(await (await get(`?departmentId=${f.departments.dept1.id}`)).json());
    expect(body.targets.map((t) => t.id).sort()).toEqual([ids.teamTarget, ids.skillTarget, ids.deptTarget].sort());
    // Software level ≥ 2 (exams count in every field): memberA (AP → 3) and memberA2 (FE → 2); memberB has none.
    expect(body.targets.find((t) => t.id === ids.deptTarget)).toEqual({
      id: ids.deptTarget,
      teamId: null,
      departmentId: f.departments.dept1.id,
      field: "software",
      kind: "level",
      skillItem: null,
      minLevel: 2,
      minCount: 2,
      actual: 2,
      selfRatedNotConfirmed: 0,
      met: true,
    });
    // Worst first: the unmet team target leads.
    expect(body.targets[0].id).toBe(ids.teamTarget);
    // Without parameters a head reads their department.
    expect(gapsResponseSchema.parse(await (await get("")).json())).toEqual(body);
  });
});
