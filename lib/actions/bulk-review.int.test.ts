// Bulk review from the queue: the selection is approved or rejected in one transaction, all or nothing. A record that
// changed since the queue was loaded, or one the reviewer wrote (four eyes), is named in the refusal and nothing is
// written; a bulk rejection needs a comment, which each member then reads. The queue's filters and pages, in SQL.
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import type { CurrentUser } from "@/lib/auth/session";
import { memberWithRecords } from "@/lib/db/queries/records";
import { reviewFilterOptions, reviewQueue, reviewQueueTotal } from "@/lib/db/queries/review";
import { createExam } from "./exams";
import { createProject } from "./projects";
import { approveRecords, rejectRecords, submitRecord } from "./review";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;

beforeAll(() => {
  db = h.db;
  f = h.fixture;
});

type Ref = { entity: "exam" | "project"; id: number; memberId: number; version: number };
const idOf = (r: { ok: boolean; data?: unknown }) => (r.ok ? (r.data as { id: number }).id : 0);

/** As `author`: a submitted exam of the member (its ref at the submitted version). */
async function submittedExam(author: CurrentUser, memberId: number, exam: "AP" | "FE"): Promise<Ref> {
  actAs(author);
  const id = idOf(await createExam({ memberId, exam, passedOn: "2024-05-01" }));
  expect(id).toBeGreaterThan(0);
  expect(await submitRecord({ entity: "exam", id, memberId, version: 1 })).toMatchObject({ ok: true });
  return { entity: "exam", id, memberId, version: 2 };
}

async function submittedProject(author: CurrentUser, memberId: number, name: string): Promise<Ref> {
  actAs(author);
  const id = idOf(
    await createProject({
      memberId,
      field: "hardware",
      name,
      role: "leader",
      status: "completed",
      successful: true,
      complexity: ["multi_platform", "multi_vendor"],
      scope: "specific_users",
    }),
  );
  expect(id).toBeGreaterThan(0);
  expect(await submitRecord({ entity: "project", id, memberId, version: 1 })).toMatchObject({ ok: true });
  return { entity: "project", id, memberId, version: 2 };
}

const states = async (refs: Ref[]) =>
  Promise.all(
    refs.map(async (r) => {
      const t = r.entity === "exam" ? s.exams : s.projects;
      const [row] = await db.select().from(t).where(eq(t.id, r.id));
      return { state: row.reviewState, version: row.version, comment: row.reviewComment };
    }),
  );
const reviewAudits = async (refs: Ref[]) => {
  const rows = await db
    .select({ action: s.auditLog.action, entity: s.auditLog.entity, entityId: s.auditLog.entityId })
    .from(s.auditLog)
    .where(
      and(
        inArray(s.auditLog.action, ["approve", "reject"]),
        inArray(
          s.auditLog.entityId,
          refs.map((r) => String(r.id)),
        ),
      ),
    );
  return rows.filter((a) => refs.some((r) => r.entity === a.entity && String(r.id) === a.entityId));
};
const snapshotCount = async (memberId: number) =>
  (await db.select().from(s.evaluationSnapshots).where(eq(s.evaluationSnapshots.memberId, memberId))).length;

describe("bulk approve: all or nothing", () => {
  it("a stale version among three: nothing is written and the refusal names that record", async () => {
    const memberA = f.members.memberA.id;
    const a = await submittedExam(f.actors.memberA, memberA, "FE");
    const b = await submittedProject(f.actors.memberA, memberA, "Stale rack migration");
    const c = await submittedExam(f.actors.memberA, memberA, "AP");
    const snapshots = await snapshotCount(memberA);
    const examLevel = async () =>
      (
        await db
          .select()
          .from(s.memberStandings)
          .where(and(eq(s.memberStandings.memberId, memberA), eq(s.memberStandings.field, "hardware")))
      )[0]?.examLevel ?? 0;
    expect(await examLevel()).toBeLessThan(3);
    actAs(f.actors.leadA);
    // The queue was loaded before the project was changed: its version there is an old one.
    const r = await approveRecords({ records: [a, { ...b, version: 1 }, c] });
    expect(r).toMatchObject({ ok: false, code: "conflict" });
    const error = r.ok ? "" : r.error;
    expect(error).toMatch(/^Nothing was approved: this record was changed since the queue was loaded/);
    expect(error).toContain("the project “Stale rack migration” of ");
    // The two records that were fine are not named.
    expect(error).not.toContain("exam");
    expect((await states([a, b, c])).map((x) => x.state)).toEqual(["submitted", "submitted", "submitted"]);
    expect(await reviewAudits([a, b, c])).toEqual([]);
    expect(await snapshotCount(memberA)).toBe(snapshots);

    // With the versions the queue now shows, the three go through together: audit rows, one refresh.
    const ok = await approveRecords({ records: [a, b, c] });
    expect(ok).toMatchObject({ ok: true, data: { approved: 3 } });
    expect((await states([a, b, c])).map((x) => x.state)).toEqual(["approved", "approved", "approved"]);
    expect((await reviewAudits([a, b, c])).map((x) => x.action).sort()).toEqual(["approve", "approve", "approve"]);
    expect(await snapshotCount(memberA)).toBeGreaterThan(snapshots);
    // The standings hold the approved exam (AP: exam level 3) and the records left the queue.
    expect(await examLevel()).toBe(3);
    const queued = (await reviewQueue(db, f.actors.leadA)).map((q) => `${q.entity}:${q.id}`);
    for (const x of [a, b, c]) expect(queued).not.toContain(`${x.entity}:${x.id}`);
  });

  it("a record the reviewer wrote is named (four eyes) and nothing is written; stale and own are named together", async () => {
    const a = await submittedExam(f.actors.memberA, f.members.memberA.id, "FE");
    const own = await submittedExam(f.actors.leadA, f.members.memberA2.id, "AP");
    const stale = await submittedProject(f.actors.memberA, f.members.memberA.id, "Changed meanwhile");
    actAs(f.actors.leadA);
    const r = await approveRecords({ records: [a, own] });
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
    const error = r.ok ? "" : r.error;
    expect(error).toContain("you recorded this record");
    expect(error).toContain(`the exam “AP Applied IT Engineer” of ${f.members.memberA2.name}`);
    expect((await states([a, own])).map((x) => x.state)).toEqual(["submitted", "submitted"]);
    expect(await reviewAudits([a, own])).toEqual([]);

    const both = await approveRecords({ records: [a, { ...stale, version: 1 }, own] });
    expect(both).toMatchObject({ ok: false, code: "forbidden" });
    expect(both.ok ? "" : both.error).toMatch(/changed since the queue was loaded.*“Changed meanwhile”.*you recorded/);
    expect((await states([a, stale, own])).map((x) => x.state)).toEqual(["submitted", "submitted", "submitted"]);

    // In Japanese, as the reviewer's language says it.
    actAs({ ...f.actors.leadA, locale: "ja" });
    const ja = await approveRecords({ records: [a, own] });
    expect(ja.ok ? "" : ja.error).toMatch(/^何も承認していません。あなたが記録したため/);
    expect(ja.ok ? "" : ja.error).toContain(`${f.members.memberA2.name}さんの試験「AP `);
  });
});

