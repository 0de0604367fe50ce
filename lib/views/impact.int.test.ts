// What approving a record changes, checked against what a real approval does: every record waiting in the demo's
// queue and every pending record of generated members (each record kind, revisions among them) is approved through
// the review action, the member's standing (refreshed by the action, from the same engine) compared with the impact
// field by field, the targets it said it would make met checked met (and no other target of the member newly met),
// and the approval undone. Also: two statements for a whole queue, and the demo shows a level change in every team.
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { actAs, actorByEmail, countingDb, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { seedDemo } from "@/seed/demo";
import { afterSeed } from "@/seed/after-seed";
import { generateEvidence } from "@/seed/evidence-generator";
import { createRng } from "@/seed/random";
import { COMPLEXITY_OF } from "@/lib/itss/record-options";
import { reviewQueue } from "@/lib/db/queries/review";
import { targetStandings } from "@/lib/db/queries/gaps";
import { approveRecord, undoApproval } from "@/lib/actions/review";
import { refreshOfficialEvaluations } from "@/lib/evaluation/refresh";
import { FIELDS, specialtyKeysOf, type Field } from "@/lib/itss/fields";
import { loadImpacts, type ShownImpact } from "./impact";

const h = useIntegrationDb({ fixture: false });
let db: Db;
let admin: CurrentUser;

beforeAll(async () => {
  db = h.db;
  await db.transaction(async (tx) => {
    await seedDemo(tx as never);
  });
  await afterSeed(db);
  admin = await actorByEmail(db, "admin@levelboard.test");
});

const levels = async (memberId: number) =>
  Object.fromEntries(
    (await db.select().from(s.memberStandings).where(eq(s.memberStandings.memberId, memberId))).map((r) => [
      r.field,
      r.level,
    ]),
  ) as Record<Field, number>;
const metTargets = async () =>
  new Set((await targetStandings(db, admin, { kind: "org" })).filter((t) => t.met).map((t) => t.id));

type Ref = { entity: string; id: number; memberId: number };

/** Approves the record for real, compares with its impact, and undoes the approval. Returns what it found. */
async function approveAndCompare(ref: Ref, impact: ShownImpact | undefined) {
  expect(impact, `${ref.entity}:${ref.id} has an impact`).toBeDefined();
  const table = s[
    (
      {
        project: "projects",
        specialty: "specialties",
        succession: "successions",
        mentoring: "mentorings",
        exam: "exams",
      } as const
    )[ref.entity as "project"]
  ] as typeof s.projects;
  const [row] = await db.select().from(table).where(eq(table.id, ref.id));
  const before = await levels(ref.memberId);
  const metBefore = await metTargets();
  actAs(admin);
  const approved = await approveRecord({
    entity: ref.entity,
    id: ref.id,
    memberId: ref.memberId,
    version: row.version,
  });
  expect(approved.ok, JSON.stringify(approved)).toBe(true);
  const after = await levels(ref.memberId);
  const metAfter = await metTargets();
  const undone = await undoApproval({ records: (approved as { data: { records: unknown[] } }).data.records });
  expect(undone.ok, JSON.stringify(undone)).toBe(true);
  actAs(null);
  expect(await levels(ref.memberId)).toEqual(before);

  const label = `${ref.entity}:${ref.id} of member ${ref.memberId}`;
  // Levels: every field that changed is listed with before → after, no other field.
  const changed = FIELDS.filter((f) => before[f] !== after[f]).map((f) => ({
    field: f,
    before: before[f],
    after: after[f],
  }));
  expect(impact!.levels, label).toEqual(changed);
  // Targets: exactly those the approval made met.
  const newlyMet = [...metAfter].filter((id) => !metBefore.has(id)).sort();
  expect(impact!.targetsMet.map((t) => t.id).sort(), label).toEqual(newlyMet);
  return { changed, newlyMet };
}

describe("on the demo", () => {
  it("each team holds a submitted record whose approval raises a level; the hardware one meets the team's target", async () => {
    const items = await reviewQueue(db, admin);
    const impacts = await loadImpacts(db, admin, items);
    const teamsWithRaise = new Set(
      items
        .filter((i) => (impacts.get(`${i.entity}:${i.id}`)?.levels ?? []).some((l) => l.after > l.before))
        .map((i) => i.teamName),
    );
    expect([...teamsWithRaise].sort()).toEqual([
      "Facility Management Service Team",
      "Hardware Service Team",
      "Software Service Team",
    ]);
    const emma = items.find((i) => i.memberName === "Emma Schulz" && i.entity === "mentoring")!;
    const e = impacts.get(`mentoring:${emma.id}`)!;
    expect(e.levels).toEqual([{ field: "hardware", before: 3, after: 4 }]);
    expect(e.satisfies).toEqual(["develops_subordinates"]);
    expect(e.targetsMet.map((t) => t.ownerName)).toEqual(["Hardware Service Team"]);
    // A record that raises no level says what it counts toward (Yuki's level-4 project: two items of level 4).
    const yuki = items.find((i) => i.memberName === "Yuki Yamamoto")!;
    expect(impacts.get(`project:${yuki.id}`)).toMatchObject({ levels: [], satisfies: ["projects", "key_project"] });
  });

  it("equals the evaluation after a real approval, for every queued record (a revision among them)", async () => {
    const items = (await reviewQueue(db, admin)).filter((i) => i.entity !== "certification");
    expect(items.some((i) => i.isRevision)).toBe(true);
    const impacts = await loadImpacts(db, admin, items);
    let raised = 0;
    for (const i of items) {
      const { changed } = await approveAndCompare(i, impacts.get(`${i.entity}:${i.id}`));
      if (changed.length) raised++;
    }
    expect(raised).toBeGreaterThanOrEqual(3);
  });

  it("takes two statements for the whole queue, as for one record", async () => {
    const counting = await countingDb(h.handle);
    const items = await reviewQueue(db, admin);
    counting.reset();
    await loadImpacts(counting.db, admin, items.slice(0, 1));
    const one = counting.count();
    counting.reset();
    const all = await loadImpacts(counting.db, admin, items);
    expect(all.size).toBeGreaterThan(10);
    expect(counting.count()).toBe(one);
    expect(one).toBe(2);
  });

  it("gives a lead no targets of a team they do not lead, and a member none", async () => {
    const items = await reviewQueue(db, admin);
    const emma = items.find((i) => i.memberName === "Emma Schulz" && i.entity === "mentoring")!;
    const leadSw = await actorByEmail(db, "lead.sw@levelboard.test");
    const member = await actorByEmail(db, "member.hw@levelboard.test");
    const leadHw = await actorByEmail(db, "lead.hw@levelboard.test");
    expect((await loadImpacts(db, leadHw, [emma])).get(`mentoring:${emma.id}`)!.targetsMet).toHaveLength(1);
    expect((await loadImpacts(db, leadSw, [emma])).get(`mentoring:${emma.id}`)!.targetsMet).toEqual([]);
    expect((await loadImpacts(db, member, [emma])).get(`mentoring:${emma.id}`)!.targetsMet).toEqual([]);
  });
});

describe("on generated members", () => {
  it("equals the evaluation after a real approval, for every kind of record and for revisions", async () => {
    const [team] = await db.select().from(s.teams).where(eq(s.teams.name, "Software Service Team"));
    const [lead] = await db.select().from(s.users).where(eq(s.users.email, "lead.sw@levelboard.test"));
    const refs: Ref[] = [];
    for (let seed = 1; seed <= 5; seed++) {
      const rng = createRng(seed * 7919);
      const ev = generateEvidence(seed);
      const [m] = await db
        .insert(s.members)
        .values({ teamId: team.id, name: `Generated ${seed}` })
        .returning();
      // Each record approved (by the lead) or submitted, about a third waiting for review.
      const state = () =>
        rng.next() < 0.35
          ? { reviewState: "submitted" as const }
          : { reviewState: "approved" as const, reviewedBy: lead.id, reviewedAt: new Date() };
      const projects = await db
        .insert(s.projects)
        .values(
          ev.projects.map((p, k) => ({
            memberId: m.id,
            name: `Project ${k}`,
            field: p.field,
            role: p.role,
            status: p.status,
            successful: p.successful,
            complexity: [...p.complexity],
            scope: p.scope ?? null,
            facilityScope: p.facility?.scope ?? null,
            computerRoomSites: p.facility?.computerRoomSites ?? 0,
            floorSpaceM2: p.facility?.floorSpaceM2 ?? 0,
            networkSites: p.facility?.networkSites ?? 0,
            ...state(),
          })),
        )
        .returning();
      for (const field of FIELDS) {
        const pro = ev.professional?.[field];
        if (!pro) continue;
        for (const area of pro.specialties)
          await db.insert(s.specialties).values({ memberId: m.id, field, area, ...state() });
        for (const [k, kind] of pro.succession.entries())
          await db.insert(s.successions).values({ memberId: m.id, field, kind, title: `Succession ${k}`, ...state() });
        for (let k = 0; k < pro.mentoring; k++)
          await db.insert(s.mentorings).values({ memberId: m.id, field, mentee: `Mentee ${k}`, ...state() });
      }
      for (const exam of ev.exams ?? []) await db.insert(s.exams).values({ memberId: m.id, exam, ...state() });
      // A submitted revision of an approved project: completed and successful, led as responsible.
      const original = projects.find((p) => p.reviewState === "approved");
      if (original) {
        /* eslint-disable @typescript-eslint/no-unused-vars */
        const { id, version, createdAt, updatedAt, reviewedBy, reviewedAt, ...content } = original;
        /* eslint-enable @typescript-eslint/no-unused-vars */
        await db.insert(s.projects).values({
          ...content,
          status: "completed",
          successful: true,
          role: "responsible",
          reviewState: "submitted",
          revisionOf: id,
        });
      }
      // And revisions that take the other completed projects back (ongoing again): approving one can lower a level.
      for (const counting of projects.filter(
        (p) => p.reviewState === "approved" && p.status === "completed" && p !== original,
      )) {
        /* eslint-disable @typescript-eslint/no-unused-vars */
        const { id, version, createdAt, updatedAt, reviewedBy, reviewedAt, ...content } = counting;
        /* eslint-enable @typescript-eslint/no-unused-vars */
        await db.insert(s.projects).values({ ...content, status: "ongoing", reviewState: "submitted", revisionOf: id });
      }
      await refreshOfficialEvaluations(db as never, [m.id]);
    }
    // And one made by hand whose level rests on one project: its revision back to ongoing lowers the level 3 → 0.
    const [one] = await db.insert(s.members).values({ teamId: team.id, name: "Generated by hand" }).returning();
    const approved = { reviewState: "approved" as const, reviewedBy: lead.id, reviewedAt: new Date() };
    const [p3] = await db
      .insert(s.projects)
      .values({
        memberId: one.id,
        name: "Level 3",
        field: "software",
        role: "member",
        status: "completed",
        successful: true,
        complexity: COMPLEXITY_OF.software.slice(0, 2),
        scope: "specific_users",
        ...approved,
      })
      .returning();
    await db
      .insert(s.specialties)
      .values({ memberId: one.id, field: "software", area: specialtyKeysOf("software")[0], ...approved });
    /* eslint-disable @typescript-eslint/no-unused-vars */
    const { id: p3id, version: _v, createdAt: _c, updatedAt: _u, reviewedBy: _b, reviewedAt: _a, ...p3content } = p3;
    /* eslint-enable @typescript-eslint/no-unused-vars */
    await db.insert(s.projects).values({ ...p3content, status: "ongoing", reviewState: "submitted", revisionOf: p3id });
    await refreshOfficialEvaluations(db as never, [one.id]);
    expect((await levels(one.id)).software).toBe(3);

    const items = (await reviewQueue(db, admin)).filter(
      (i) => i.memberName.startsWith("Generated") && i.entity !== "certification",
    );
    refs.push(...items);
    expect(new Set(refs.map((r) => r.entity))).toEqual(
      new Set(["project", "specialty", "succession", "mentoring", "exam"]),
    );
    expect(items.filter((i) => i.isRevision).length).toBeGreaterThanOrEqual(3);
    const impacts = await loadImpacts(db, admin, refs);
    let raised = 0;
    let lowered = 0;
    for (const r of refs) {
      const { changed } = await approveAndCompare(r, impacts.get(`${r.entity}:${r.id}`));
      if (changed.some((c) => c.after > c.before)) raised++;
      if (changed.some((c) => c.after < c.before)) lowered++;
    }
    // The cases have teeth: approvals that raise a level, and revisions whose approval lowers one.
    expect(raised).toBeGreaterThan(0);
    expect(lowered).toBeGreaterThan(0);
  });
});
