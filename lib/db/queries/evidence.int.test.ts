// The one-statement record loader gives exactly the rows drizzle's per-table selects give (Dates for timestamps,
// 'YYYY-MM-DD' strings for dates, numbers for reals, arrays, enums and SQL nulls), on the shared fixture with records
// in every review state, revision chains, nulls and awkward text, and on the generated benchmark organisation; and it
// sends one statement whatever the number of members. Runs on PGlite and (TEST_DATABASE_URL) on a server.
import { beforeAll, describe, expect, it } from "vitest";
import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import * as s from "../schema";
import type { Fixture } from "../../testing/fixture";
import { countingDb, useIntegrationDb } from "../../testing/integration";
import { seedBenchOrganisation } from "../../../seed/bench-org";
import { readMemberRecords, type StoredRecords } from "./evidence";
import { loadMember } from "../../views/member";

/** The loader as it was: one drizzle select per record table (the reference the new one must equal). */
async function perTable(db: Db, ids: number[]): Promise<Map<number, StoredRecords>> {
  const [p, sp, su, me, ex, ce, sa] = await Promise.all([
    db.select().from(s.projects).where(inArray(s.projects.memberId, ids)).orderBy(asc(s.projects.id)),
    db.select().from(s.specialties).where(inArray(s.specialties.memberId, ids)).orderBy(asc(s.specialties.id)),
    db.select().from(s.successions).where(inArray(s.successions.memberId, ids)).orderBy(asc(s.successions.id)),
    db.select().from(s.mentorings).where(inArray(s.mentorings.memberId, ids)).orderBy(asc(s.mentorings.id)),
    db.select().from(s.exams).where(inArray(s.exams.memberId, ids)).orderBy(asc(s.exams.id)),
    db.select().from(s.certifications).where(inArray(s.certifications.memberId, ids)).orderBy(asc(s.certifications.id)),
    db
      .select()
      .from(s.skillAssessments)
      .where(inArray(s.skillAssessments.memberId, ids))
      .orderBy(asc(s.skillAssessments.id)),
  ]);
  const out = new Map<number, StoredRecords>();
  for (const id of ids)
    out.set(id, {
      projects: p.filter((r) => r.memberId === id),
      specialties: sp.filter((r) => r.memberId === id),
      successions: su.filter((r) => r.memberId === id),
      mentorings: me.filter((r) => r.memberId === id),
      exams: ex.filter((r) => r.memberId === id),
      certifications: ce.filter((r) => r.memberId === id),
      assessments: sa.filter((r) => r.memberId === id),
    });
  return out;
}

const awkward = `O'Brien "quoted" \\ back\\slash, tab\there, newline\nthere, 日本語, emoji 🛠️`;

