// The dashboard reads the read model: its numbers equal the same numbers recomputed from the records (the engine on
// each member's evidence), for a lead, a head and an admin; the teams table sorts and paginates.
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import { isNull } from "drizzle-orm";
import * as s from "../schema";
import { exams, projects, specialties, targets } from "../schema";
import type { Fixture } from "../../testing/fixture";
import { refreshAllStandings } from "../../evaluation/refresh";
import { evaluateMembers } from "../../evaluation/current";
import { levelDistribution as distributionOf, targetStatus } from "../../targets/status";
import { loadDashboard } from "./dashboard";
import { parseDashboardParams } from "../../search-params/dashboard";
import { reviewQueue } from "./review";

describe("dashboard", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
    const { memberA, memberA2, memberB } = f.members;
    await h.db.insert(exams).values([
      { memberId: memberA.id, exam: "AP", reviewState: "approved" },
      { memberId: memberA2.id, exam: "FE", reviewState: "approved" },
      { memberId: memberB.id, exam: "AP", reviewState: "submitted" },
    ]);
    await h.db.insert(projects).values({
      memberId: memberA2.id,
      field: "hardware",
      name: "P",
      role: "member",
      status: "completed",
      complexity: [],
      scope: "specific_users",
      reviewState: "submitted",
    });
    await h.db
      .insert(specialties)
      .values({ memberId: memberA2.id, field: "hardware", area: "first_support_contact", reviewState: "submitted" });
    await h.db.insert(targets).values([
      { teamId: f.teams.teamA.id, field: "hardware", kind: "level", minLevel: 3, minCount: 2 },
      { departmentId: f.departments.dept1.id, field: "software", kind: "level", minLevel: 2, minCount: 1 },
      { teamId: f.teams.teamC.id, field: "facility", kind: "level", minLevel: 3, minCount: 1 },
    ]);
    await refreshAllStandings(h.db);
  });

  /** Evaluations of the given teams' active members, straight from their records. */
  async function fromRecords(teamIds: number[]) {
    const ms = (await h.db.select().from(s.members).where(isNull(s.members.archivedAt))).filter((m) =>
      teamIds.includes(m.teamId),
    );
    const evals = await evaluateMembers(
      h.db,
      ms.map((m) => m.id),
    );
    return ms.map((m) => ({ teamId: m.teamId, evaluation: evals.get(m.id)!.evaluation, proficiency: {} }));
  }

  it("shows a lead only their team, with its level distribution, targets and pending reviews", async () => {
    const d = await loadDashboard(h.db, f.actors.leadA);
    expect(d.teams.rows.map((t) => t.name)).toEqual(["Team A"]);
    const members = await fromRecords([f.teams.teamA.id]);
    const distribution = distributionOf(
      members.map((m) => m.evaluation),
      "hardware",
      5,
    );
    expect(d.teams.rows[0].distribution).toEqual(distribution);
    expect(distribution).toEqual([0, 0, 1, 1, 0, 0]); // FE → 2, AP → 3
    const [row] = await h.db.select().from(targets).where(isNull(targets.departmentId));
    const expected = targetStatus({ ...row, kind: row.kind, skillItem: null }, members);
    expect(d.teams.rows[0].targets[0]).toMatchObject({
      actual: expected.have,
      oneAway: expected.oneAway,
      gap: expected.gap,
      met: expected.met,
    });
    expect(d.teams.rows[0].targets[0]).toMatchObject({ actual: 1, oneAway: 1, gap: 1, met: false });
    expect(d.departmentTargets).toEqual([]); // a lead does not read the department as a whole
    expect(d.totals).toMatchObject({ teams: 1, members: 2, targetsMet: 0, targetsTotal: 1, membersMissing: 1 });
    expect(d.pendingReviews).toBe(2); // memberA2's project and specialty; memberB's exam is another team's
  });

  it("shows a head every team of the department, department totals and targets, nothing of another department", async () => {
    const d = await loadDashboard(h.db, f.actors.head1);
    expect(d.teams.rows.map((t) => t.name).sort()).toEqual(["Team A", "Team B"]);
    expect(d.departmentTargets).toHaveLength(1);
    const members = await fromRecords([f.teams.teamA.id, f.teams.teamB.id]);
    const dept = targetStatus(
      { id: 0, field: "software", kind: "level", skillItem: null, minLevel: 2, minCount: 1 },
      members,
    );
    expect(d.departmentTargets[0]).toMatchObject({ actual: dept.have, met: true });
    expect(d.departmentTargets[0].actual).toBe(2); // only approved exams count
    for (const field of ["hardware", "software", "facility"] as const) {
      expect(d.distribution[field]).toEqual(
        distributionOf(
          members.map((m) => m.evaluation),
          field,
          field === "facility" ? 6 : 5,
        ),
      );
    }
    expect(d.totals).toMatchObject({ teams: 2, members: 3, targetsTotal: 2, targetsMet: 1, membersMissing: 1 });
    expect(d.worstGaps.map((t) => t.teamId)).toEqual([f.teams.teamA.id]);
    expect(d.pendingReviews).toBeNull(); // a head's dashboard does not show the queue's count (the department's whole queue)
  });

  it("sorts and paginates the teams table from the URL, falling back on bad values", async () => {
    const byName = await loadDashboard(h.db, f.actors.admin, parseDashboardParams({ sort: "name", dir: "asc" }));
    expect(byName.teams.rows.map((t) => t.name)).toEqual(["Team A", "Team B", "Team C"]);
    const desc = await loadDashboard(h.db, f.actors.admin, parseDashboardParams({ sort: "name", dir: "desc" }));
    expect(desc.teams.rows.map((t) => t.name)).toEqual(["Team C", "Team B", "Team A"]);
    const byMembers = await loadDashboard(h.db, f.actors.admin, parseDashboardParams({ sort: "members", dir: "desc" }));
    expect(byMembers.teams.rows[0].name).toBe("Team A");
    const byGap = await loadDashboard(h.db, f.actors.admin, parseDashboardParams({}));
    expect(byGap.teams.rows.map((t) => [t.name, t.gap])).toEqual([
      ["Team A", 1],
      ["Team C", 1],
      ["Team B", 0],
    ]);
    expect(parseDashboardParams({ sort: "drop table", dir: "up", page: "-1", size: "7" })).toEqual({
      sort: "gap",
      dir: "desc",
      page: 1,
      size: 25,
    });
    const beyond = await loadDashboard(h.db, f.actors.admin, parseDashboardParams({ page: "2" }));
    expect(beyond.teams).toEqual({ rows: [], total: 3 });
  });

  it("counts the same pending records as the lead's review queue: never the lead's own", async () => {
    const leadWhoIsMember = { ...f.actors.leadA, memberId: f.members.memberA2.id };
    const d = await loadDashboard(h.db, leadWhoIsMember);
    expect(d.pendingReviews).toBe(0); // memberA2's records are their own
    expect((await reviewQueue(h.db, leadWhoIsMember)).length).toBe(0);
    const lead = await loadDashboard(h.db, f.actors.leadA);
    expect(lead.pendingReviews).toBe((await reviewQueue(h.db, f.actors.leadA)).length);
    expect(lead.pendingReviews).toBeGreaterThan(0);
    expect((await loadDashboard(h.db, f.actors.admin)).pendingReviews).toBeNull();
  });

  it("gives a member no teams", async () => {
    expect((await loadDashboard(h.db, f.actors.memberA)).teams.rows).toEqual([]);
  });
});
