// Four eyes on official evidence: whoever wrote a record never approves or rejects it, by any path (one approval,
// several at once, a revision); another lead of the team, the department head or an administrator does, and the
// review queue says so. A record its own author approved anyway (a restored file) does not count.
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import type { CurrentUser } from "@/lib/auth/session";
import { evaluateMembers } from "@/lib/evaluation/current";
import { refreshOfficialEvaluations } from "@/lib/evaluation/refresh";
import { pendingReviewCount, reviewQueue } from "@/lib/db/queries/review";
import { createMember } from "./members";
import { createExam } from "./exams";
import { approveRecord, approveRecords, rejectRecord, reviseRecord, submitRecord } from "./review";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;

beforeAll(() => {
  db = h.db;
  f = h.fixture;
});

const examRow = async (id: number) => (await db.select().from(s.exams).where(eq(s.exams.id, id)))[0];
const hardware = async (memberId: number) =>
  (await evaluateMembers(db, [memberId])).get(memberId)!.evaluation.fields.hardware;
const idOf = (r: { ok: boolean; data?: unknown }) => (r.ok ? (r.data as { id: number }).id : 0);

/** A member without an account in team A, created by lead A. */
async function memberWithoutAccount(name: string): Promise<number> {
  actAs(f.actors.leadA);
  const id = idOf(await createMember({ teamId: f.teams.teamA.id, name }));
  expect(id).toBeGreaterThan(0);
  return id;
}

/** As `author`: an AP exam (exam level 3) for the member, submitted; its ref for the review actions. */
async function submittedExam(author: CurrentUser, memberId: number) {
  actAs(author);
  const id = idOf(await createExam({ memberId, exam: "AP", passedOn: "2024-05-01" }));
  expect(id).toBeGreaterThan(0);
  expect(await submitRecord({ entity: "exam", id, memberId, version: 1 })).toMatchObject({ ok: true });
  return { entity: "exam" as const, id, memberId, version: 2 };
}

