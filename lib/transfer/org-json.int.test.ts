import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "../testing/integration";
import { createTestDb } from "../db/test-db";
import { count, sql } from "drizzle-orm";
import type { DbHandle } from "../db/client";
import * as s from "../db/schema";
import { writeAudit } from "../db/audit";
import type { Fixture } from "../testing/fixture";
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import {
  exportOrganisation,
  importOrganisation,
  parseOrganisation,
  serializeOrganisation,
  writeOrganisation,
} from "./org-json";

/** Records of every kind, so the round trip covers every table and column type. */
async function addRecords(db: DbHandle["db"], f: Fixture) {
  const memberId = f.members.memberA.id;
  const approved = {
    reviewState: "approved" as const,
    createdBy: f.users.memberUserA.id,
    reviewedBy: f.users.leadA.id,
    reviewedAt: new Date("2025-03-01T10:00:00.123Z"),
  };
  const [p] = await db
    .insert(s.projects)
    .values({
      memberId,
      field: "hardware",
      name: "Data-centre move",
      customer: "ACME",
      startDate: "2024-01-01",
      endDate: "2024-06-30",
      componentArea: "storage",
      role: "leader",
      status: "completed",
      successful: true,
      complexity: ["multi_platform", "mission_critical"],
      scope: "wide_area_team",
      description: 'Moved "everything" — ünïcode',
      ...approved,
    })
    .returning();
  await db.insert(s.projects).values({
    memberId,
    field: "hardware",
    name: "Revision",
    role: "leader",
    status: "completed",
    complexity: ["multi_platform"],
    scope: "specific_users",
    revisionOf: p.id,
    reviewState: "submitted",
  });
  await db.insert(s.projects).values({
    memberId: f.members.memberC.id,
    field: "facility",
    name: "Site",
    role: "responsible",
    status: "ongoing",
    complexity: ["continuous_operation"],
    facilityScope: "whole",
    computerRoomSites: 3,
    floorSpaceM2: 2500.5,
    networkSites: 120,
    reviewState: "rejected",
    reviewComment: "Add dates",
  });
  await db.insert(s.specialties).values({ memberId, field: "hardware", area: "first_support_contact", ...approved });
  await db
    .insert(s.successions)
    .values({ memberId, field: "hardware", kind: "book", title: "A book", achievedOn: "2023-05-05", ...approved });
  await db
    .insert(s.mentorings)
    .values({ memberId, field: "hardware", mentee: "Junior", fromDate: "2023-01-01", toDate: null, ...approved });
  await db.insert(s.exams).values({ memberId, exam: "AP", passedOn: "2022-10-10", ...approved });
  await db
    .insert(s.certifications)
    .values({ memberId, name: "CCNA", issuer: "Cisco", obtainedOn: "2022-01-01", expiresOn: "2025-01-01" });
  await db.insert(s.skillAssessments).values({
    memberId,
    field: "hardware",
    item: "technology",
    selfLevel: 3,
    selfAssessedOn: "2025-01-02",
    leadLevel: 2,
    leadAssessedOn: "2025-01-03",
    leadAssessorId: f.users.leadA.id,
  });
  await db.insert(s.targets).values([
    { teamId: f.teams.teamA.id, field: "hardware", kind: "level", minLevel: 3, minCount: 2 },
    {
      departmentId: f.departments.dept1.id,
      field: "hardware",
      kind: "skill",
      skillItem: "technology",
      minLevel: 3,
      minCount: 1,
    },
  ]);
  const [round] = await db
    .insert(s.rounds)
    .values({
      scope: "team",
      teamId: f.teams.teamA.id,
      dueOn: "2025-04-01",
      message: "Please re-rate",
      startedBy: f.users.leadA.id,
      startedAt: new Date("2025-03-01T09:00:00.250Z"),
    })
    .returning();
  await db.insert(s.roundTasks).values([
    { roundId: round.id, memberId, doneAt: new Date("2025-03-02T08:00:00.000Z") },
    { roundId: round.id, memberId: f.members.memberB.id },
  ]);
  await refreshOfficialEvaluations(db, [memberId]);
  await db
    .update(s.users)
    .set({ passwordHash: "$2b$12$abcdefghijklmnopqrstuv" })
    .where(sql`${s.users.id} = ${f.users.admin.id}`);
  await db.transaction((tx) =>
    writeAudit(tx, {
      actorUserId: f.users.admin.id,
      action: "update",
      entity: "member",
      entityId: memberId,
      before: { name: "Old" },
      after: { name: "New", nested: { b: 1, a: [1, 2] } },
    }),
  );
}