describe("bulk reject", () => {
  it("without a comment it is refused, naming the comment, and nothing is written", async () => {
    const a = await submittedExam(f.actors.memberA, f.members.memberA.id, "FE");
    const b = await submittedProject(f.actors.memberA, f.members.memberA.id, "Needs a comment");
    actAs(f.actors.leadA);
    for (const comment of ["", "   "]) {
      const r = await rejectRecords({ records: [a, b], comment });
      expect(r).toMatchObject({ ok: false, code: "validation" });
      expect(r.ok ? {} : r.fieldErrors).toHaveProperty("comment");
      expect(r.ok ? "" : r.error).toMatch(/^comment: Say why the record is rejected/);
    }
    expect((await states([a, b])).map((x) => x.state)).toEqual(["submitted", "submitted"]);
  });

  it("with a comment, every record is rejected and its member reads the comment", async () => {
    const a = await submittedExam(f.actors.memberA, f.members.memberA.id, "FE");
    const b = await submittedProject(f.actors.memberA, f.members.memberA.id, "Rejected together");
    actAs(f.actors.leadA);
    const r = await rejectRecords({ records: [a, b], comment: "Attach the certificate, please" });
    expect(r).toMatchObject({ ok: true, data: { rejected: 2 } });
    expect(await states([a, b])).toEqual([
      { state: "rejected", version: 3, comment: "Attach the certificate, please" },
      { state: "rejected", version: 3, comment: "Attach the certificate, please" },
    ]);
    expect((await reviewAudits([a, b])).map((x) => x.action)).toEqual(["reject", "reject"]);
    // What the member's page reads: their records with the reviewer's comment.
    const mine = await memberWithRecords(db, f.members.memberA.id);
    const exam = mine!.records.exams.find((e) => e.id === a.id);
    const project = mine!.records.projects.find((p) => p.id === b.id);
    expect(exam).toMatchObject({ reviewState: "rejected", reviewComment: "Attach the certificate, please" });
    expect(project).toMatchObject({ reviewState: "rejected", reviewComment: "Attach the certificate, please" });
  });
});

describe("the queue's filters and pages, in SQL", () => {
  it("filters by team, member, field and kind, and pages in submission order", async () => {
    const lead = f.actors.leadA;
    const all = await reviewQueue(db, lead);
    expect(all.length).toBeGreaterThan(3);
    expect(await reviewQueueTotal(db, lead)).toBe(all.length);

    const exams = await reviewQueue(db, lead, { kind: "exam" });
    expect(exams.length).toBeGreaterThan(0);
    expect(exams.every((i) => i.entity === "exam")).toBe(true);
    expect(await reviewQueueTotal(db, lead, { kind: "exam" })).toBe(exams.length);
    // A field filter keeps the records of that field; exams have none.
    const hardware = await reviewQueue(db, lead, { field: "hardware" });
    expect(hardware.every((i) => i.field === "hardware")).toBe(true);
    expect(await reviewQueue(db, lead, { field: "software" })).toEqual([]);
    const member2 = await reviewQueue(db, lead, { memberId: f.members.memberA2.id });
    expect(member2.length).toBeGreaterThan(0);
    expect(member2.every((i) => i.memberId === f.members.memberA2.id)).toBe(true);
    // Another team than the lead's: nothing (the filter narrows the reach, never widens it).
    expect(await reviewQueue(db, lead, { teamId: f.teams.teamB.id })).toEqual([]);
    expect(await reviewQueueTotal(db, lead, { teamId: f.teams.teamB.id })).toBe(0);
    expect((await reviewQueue(db, lead, { teamId: f.teams.teamA.id })).length).toBe(all.length);

    // Pages of two walk the whole queue in its order.
    const pages = [];
    for (let offset = 0; offset < all.length; offset += 2)
      pages.push(...(await reviewQueue(db, lead, { limit: 2, offset })));
    expect(pages.map((i) => `${i.entity}:${i.id}`)).toEqual(all.map((i) => `${i.entity}:${i.id}`));

    const options = await reviewFilterOptions(db, lead);
    expect(options.teams.map((t) => t.id)).toEqual([f.teams.teamA.id]);
    expect(options.members.map((m) => m.id).sort()).toEqual(
      [...new Set(all.map((i) => i.memberId))].sort((x, y) => x - y),
    );
  });
});