describe("readMemberRecords on the shared fixture (every review state, revisions, nulls)", () => {
  const h = useIntegrationDb();
  let db: Db;
  let f: Fixture;
  let ids: number[];
  beforeAll(async () => {
    db = h.db;
    f = h.fixture;
    const { memberA, memberA2, memberB } = f.members;
    const leadA = f.users.leadA.id;
    const reviewedAt = new Date("2026-03-04T05:06:07.891Z");
    // An approved project, superseded by an approved revision, with a submitted revision of that, a draft and a
    // rejected one; every nullable column null in one, set in another; a fractional real; empty and full arrays.
    const [original] = await db
      .insert(s.projects)
      .values({
        memberId: memberA.id,
        field: "hardware",
        name: awkward,
        customer: "",
        startDate: "2024-01-31",
        endDate: "2024-12-01",
        componentArea: "storage",
        role: "leader",
        status: "completed",
        successful: true,
        complexity: ["multi_platform", "multi_vendor"],
        scope: "specific_users",
        computerRoomSites: 3,
        floorSpaceM2: 123.45,
        networkSites: 7,
        description: awkward,
        reviewState: "approved",
        reviewComment: "fine",
        reviewedBy: leadA,
        reviewedAt,
      })
      .returning();
    // The revision is approved: the original is superseded (microseconds from now()).
    await db.execute(sql`update projects set superseded_at = now() where id = ${original.id}`);
    const [revision] = await db
      .insert(s.projects)
      .values({
        memberId: memberA.id,
        field: "hardware",
        name: "Revised",
        role: "member",
        status: "ongoing",
        facilityScope: "whole",
        floorSpaceM2: 0.1,
        reviewState: "approved",
        reviewedBy: leadA,
        reviewedAt,
        revisionOf: original.id,
      })
      .returning();
    await db.insert(s.projects).values([
      {
        memberId: memberA.id,
        field: "hardware",
        name: "Second revision",
        role: "member",
        status: "ongoing",
        reviewState: "submitted",
        revisionOf: revision.id,
      },
      { memberId: memberA.id, field: "software", name: "Draft", role: "member", status: "ongoing" },
      {
        memberId: memberB.id,
        field: "software",
        name: "Rejected",
        role: "leader",
        status: "completed",
        reviewState: "rejected",
        reviewComment: awkward,
        reviewedBy: f.users.leadB.id,
        reviewedAt: new Date(),
      },
    ]);
    await db.insert(s.specialties).values([
      {
        memberId: memberA.id,
        field: "hardware",
        area: awkward,
        reviewState: "approved",
        reviewedBy: leadA,
        reviewedAt,
      },
      { memberId: memberA.id, field: "software", area: "b", reviewState: "submitted" },
    ]);
    await db.insert(s.successions).values([
      { memberId: memberA.id, field: "hardware", kind: "book", title: "T", achievedOn: "2025-02-28" },
      { memberId: memberB.id, field: "software", kind: "book", title: "U", reviewState: "rejected" },
    ]);
    await db.insert(s.mentorings).values([
      { memberId: memberA.id, field: "hardware", mentee: "M", fromDate: "2023-04-01", toDate: null },
      { memberId: memberA2.id, field: "facility", mentee: awkward, reviewState: "approved", reviewedBy: leadA },
    ]);
    await db.insert(s.exams).values([
      {
        memberId: memberA.id,
        exam: "FE",
        passedOn: "2022-10-09",
        reviewState: "approved",
        reviewedBy: leadA,
        reviewedAt,
      },
      { memberId: memberA.id, exam: "AP", reviewState: "draft" },
    ]);
    await db.insert(s.certifications).values([
      {
        memberId: memberA.id,
        name: awkward,
        issuer: "Vendor",
        obtainedOn: "2021-06-30",
        expiresOn: "2027-06-30",
        reviewState: "approved",
        reviewedBy: f.users.head1.id,
        reviewedAt,
      },
      { memberId: memberB.id, name: "Expired", obtainedOn: null, expiresOn: null },
    ]);
    await db.insert(s.skillAssessments).values([
      {
        memberId: memberA.id,
        field: "hardware",
        item: "technology",
        selfLevel: 3,
        selfAssessedOn: "2026-01-02",
        leadLevel: 4,
        leadAssessedOn: "2026-02-03",
        leadAssessorId: leadA,
      },
      { memberId: memberA.id, field: "software", item: "leadership", selfLevel: 2 },
      {
        memberId: memberB.id,
        field: "software",
        item: "communication",
        leadLevel: 5,
        leadAssessorId: f.users.leadB.id,
      },
    ]);
    await db.insert(s.evaluationSnapshots).values([
      {
        memberId: memberA.id,
        field: "hardware",
        takenAt: new Date("2026-01-01T00:00:00Z"),
        level: 1,
        source: "kpi",
        kpiLevel: 1,
        examLevel: 0,
        evaluation: { level: 1, note: awkward, nested: [1, null, "x"] },
      },
      {
        memberId: memberA.id,
        field: "hardware",
        takenAt: new Date("2026-02-01T00:00:00Z"),
        level: 2,
        source: "kpi",
        kpiLevel: 2,
        examLevel: 1,
        skillLevel: 3,
        evaluation: { level: 2 },
      },
      {
        memberId: memberA.id,
        field: "software",
        level: 0,
        source: "none",
        kpiLevel: 0,
        examLevel: 0,
        evaluation: "a JSON string",
      },
    ]);
    ids = [memberA.id, memberA2.id, memberB.id, f.members.memberC.id];
  });

  it("gives the same rows as the per-table selects, member by member and kind by kind", async () => {
    const expected = await perTable(db, ids);
    const got = (await readMemberRecords(db, ids)).records;
    expect([...got.keys()]).toEqual(ids);
    for (const id of ids) expect(got.get(id)).toStrictEqual(expected.get(id));
    const a = got.get(f.members.memberA.id)!;
    // What drizzle's mapping means, spelled out once: so equal means the same values, not both wrong.
    expect(a.projects).toHaveLength(4);
    expect(a.projects[0].reviewedAt).toEqual(new Date("2026-03-04T05:06:07.891Z"));
    expect(a.projects[0].supersededAt).toBeInstanceOf(Date);
    expect(a.projects[0].startDate).toBe("2024-01-31");
    expect(a.projects[0].floorSpaceM2).toBeCloseTo(123.45, 4);
    expect(a.projects[0].name).toBe(awkward);
    expect(a.projects[1].revisionOf).toBe(a.projects[0].id);
    expect(a.projects[1].startDate).toBeNull();
    expect(a.projects[3].complexity).toEqual([]);
    expect(a.exams.map((e) => e.reviewState)).toEqual(["approved", "draft"]);
    expect(got.get(f.members.memberC.id)).toStrictEqual({
      projects: [],
      specialties: [],
      successions: [],
      mentorings: [],
      exams: [],
      certifications: [],
      assessments: [],
    });
  });

  it("leaves certifications out when asked, and answers unknown or repeated ids", async () => {
    const { records: got } = await readMemberRecords(db, [f.members.memberA.id, 999_999, f.members.memberA.id], {
      certifications: false,
    });
    expect(got.get(f.members.memberA.id)!.certifications).toEqual([]);
    expect(got.get(f.members.memberA.id)!.projects).toHaveLength(4);
    expect(got.get(999_999)!.projects).toEqual([]);
    expect((await readMemberRecords(db, [])).records.size).toBe(0);
  });

  it("owners, snapshots (all, newest first, or the latest per field) and reviewers' names equal their own selects", async () => {
    const all = await readMemberRecords(db, ids, { owners: true, snapshots: "all", userNames: true });
    const latest = await readMemberRecords(db, ids, { snapshots: "latest" });
    const [owners, snapshots, newest] = await Promise.all([
      db.select({ id: s.members.id, userId: s.members.userId }).from(s.members).where(inArray(s.members.id, ids)),
      db
        .select()
        .from(s.evaluationSnapshots)
        .where(inArray(s.evaluationSnapshots.memberId, ids))
        .orderBy(desc(s.evaluationSnapshots.takenAt), desc(s.evaluationSnapshots.id)),
      db
        .selectDistinctOn([s.evaluationSnapshots.memberId, s.evaluationSnapshots.field])
        .from(s.evaluationSnapshots)
        .where(inArray(s.evaluationSnapshots.memberId, ids))
        .orderBy(
          s.evaluationSnapshots.memberId,
          s.evaluationSnapshots.field,
          desc(s.evaluationSnapshots.takenAt),
          desc(s.evaluationSnapshots.id),
        ),
    ]);
    expect(Object.fromEntries(all.ownUserId)).toEqual(Object.fromEntries(owners.map((o) => [o.id, o.userId])));
    expect(all.ownUserId.get(f.members.memberA.id)).toBe(f.users.memberUserA.id);
    for (const id of ids) {
      expect(all.snapshots.get(id)).toStrictEqual(snapshots.filter((r) => r.memberId === id));
      expect(latest.snapshots.get(id)).toStrictEqual(newest.filter((r) => r.memberId === id));
    }
    expect(all.snapshots.get(f.members.memberA.id)!.map((r) => r.evaluation)).toContainEqual("a JSON string");
    expect(latest.snapshots.get(f.members.memberA.id)!.map((r) => r.level)).toEqual([2, 0]);
    const { leadA, leadB, head1 } = f.users;
    expect(Object.fromEntries(all.userNames)).toEqual({
      [leadA.id]: leadA.name,
      [leadB.id]: leadB.name,
      [head1.id]: head1.name,
    });
    const page = (await loadMember(db, f.actors.admin, f.members.memberB.id))!;
    expect(page.names).toEqual({ [leadB.id]: leadB.name });
    expect(page.records.projects).toStrictEqual(
      (await perTable(db, [f.members.memberB.id])).get(f.members.memberB.id)!.projects,
    );
  });

  it("readMemberRecords for the evaluation: the records with the member's own account, in one statement", async () => {
    const counted = await countingDb(h.handle);
    const got = await readMemberRecords(counted.db, ids, "evaluation");
    expect(counted.count()).toBe(1);
    const expected = await perTable(db, ids);
    for (const id of ids)
      expect(got.get(id)).toStrictEqual({
        ...expected.get(id)!,
        certifications: [],
        ownUserId: id === f.members.memberA.id ? f.users.memberUserA.id : null,
      });
  });
});

describe("readMemberRecords on the generated benchmark organisation", () => {
  const h = useIntegrationDb({ fixture: false });

  it("150 members' records of every kind and state in one statement, equal to the per-table selects", async () => {
    await seedBenchOrganisation(h.db, 150);
    const ids = (await h.db.select({ id: s.members.id }).from(s.members).orderBy(asc(s.members.id))).map((m) => m.id);
    expect(ids).toHaveLength(150);
    const counted = await countingDb(h.handle);
    const got = await readMemberRecords(counted.db, ids, { owners: true, snapshots: "latest", userNames: true });
    expect(counted.count()).toBe(1);
    const expected = await perTable(h.db, ids);
    for (const id of ids) expect(got.records.get(id)).toStrictEqual(expected.get(id));
    const states = new Set([...got.records.values()].flatMap((r) => r.projects.map((p) => p.reviewState)));
    expect([...states].sort()).toEqual(["approved", "draft", "rejected", "submitted"]);
    const [{ n }] = await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(s.skillAssessments)
      .where(eq(sql`true`, true));
    expect([...got.records.values()].reduce((t, r) => t + r.assessments.length, 0)).toBe(n);
  }, 120_000);
});