describe("four eyes on official evidence", () => {
  it("a lead who records, submits and approves alone is refused: nothing changes, the level stays 0", async () => {
    const memberId = await memberWithoutAccount("No account, four eyes");
    const ref = await submittedExam(f.actors.leadA, memberId);
    expect((await examRow(ref.id)).createdBy).toBe(f.users.leadA.id);

    actAs(f.actors.leadA);
    const approved = await approveRecord({ ...ref, comment: "" });
    expect(approved).toMatchObject({ ok: false, code: "forbidden" });
    expect(approved.ok ? "" : approved.error).toMatch(/you recorded it/);
    expect(await rejectRecord({ ...ref, comment: "no" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await approveRecords({ records: [ref] })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await examRow(ref.id)).reviewState).toBe("submitted");
    expect((await hardware(memberId)).examLevel).toBe(0);

    // The department head approves it: it counts.
    actAs(f.actors.head1);
    expect(await approveRecord({ ...ref, comment: "" })).toMatchObject({ ok: true });
    expect((await hardware(memberId)).examLevel).toBe(3);
  });

  it("another lead of the team and an administrator review what a lead recorded", async () => {
    await db.insert(s.teamLeads).values({ teamId: f.teams.teamA.id, userId: f.users.leadB.id });
    try {
      const secondLead: CurrentUser = { ...f.actors.leadB, leadTeamIds: [f.teams.teamB.id, f.teams.teamA.id] };
      const memberId = await memberWithoutAccount("Second lead reviews");
      const first = await submittedExam(f.actors.leadA, memberId);
      actAs(secondLead);
      expect(await approveRecord({ ...first, comment: "" })).toMatchObject({ ok: true });
      // What the second lead records, the first lead (not the second) reviews.
      const second = await submittedExam(secondLead, memberId);
      actAs(secondLead);
      expect(await rejectRecord({ ...second, comment: "mine" })).toMatchObject({ ok: false, code: "forbidden" });
      actAs(f.actors.leadA);
      expect(await rejectRecord({ ...second, comment: "check the date" })).toMatchObject({ ok: true });
      const third = await submittedExam(f.actors.leadA, memberId);
      actAs(f.actors.admin);
      expect(await approveRecord({ ...third, comment: "" })).toMatchObject({ ok: true });
    } finally {
      await db.delete(s.teamLeads).where(eq(s.teamLeads.userId, f.users.leadB.id));
      await db.insert(s.teamLeads).values({ teamId: f.teams.teamB.id, userId: f.users.leadB.id });
    }
  });

  it("approving several at once is all or none when one of them is the approver's own", async () => {
    const memberId = await memberWithoutAccount("Bulk four eyes");
    const byHead = await submittedExam(f.actors.admin, memberId);
    const byLead = await submittedExam(f.actors.leadA, memberId);
    actAs(f.actors.leadA);
    expect(await approveRecords({ records: [byHead, byLead] })).toMatchObject({ ok: false, code: "forbidden" });
    expect((await examRow(byHead.id)).reviewState).toBe("submitted");
    expect((await examRow(byLead.id)).reviewState).toBe("submitted");
    expect(await approveRecords({ records: [byHead] })).toMatchObject({ ok: true });
  });

  it("a revision is written by whoever asked for the change: they do not approve it", async () => {
    const memberId = await memberWithoutAccount("Revision four eyes");
    const ref = await submittedExam(f.actors.admin, memberId);
    actAs(f.actors.leadA);
    expect(await approveRecord({ ...ref, comment: "" })).toMatchObject({ ok: true });
    const revised = await reviseRecord({ ...ref, version: 3 });
    const revisionId = idOf(revised);
    expect((await examRow(revisionId)).createdBy).toBe(f.users.leadA.id);
    expect(await submitRecord({ entity: "exam", id: revisionId, memberId, version: 1 })).toMatchObject({ ok: true });
    expect(await approveRecord({ entity: "exam", id: revisionId, memberId, version: 2, comment: "" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    actAs(f.actors.head1);
    expect(await approveRecord({ entity: "exam", id: revisionId, memberId, version: 2, comment: "" })).toMatchObject({
      ok: true,
    });
  });

  it("the queue lists the lead's own record with who reviews it, and does not count it as waiting", async () => {
    const memberId = await memberWithoutAccount("Queue four eyes");
    const mine = await submittedExam(f.actors.leadA, memberId);
    const theirs = await submittedExam(f.actors.admin, memberId);
    const before = await pendingReviewCount(db, f.actors.leadA);
    const queue = await reviewQueue(db, f.actors.leadA);
    expect(queue.find((i) => i.entity === "exam" && i.id === mine.id)).toMatchObject({ canReview: false });
    expect(queue.find((i) => i.entity === "exam" && i.id === theirs.id)).toMatchObject({ canReview: true });
    const headQueue = await reviewQueue(db, f.actors.head1);
    expect(headQueue.find((i) => i.entity === "exam" && i.id === mine.id)).toMatchObject({ canReview: true });
    expect(await reviewQueue(db, f.actors.head2)).toEqual([]);
    expect(before).toBe(queue.filter((i) => i.canReview).length);
    expect(await pendingReviewCount(db, f.actors.head1)).toBe(headQueue.filter((i) => i.canReview).length);
  });

  it("a record approved by its own author (say, from a restored file) does not count", async () => {
    const memberId = await memberWithoutAccount("Restored four eyes");
    const ref = await submittedExam(f.actors.leadA, memberId);
    await db
      .update(s.exams)
      .set({ reviewState: "approved", reviewedBy: f.users.leadA.id, reviewedAt: new Date() })
      .where(eq(s.exams.id, ref.id));
    await refreshOfficialEvaluations(db, [memberId]);
    expect((await hardware(memberId)).examLevel).toBe(0);
    // The same record approved by another reviewer counts.
    await db.update(s.exams).set({ reviewedBy: f.users.head1.id }).where(eq(s.exams.id, ref.id));
    await refreshOfficialEvaluations(db, [memberId]);
    expect((await hardware(memberId)).examLevel).toBe(3);
    const stored = await db.select().from(s.memberStandings).where(eq(s.memberStandings.memberId, memberId));
    expect(stored.find((r) => r.field === "hardware")?.examLevel).toBe(3);
  });
});
