// The review flow end to end on a real database: draft → submit → approve raises the official level with one
// snapshot; reject with a comment; revisions of approved records; concurrent edits and approvals.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { evaluateMembers } from "@/lib/evaluation/current";
import { reviewQueue } from "@/lib/db/queries/review";
import { createProject, updateProject } from "./projects";
import { saveSpecialties } from "./contributions";
import { setSkillRating } from "./skills";
import {
  approveRecord,
  approveRecords,
  deleteRecord,
  rejectRecord,
  reviseRecord,
  submitRecord,
  withdrawRecord,
} from "./review";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;
const project = {
  field: "hardware",
  name: "Server refresh",
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

const level = async (memberId: number, mode: "official" | "provisional" = "official") =>
  (await evaluateMembers(db, [memberId], mode)).get(memberId)!.evaluation.fields.hardware.level;
const snapshots = async (memberId: number) =>
  db.select().from(s.evaluationSnapshots).where(eq(s.evaluationSnapshots.memberId, memberId));
const row = async (id: number) => (await db.select().from(s.projects).where(eq(s.projects.id, id)))[0];

describe("review flow", () => {
  it("draft → submit → approve raises the official level and writes exactly one snapshot", async () => {
    const memberId = f.members.memberA.id;
    actAs(f.actors.memberA);
    const created = await createProject({ memberId, ...project });
    expect(created).toMatchObject({ ok: true });
    const pid = created.ok ? (created.data as { id: number }).id : 0;
    expect(await saveSpecialties({ memberId, field: "hardware", areas: ["first_support_contact"] })).toMatchObject({
      ok: true,
    });
    const sp = (await db.select().from(s.specialties).where(eq(s.specialties.memberId, memberId)))[0];
    expect(
      await submitRecord({ entity: "project", id: pid, memberId, version: (await row(pid)).version }),
    ).toMatchObject({ ok: true });
    expect(await submitRecord({ entity: "specialty", id: sp.id, memberId, version: sp.version })).toMatchObject({
      ok: true,
    });
    expect(await level(memberId)).toBe(0);
    expect(await level(memberId, "provisional")).toBe(3);
    // Submitted records are locked for editing.
    expect(await updateProject({ memberId, id: pid, version: (await row(pid)).version, ...project })).toMatchObject({
      ok: false,
      code: "invalid_state",
    });

    const queue = await reviewQueue(db, f.actors.leadA);
    expect(queue.map((q) => `${q.entity}:${q.id}`)).toEqual([`project:${pid}`, `specialty:${sp.id}`]);
    expect(queue[0].projectLevel).toBe(3);
    // What the records claim, in the standard's words: the criteria and size, the specialty area's text (not its key).
    expect(queue[0]).toMatchObject({
      criteria: ["System running on multi-platforms", "Multi-vendor system environment"],
      sizeName: "Participates in service for specific users, as a member of a specific service team",
      facilitySizes: null,
    });
    expect(queue[1]).toMatchObject({
      area: "first_support_contact",
      areaName: "First technical support contact on hardware and system operation for user side",
    });
    expect(await reviewQueue(db, f.actors.leadB)).toEqual([]);

    const before = (await snapshots(memberId)).length;
    actAs(f.actors.leadA);
    const spNow = (await db.select().from(s.specialties).where(eq(s.specialties.id, sp.id)))[0];
    expect(
      await approveRecords({
        records: [
          { entity: "project", id: pid, memberId, version: (await row(pid)).version },
          { entity: "specialty", id: sp.id, memberId, version: spNow.version },
        ],
      }),
    ).toMatchObject({ ok: true });
    expect(await level(memberId)).toBe(3);
    const snaps = await snapshots(memberId);
    expect(snaps.length - before).toBe(1);
    expect(snaps.at(-1)).toMatchObject({ field: "hardware", level: 3, source: "kpi" });
    expect((await row(pid)).reviewedBy).toBe(f.users.leadA.id);
    const audit = await db
      .select()
      .from(s.auditLog)
      .where(and(eq(s.auditLog.entity, "project"), eq(s.auditLog.entityId, String(pid))));
    expect(audit.map((a) => a.action)).toEqual(["create", "submit", "approve"]);
  });

  it("a single approval writes one snapshot; approved records are locked", async () => {
    const memberId = f.members.memberA2.id;
    await db
      .insert(s.specialties)
      .values({ memberId, field: "hardware", area: "first_support_contact", reviewState: "approved" });
    const [p] = await db
      .insert(s.projects)
      .values({ memberId, ...project, complexity: [...project.complexity], reviewState: "submitted" })
      .returning();
    actAs(f.actors.leadA);
    expect(await approveRecord({ entity: "project", id: p.id, memberId, version: p.version })).toMatchObject({
      ok: true,
    });
    expect(await snapshots(memberId)).toHaveLength(1);
    const now = await row(p.id);
    expect(await updateProject({ memberId, id: p.id, version: now.version, ...project })).toMatchObject({
      ok: false,
      code: "invalid_state",
    });
    expect(await deleteRecord({ entity: "project", id: p.id, memberId, version: now.version })).toMatchObject({
      ok: false,
      code: "invalid_state",
    });
    expect(await approveRecord({ entity: "project", id: p.id, memberId, version: now.version })).toMatchObject({
      ok: false,
      code: "invalid_state",
    });
  });

  it("reject needs a comment; a rejected record is edited back to draft and resubmitted", async () => {
    const memberId = f.members.memberA2.id;
    const [p] = await db
      .insert(s.projects)
      .values({
        memberId,
        ...project,
        complexity: [...project.complexity],
        name: "To reject",
        reviewState: "submitted",
      })
      .returning();
    actAs(f.actors.leadA);
    expect(
      await rejectRecord({ entity: "project", id: p.id, memberId, version: p.version, comment: " " }),
    ).toMatchObject({ ok: false, fieldErrors: { comment: expect.any(String) } });
    expect(
      await rejectRecord({ entity: "project", id: p.id, memberId, version: p.version, comment: "Not completed yet" }),
    ).toMatchObject({ ok: true });
    expect(await row(p.id)).toMatchObject({ reviewState: "rejected", reviewComment: "Not completed yet" });
    // The lead keeps this member's records (no account): edit and resubmit.
    expect(
      await updateProject({ memberId, id: p.id, version: (await row(p.id)).version, ...project, status: "ongoing" }),
    ).toMatchObject({ ok: true });
    expect((await row(p.id)).reviewState).toBe("draft");
    expect(
      await submitRecord({ entity: "project", id: p.id, memberId, version: (await row(p.id)).version }),
    ).toMatchObject({ ok: true });
    expect(
      await withdrawRecord({ entity: "project", id: p.id, memberId, version: (await row(p.id)).version }),
    ).toMatchObject({ ok: true });
    expect((await row(p.id)).reviewState).toBe("draft");
  });

  it("a change of an approved record is a revision that replaces it only when approved", async () => {
    const memberId = f.members.memberA.id;
    actAs(f.actors.memberA);
    const [orig] = await db
      .select()
      .from(s.projects)
      .where(and(eq(s.projects.memberId, memberId), eq(s.projects.reviewState, "approved")));
    const rev = await reviseRecord({ entity: "project", id: orig.id, memberId, version: orig.version });
    expect(rev).toMatchObject({ ok: true });
    const revId = rev.ok ? (rev.data as { id: number }).id : 0;
    expect(await row(revId)).toMatchObject({ reviewState: "draft", revisionOf: orig.id, name: orig.name });
    // Only one revision at a time.
    expect(await reviseRecord({ entity: "project", id: orig.id, memberId, version: orig.version })).toMatchObject({
      ok: false,
      code: "invalid_state",
    });
    expect(
      await updateProject({
        memberId,
        id: revId,
        version: (await row(revId)).version,
        ...project,
        scope: "wide_area_team",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await submitRecord({ entity: "project", id: revId, memberId, version: (await row(revId)).version }),
    ).toMatchObject({ ok: true });
    expect(await level(memberId)).toBe(3); // the original still counts
    actAs(f.actors.leadA);
    expect(
      await approveRecord({ entity: "project", id: revId, memberId, version: (await row(revId)).version }),
    ).toMatchObject({ ok: true });
    expect((await row(orig.id)).supersededAt).not.toBeNull();
    const e = (await evaluateMembers(db, [memberId])).get(memberId)!;
    expect(e.projectIds).toContain(revId);
    expect(e.projectIds).not.toContain(orig.id);
  });

  it("a member cannot approve their own record; a lead cannot review another team's member", async () => {
    const [own] = await db
      .insert(s.projects)
      .values({
        memberId: f.members.memberA.id,
        ...project,
        complexity: [...project.complexity],
        reviewState: "submitted",
      })
      .returning();
    actAs(f.actors.memberA);
    expect(
      await approveRecord({ entity: "project", id: own.id, memberId: f.members.memberA.id, version: own.version }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    const [other] = await db
      .insert(s.projects)
      .values({
        memberId: f.members.memberB.id,
        ...project,
        complexity: [...project.complexity],
        reviewState: "submitted",
      })
      .returning();
    actAs(f.actors.leadA);
    expect(
      await approveRecord({ entity: "project", id: other.id, memberId: f.members.memberB.id, version: other.version }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect((await row(other.id)).reviewState).toBe("submitted");
  });

  it("skill ratings refresh the official evaluation", async () => {
    const memberId = f.members.memberA2.id;
    actAs(f.actors.leadA);
    const before = (await snapshots(memberId)).length;
    const items = [
      "system_maintenance_management",
      "technology",
      "project_management",
      "leadership",
      "communication",
      "negotiation",
      "hardware_technology",
    ];
    for (const item of items)
      expect(
        await setSkillRating({ memberId, field: "hardware", item, rater: "lead", level: 3, version: null }),
      ).toMatchObject({ ok: true });
    const snaps = await snapshots(memberId);
    expect(snaps.length - before).toBe(1); // skill level becomes 3 only when the 7th item is rated
    expect(snaps.at(-1)!.skillLevel).toBe(3);
    actAs(f.actors.memberA);
    expect(
      await setSkillRating({ memberId, field: "hardware", item: "technology", rater: "self", level: 3, version: 1 }),
    ).toMatchObject({ ok: false, code: "not_found" }); // another member of the team: not even readable
  });
});

describe("concurrency", () => {
  it("two edits with the same version: one wins, one gets the conflict", async () => {
    const memberId = f.members.memberA.id;
    const [p] = await db
      .insert(s.projects)
      .values({ memberId, ...project, complexity: [...project.complexity], name: "Race" })
      .returning();
    actAs(f.actors.memberA);
    const results = await Promise.all([
      updateProject({ memberId, id: p.id, version: p.version, ...project, name: "First" }),
      updateProject({ memberId, id: p.id, version: p.version, ...project, name: "Second" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(1);
    expect((await row(p.id)).version).toBe(p.version + 1);
  });

  it("two reviewers approving the same record at once: one wins", async () => {
    const memberId = f.members.memberA2.id;
    const [p] = await db
      .insert(s.projects)
      .values({
        memberId,
        ...project,
        complexity: [...project.complexity],
        name: "Double approve",
        reviewState: "submitted",
      })
      .returning();
    const input = { entity: "project", id: p.id, memberId, version: p.version } as const;
    const audits = async () =>
      (
        await db
          .select()
          .from(s.auditLog)
          .where(and(eq(s.auditLog.entity, "project"), eq(s.auditLog.entityId, String(p.id))))
      ).length;
    actAs(f.actors.leadA);
    const a = approveRecord(input);
    actAs(f.actors.admin);
    const b = approveRecord(input);
    const results = await Promise.all([a, b]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await audits()).toBe(1);
  });
});
