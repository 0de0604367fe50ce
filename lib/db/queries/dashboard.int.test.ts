import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb } from "../test-db";
import type { DbHandle } from "../client";
import { exams, projects, specialties, targets } from "../schema";
import { buildFixture, type Fixture } from "../../testing/fixture";
import { loadDashboard } from "./dashboard";
import { reviewQueue } from "./review";

describe("dashboard", () => {
  let h: DbHandle;
  let f: Fixture;
  beforeAll(async () => {
    h = await createTestDb();
    f = await buildFixture(h.db);
    const { memberA, memberA2, memberB } = f.members;
    await h.db.insert(exams).values([
      { memberId: memberA.id, exam: "AP", reviewState: "approved" },
      { memberId: memberA2.id, exam: "FE", reviewState: "approved" },
      { memberId: memberB.id, exam: "AP", reviewState: "submitted" },
    ]);
    await h.db.insert(projects).values({ memberId: memberA2.id, field: "hardware", name: "P", role: "member", status: "completed", complexity: [], scope: "specific_users", reviewState: "submitted" });
    await h.db.insert(specialties).values({ memberId: memberA2.id, field: "hardware", area: "first_support_contact", reviewState: "submitted" });
    await h.db.insert(targets).values([
      { teamId: f.teams.teamA.id, field: "hardware", kind: "level", minLevel: 3, minCount: 2 },
      { departmentId: f.departments.dept1.id, field: "software", kind: "level", minLevel: 2, minCount: 1 },
      { teamId: f.teams.teamC.id, field: "facility", kind: "level", minLevel: 3, minCount: 1 },
    ]);
  });
  afterAll(async () => h.close());

  it("shows a lead only their team, with its level distribution, targets and pending reviews", async () => {
    const d = await loadDashboard(h.db, f.actors.leadA);
    expect(d.teams.map((t) => t.name)).toEqual(["Team A"]);
    expect(d.teams[0].distribution).toEqual([0, 0, 1, 1, 0, 0]); // FE → 2, AP → 3
    expect(d.teams[0].targets[0]).toMatchObject({ have: 1, oneAway: 1, gap: 1, met: false });
    expect(d.pendingReviews).toBe(2); // memberA2's project and specialty; memberB's exam is another team's
  });

  it("shows a head every team of the department and the department targets, nothing of another department", async () => {
    const d = await loadDashboard(h.db, f.actors.head1);
    expect(d.teams.map((t) => t.name)).toEqual(["Team A", "Team B"]);
    expect(d.departmentTargets).toHaveLength(1);
    expect(d.departmentTargets[0]).toMatchObject({ have: 2, met: true }); // only approved exams count
    expect(d.pendingReviews).toBe(0);
  });

  it("counts the same pending records as the lead's review queue: never the lead's own", async () => {
    const leadWhoIsMember = { ...f.actors.leadA, memberId: f.members.memberA2.id };
    const d = await loadDashboard(h.db, leadWhoIsMember);
    expect(d.pendingReviews).toBe(0); // memberA2's records are their own
    expect((await reviewQueue(h.db, leadWhoIsMember)).length).toBe(0);
    const admin = await loadDashboard(h.db, f.actors.admin);
    expect(admin.pendingReviews).toBe((await reviewQueue(h.db, f.actors.admin)).length);
    expect(admin.pendingReviews).toBe(3);
  });

  it("gives a member no teams", async () => {
    expect((await loadDashboard(h.db, f.actors.memberA)).teams).toEqual([]);
  });
});