describe("organisation JSON export and restore", () => {
  const source = useIntegrationDb();
  const target = useIntegrationDb({ fixture: false });
  beforeAll(async () => {
    await addRecords(source.db, source.fixture);
  });

  let first = "";
  it("export → restore into an empty database → export gives identical JSON", async () => {
    first = serializeOrganisation(await exportOrganisation(source.db));
    const parsed = parseOrganisation(first);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const written = await target.db.transaction((tx) => importOrganisation(tx, parsed.data));
    expect(written.projects).toBe(3);
    const second = serializeOrganisation(await exportOrganisation(target.db));
    expect(second).toBe(first);
    const data = JSON.parse(first);
    for (const [name, rows] of Object.entries(data.tables)) expect((rows as unknown[]).length, name).toBeGreaterThan(0);
    expect(data.tables.users.find((u: { email: string }) => u.email === "admin@t.test").passwordHash).toMatch(
      /^\$2b\$/,
    );
    expect(data.tables.projects[0].reviewedAt).toBe("2025-03-01T10:00:00.123Z");
    // Each record's author travels with it (four eyes: docs/roles.md).
    expect(data.tables.projects[0].createdBy).toBe(source.fixture.users.memberUserA.id);
    expect(data.tables.exams.every((r: Record<string, unknown>) => "createdBy" in r)).toBe(true);
  });

  it("reads a file written before records had an author: created_by restores as null", () => {
    const data = JSON.parse(first);
    for (const name of ["projects", "specialties", "successions", "mentorings", "exams", "certifications"])
      for (const row of data.tables[name]) delete row.createdBy;
    const parsed = parseOrganisation(JSON.stringify(data));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.data.tables.projects[0].createdBy ?? null).toBeNull();
    // A file written before assessment rounds existed restores none.
    delete data.tables.rounds;
    delete data.tables.roundTasks;
    const older = parseOrganisation(JSON.stringify(data));
    expect(older.ok && older.data.tables.rounds).toEqual([]);
    // Another column missing is still an error with its path.
    delete data.tables.projects[0].name;
    const bad = parseOrganisation(JSON.stringify(data));
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toContain("tables.projects.0.name");
  });

  it("the streamed export (keyset pages, here of 2 rows) writes exactly the in-memory export's bytes", async () => {
    const streamed = async (db: DbHandle["db"], pageRows: number) => {
      const pieces: string[] = [];
      await writeOrganisation(db, async (text) => void pieces.push(text), { pageRows });
      return { text: pieces.join(""), pieces: pieces.length };
    };
    const expected = serializeOrganisation(await exportOrganisation(source.db));
    for (const pageRows of [1, 2, 3, 2000])
      expect((await streamed(source.db, pageRows)).text, `${pageRows}`).toBe(expected);
    // Several queries per table when the pages are small: every team_leads row (composite key) is there once.
    const small = await streamed(source.db, 2);
    expect(small.pieces).toBeGreaterThan((await streamed(source.db, 2000)).pieces);
    const data = JSON.parse(small.text);
    expect(data.tables.teamLeads.length).toBeGreaterThan(2);
    // An empty database: every table an empty array, still the same bytes.
    const empty = await createTestDb();
    try {
      expect((await streamed(empty.db, 2)).text).toBe(serializeOrganisation(await exportOrganisation(empty.db)));
    } finally {
      await empty.close();
    }
  });

  it("moves identity sequences past the restored ids, so later inserts work", async () => {
    const [d] = await target.db.insert(s.departments).values({ name: "After restore" }).returning();
    const [{ n }] = await target.db.select({ n: count() }).from(s.departments);
    expect(d.id).toBe(n);
    const [a] = await target.db.insert(s.auditLog).values({ action: "x", entity: "y" }).returning();
    expect(a.id).toBeGreaterThan(1);
  });

  it("refuses a database that holds an organisation, and changes nothing", async () => {
    const parsed = parseOrganisation(serializeOrganisation(await exportOrganisation(source.db)));
    if (!parsed.ok) throw new Error("parse");
    const before = serializeOrganisation(await exportOrganisation(source.db));
    await expect(source.db.transaction((tx) => importOrganisation(tx, parsed.data))).rejects.toThrow(/not empty/);
    expect(serializeOrganisation(await exportOrganisation(source.db))).toBe(before);
  });

  it("rejects malformed files with paths", () => {
    expect(parseOrganisation("{nope")).toMatchObject({ ok: false, errors: [{ path: "(file)" }] });
    const bad = parseOrganisation(JSON.stringify({ format: "levelboard-organisation", version: 2, tables: {} }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toContain("version");
  });

  it("reports a wrong cell with its path", async () => {
    const data = await exportOrganisation(source.db);
    (data.tables.members[1] as Record<string, unknown>).teamId = "Team A";
    const bad = parseOrganisation(JSON.stringify(data));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ path: "tables.members.1.teamId" });
  });
});
