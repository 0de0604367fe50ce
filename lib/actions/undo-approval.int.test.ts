// The review queue's "Undo" after an approval: the record goes back to submitted with an audit row and the member's
// standing recomputed, only for its approver, only while nothing changed since (optimistic version, no revision).
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { reviewQueue } from "@/lib/db/queries/review";
import { approveRecord, approveRecords, reviseRecord, submitRecord, undoApproval } from "./review";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;
const project = {
  field: "hardware",
  name: "Storage migration",
  role: "leader",
  status: "completed",
  successful: true,
  complexity: ["multi_platform", "multi_vendor"],
  scope: "specific_users",
} as const;

beforeAll(async () => {
  db = h.db;
  f = h.fixture;
});

const row = async (id: number) => (await db.select().from(s.projects).where(eq(s.projects.id, id)))[0];
const standing = async (memberId: number) =>
  (
    await db
      .select()
      .from(s.memberStandings)
      .where(and(eq(s.memberStandings.memberId, memberId), eq(s.memberStandings.field, "hardware")))
  )[0];
const auditOf = async (id: number) =>
  (
    await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entity, "project"), eq(s.auditLog.entityId, String(id))))
  ).map((a) => a.action);
type Ref = { entity: "project"; id: number; memberId: number; version: number };
const refsOf = (r: { ok: boolean; data?: unknown }): Ref[] => (r.ok ? (r.data as { records: Ref[] }).records : []);

/** A member of team A with an approved specialty and one submitted project: level 3 once the project is approved. */
async function submittedProject(memberId: number, name: string) {
  const [p] = await db
    .insert(s.projects)
    .values({ memberId, ...project, name, complexity: [...project.complexity], reviewState: "submitted" })
    .returning();
  return p;
}

describe("undo an approval", () => {
  it("returns the record to submitted, audited, with the standing and snapshots back", async () => {
    const memberId = f.members.memberA2.id;
    await db
      .insert(s.specialties)
      .values({ memberId, field: "hardware", area: "first_support_contact", reviewState: "approved" });
    const p = await submittedProject(memberId, "Undo me");
    actAs(f.actors.leadA);
    const before = await standing(memberId);
    const approved = await approveRecord({ entity: "project", id: p.id, memberId, version: p.version });
    expect(approved).toMatchObject({ ok: true });
    const [ref] = refsOf(approved);
    expect(ref).toEqual({ entity: "project", id: p.id, memberId, version: (await row(p.id)).version });
    expect((await standing(memberId)).level).toBe(3);

    const undone = await undoApproval({ records: [ref] });
    expect(undone).toMatchObject({ ok: true, message: expect.stringContaining("Approval undone") });
    expect(await row(p.id)).toMatchObject({
      reviewState: "submitted",
      reviewedBy: null,
      reviewedAt: null,
      reviewComment: null,
    });
    expect(await auditOf(p.id)).toEqual(["approve", "undo-approve"]);
    const after = await standing(memberId);
    expect(after.level).toBe(before?.level ?? 0);
    expect(after.provisionalLevel).toBe(3);
    // The latest snapshot says the official level is back where it was.
    const snaps = await db
      .select()
      .from(s.evaluationSnapshots)
      .where(and(eq(s.evaluationSnapshots.memberId, memberId), eq(s.evaluationSnapshots.field, "hardware")));
    expect(snaps.sort((a, b) => a.id - b.id).at(-1)).toMatchObject({ level: 0 });
    // It waits in the queue again, and can be approved again.
    expect((await reviewQueue(db, f.actors.leadA)).map((q) => q.id)).toContain(p.id);
    expect(
      await approveRecord({ entity: "project", id: p.id, memberId, version: (await row(p.id)).version }),
    ).toMatchObject({ ok: true });
  });

  it("undoes a batch all or none, and only while nothing changed since", async () => {
    const memberId = f.members.memberA2.id;
    const a = await submittedProject(memberId, "Batch A");
    const b = await submittedProject(memberId, "Batch B");
    actAs(f.actors.leadA);
    const refs = refsOf(
      await approveRecords({
        records: [
          { entity: "project", id: a.id, memberId, version: a.version },
          { entity: "project", id: b.id, memberId, version: b.version },
        ],
      }),
    );
    expect(refs).toHaveLength(2);
    // A stale version (the record changed since): a conflict, and nothing is undone.
    const stale = await undoApproval({ records: [refs[0], { ...refs[1], version: refs[1].version - 1 }] });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect((await row(a.id)).reviewState).toBe("approved");
    // A revision started since: refused.
    expect(await reviseRecord({ ...refs[1] })).toMatchObject({ ok: true });
    expect(await undoApproval({ records: [refs[1]] })).toMatchObject({ ok: false, code: "invalid_state" });
    expect((await row(b.id)).reviewState).toBe("approved");
    // The untouched one still undoes.
    expect(await undoApproval({ records: [refs[0]] })).toMatchObject({ ok: true });
    expect((await row(a.id)).reviewState).toBe("submitted");
    // Twice: it is no longer approved.
    expect(await undoApproval({ records: [refs[0]] })).toMatchObject({ ok: false, code: "invalid_state" });
  });

  it("is authorised like the approval, and only for its approver", async () => {
    const memberId = f.members.memberA2.id;
    const p = await submittedProject(memberId, "Someone else's approval");
    actAs(f.actors.leadA);
    const [ref] = refsOf(await approveRecord({ entity: "project", id: p.id, memberId, version: p.version }));
    // A lead of another team: the same answer as for a record that does not exist.
    actAs(f.actors.leadB);
    expect(await undoApproval({ records: [ref] })).toMatchObject({ ok: false, code: "not_found" });
    // The member (no review right) may not.
    actAs(f.actors.memberA);
    expect(await undoApproval({ records: [ref] })).toMatchObject({ ok: false });
    // Another reviewer of the team may not undo leadA's approval.
    actAs(f.actors.head1);
    expect(await undoApproval({ records: [ref] })).toMatchObject({ ok: false, code: "invalid_state" });
    expect((await row(p.id)).reviewState).toBe("approved");
  });

  it("of a revision puts the original it replaced back in force", async () => {
    const memberId = f.members.memberA2.id;
    const [orig] = await db
      .insert(s.projects)
      .values({ memberId, ...project, name: "Original", complexity: [...project.complexity], reviewState: "approved" })
      .returning();
    actAs(f.actors.leadA);
    const rev = await reviseRecord({ entity: "project", id: orig.id, memberId, version: orig.version });
    const revId = rev.ok ? (rev.data as { id: number }).id : 0;
    expect(
      await submitRecord({ entity: "project", id: revId, memberId, version: (await row(revId)).version }),
    ).toMatchObject({ ok: true });
    // leadA wrote the revision, so the head approves it (four eyes).
    actAs(f.actors.head1);
    const [ref] = refsOf(
      await approveRecord({ entity: "project", id: revId, memberId, version: (await row(revId)).version }),
    );
    expect((await row(orig.id)).supersededAt).not.toBeNull();
    expect(await undoApproval({ records: [ref] })).toMatchObject({ ok: true });
    expect((await row(revId)).reviewState).toBe("submitted");
    expect((await row(orig.id)).supersededAt).toBeNull();
    expect(await auditOf(orig.id)).toContain("unsupersede");
  });
});
