// Nobody's own records count when they approved or rated them, in either order: approving after the account is
// linked is refused by the policy, and linking an account that reviewed or rated the member's records is refused
// (and, should such a link exist anyway — an old restore — those records still do not count).
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { evaluateMembers } from "@/lib/evaluation/current";
import { refreshOfficialEvaluations } from "@/lib/evaluation/refresh";
import { readMemberRecords } from "@/lib/db/queries/evidence";
import { countingAssessments } from "@/lib/evaluation/evidence";
import type { CurrentUser } from "@/lib/auth/session";
import { createMember, updateMember } from "./members";
import { createExam } from "./exams";
import { setSkillRating } from "./skills";
import { approveRecord, submitRecord } from "./review";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;

beforeAll(async () => {
  db = h.db;
  f = h.fixture;
});

const hardware = async (memberId: number) =>
  (await evaluateMembers(db, [memberId])).get(memberId)!.evaluation.fields.hardware;
const memberRow = async (id: number) => (await db.select().from(s.members).where(eq(s.members.id, id)))[0];
const examRow = async (id: number) => (await db.select().from(s.exams).where(eq(s.exams.id, id)))[0];
const idOf = (r: { ok: boolean; data?: unknown }) => (r.ok ? (r.data as { id: number }).id : 0);

/** As `actor`: an AP exam (exam level 3) for the member, submitted and approved by `approver`. */
async function approvedExam(actor: CurrentUser, approver: CurrentUser, memberId: number) {
  actAs(actor);
  const created = await createExam({ memberId, exam: "AP", passedOn: "2024-05-01" });
  expect(created).toMatchObject({ ok: true });
  const id = idOf(created);
  expect(await submitRecord({ entity: "exam", id, memberId, version: (await examRow(id)).version })).toMatchObject({
    ok: true,
  });
  actAs(approver);
  return { id, approve: () => approveRecord({ entity: "exam", id, memberId, version: 2 }) };
}

describe("self-approval never counts", () => {
  it("approve first, link later: a lead approves a member without account, then linking their own account is refused", async () => {
    const lead = f.actors.leadA;
    actAs(lead);
    const created = await createMember({ teamId: f.teams.teamA.id, name: "Lead A, privately" });
    const memberId = idOf(created);
    const exam = await approvedExam(f.actors.admin, lead, memberId); // four eyes: someone else recorded it
    expect(await exam.approve()).toMatchObject({ ok: true });
    actAs(lead);
    expect(
      await setSkillRating({ memberId, field: "hardware", item: "technology", rater: "lead", level: 4, version: null }),
    ).toMatchObject({ ok: true });
    expect((await hardware(memberId)).level).toBe(3);

    const link = await updateMember({
      id: memberId,
      version: (await memberRow(memberId)).version,
      name: "Lead A, privately",
      userId: f.users.leadA.id,
    });
    expect(link).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { userId: expect.stringMatching(/approved, rejected or rated 2 of this member's records/) },
    });
    expect((await memberRow(memberId)).userId).toBeNull();
    // Another account that never reviewed them may be linked.
    expect(
      await updateMember({
        id: memberId,
        version: (await memberRow(memberId)).version,
        name: "Lead A, privately",
        userId: f.users.memberUserA.id,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { userId: expect.stringMatching(/already linked/) } });
  });

  it("a link made anyway (say by an old restore) does not make self-approved records or self-given lead ratings count", async () => {
    actAs(f.actors.leadA);
    const memberId = idOf(await createMember({ teamId: f.teams.teamA.id, name: "Restored self" }));
    const exam = await approvedExam(f.actors.admin, f.actors.leadA, memberId);
    expect(await exam.approve()).toMatchObject({ ok: true });
    actAs(f.actors.leadA);
    expect(
      await setSkillRating({ memberId, field: "hardware", item: "technology", rater: "lead", level: 4, version: null }),
    ).toMatchObject({ ok: true });
    await db.update(s.members).set({ userId: f.users.leadA.id }).where(eq(s.members.id, memberId));
    try {
      const e = await hardware(memberId);
      expect(e.examLevel).toBe(0);
      expect(e.level).toBe(0);
      await refreshOfficialEvaluations(db, [memberId]);
      const [last] = (
        await db
          .select()
          .from(s.evaluationSnapshots)
          .where(eq(s.evaluationSnapshots.memberId, memberId))
          .orderBy(s.evaluationSnapshots.id)
      )
        .filter((x) => x.field === "hardware")
        .slice(-1);
      expect(last).toMatchObject({ field: "hardware", level: 0, examLevel: 0 });
      // The lead rating they gave (before the link) is no lead rating of their own member.
      const records = (await readMemberRecords(db, [memberId], "evaluation")).get(memberId)!;
      expect(records.assessments.find((a) => a.item === "technology")?.leadLevel).toBe(4);
      expect(countingAssessments(records).find((a) => a.item === "technology")?.leadLevel).toBeNull();
    } finally {
      await db.update(s.members).set({ userId: null, archivedAt: new Date() }).where(eq(s.members.id, memberId));
    }
  });

  it("link first, approve later: the policy refuses; unlinking to approve and linking again is refused", async () => {
    actAs(f.actors.leadA);
    const memberId = idOf(
      await createMember({ teamId: f.teams.teamA.id, name: "Lead A, linked", userId: f.users.leadA.id }),
    );
    expect(memberId).toBeGreaterThan(0);
    const self = { ...f.actors.leadA, memberId };
    const exam = await approvedExam(f.actors.admin, self, memberId);
    expect(await exam.approve()).toMatchObject({ ok: false, code: "forbidden" });
    expect((await examRow(exam.id)).reviewState).toBe("submitted");
    // Unlink, approve as a mere lead of the team, then try to link again.
    actAs(f.actors.leadA);
    expect(
      await updateMember({
        id: memberId,
        version: (await memberRow(memberId)).version,
        name: "Lead A, linked",
        userId: null,
      }),
    ).toMatchObject({ ok: true });
    expect(await approveRecord({ entity: "exam", id: exam.id, memberId, version: 2 })).toMatchObject({ ok: true });
    const relink = await updateMember({
      id: memberId,
      version: (await memberRow(memberId)).version,
      name: "Lead A, linked",
      userId: f.users.leadA.id,
    });
    expect(relink).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { userId: expect.stringMatching(/approved, rejected or rated 1 of/) },
    });
  });

  it("the same holds for an administrator", async () => {
    await db.update(s.users).set({ departmentId: f.departments.dept1.id }).where(eq(s.users.id, f.users.admin.id));
    const admin = { ...f.actors.admin, departmentId: f.departments.dept1.id };
    actAs(admin);
    const memberId = idOf(await createMember({ teamId: f.teams.teamB.id, name: "Admin, privately" }));
    const exam = await approvedExam(f.actors.leadB, admin, memberId);
    expect(await exam.approve()).toMatchObject({ ok: true });
    actAs(admin);
    const link = await updateMember({
      id: memberId,
      version: (await memberRow(memberId)).version,
      name: "Admin, privately",
      userId: f.users.admin.id,
    });
    expect(link).toMatchObject({ ok: false, code: "validation", fieldErrors: { userId: expect.any(String) } });
    await db.update(s.users).set({ departmentId: null }).where(eq(s.users.id, f.users.admin.id));
  });
});
