// The member page's reads: the header carries the team's skill targets (for the skill chart) in the same query, and
// the whole page reads in a constant number of queries however many records the member has.
import { beforeAll, describe, expect, it } from "vitest";
import * as schema from "../schema";
import type { Db } from "../client";
import type { Fixture } from "../../testing/fixture";
import { countingDb, useIntegrationDb } from "../../testing/integration";
import { memberHeader } from "./records";
import { loadMember } from "../../views/member";
import { skillChartRows } from "../../../components/evaluation/skill-chart-rows";

// The query count is read through a second drizzle instance on the same connection (countingDb), on either engine.
describe("member page reads", () => {
  const h = useIntegrationDb();
  let db: Db;
  let f: Fixture;
  beforeAll(async () => {
    db = h.db;
    f = h.fixture;
    const { teamA, teamB } = f.teams;
    await db.insert(schema.targets).values([
      {
        teamId: teamA.id,
        field: "hardware",
        kind: "skill",
        skillItem: "hardware_technology",
        minLevel: 3,
        minCount: 2,
      },
      {
        teamId: teamA.id,
        field: "hardware",
        kind: "skill",
        skillItem: "hardware_technology",
        minLevel: 4,
        minCount: 1,
      },
      { teamId: teamA.id, field: "software", kind: "skill", skillItem: "leadership", minLevel: 2, minCount: 1 },
      { teamId: teamA.id, field: "hardware", kind: "level", minLevel: 4, minCount: 3 },
      { teamId: teamB.id, field: "hardware", kind: "skill", skillItem: "communication", minLevel: 5, minCount: 1 },
      {
        departmentId: f.departments.dept1.id,
        field: "hardware",
        kind: "skill",
        skillItem: "negotiation",
        minLevel: 3,
        minCount: 1,
      },
    ]);
  });

  it("the header holds the team's own skill targets, the highest level per field and item", async () => {
    const header = await memberHeader(db, f.members.memberA.id);
    expect(header?.skillTargets).toEqual([
      { field: "hardware", item: "hardware_technology", minLevel: 4 },
      { field: "software", item: "leadership", minLevel: 2 },
    ]);
    expect((await memberHeader(db, f.members.memberC.id))?.skillTargets).toEqual([]);
    expect(await memberHeader(db, 999999)).toBeNull();
  });

  it("the chart rows: the 7 items in the standard's order, ratings and the team's target, null where none", async () => {
    const memberId = f.members.memberA.id;
    await db.insert(schema.skillAssessments).values([
      {
        memberId,
        field: "hardware",
        item: "hardware_technology",
        selfLevel: 3,
        leadLevel: 4,
        leadAssessorId: f.users.leadA.id,
      },
      { memberId, field: "hardware", item: "communication", selfLevel: 2 },
      { memberId, field: "software", item: "communication", selfLevel: 5 },
    ]);
    const [header, { records }] = [await memberHeader(db, memberId), (await loadMember(db, f.actors.admin, memberId))!];
    const rows = skillChartRows("hardware", records.assessments, header!.skillTargets);
    expect(rows.map((r) => r.item)).toEqual([
      "system_maintenance_management",
      "technology",
      "project_management",
      "leadership",
      "communication",
      "negotiation",
      "hardware_technology",
    ]);
    expect(rows.find((r) => r.item === "hardware_technology")).toMatchObject({ self: 3, lead: 4, target: 4 });
    expect(rows.find((r) => r.item === "communication")).toMatchObject({ self: 2, lead: null, target: null });
    expect(rows.find((r) => r.item === "negotiation")).toMatchObject({ self: null, lead: null, target: null }); // a department target is not the team's
    expect(rows.every((r) => r.label.length > 0)).toBe(true);
    expect(
      skillChartRows("software", records.assessments, header!.skillTargets).find((r) => r.item === "leadership"),
    ).toMatchObject({ self: null, target: 2 });
  });

  it("reads in three statements for 0 and 53 records, the reviewers' names included", async () => {
    const counted = await countingDb(h.handle);
    const count = async (memberId: number) => {
      counted.reset();
      await loadMember(counted.db, f.actors.admin, memberId);
      return counted.count();
    };
    const empty = await count(f.members.memberA2.id);
    const memberId = f.members.memberA2.id;
    const reviewed = { reviewState: "approved" as const, reviewedBy: f.users.leadA.id, reviewedAt: new Date() };
    await db.insert(schema.projects).values(
      Array.from({ length: 40 }, (_, i) => ({
        memberId,
        field: "hardware" as const,
        name: `P${i}`,
        role: "leader" as const,
        status: "completed" as const,
        successful: true,
        complexity: ["multi_platform"],
        scope: "specific_users" as const,
        ...reviewed,
      })),
    );
    await db
      .insert(schema.exams)
      .values(Array.from({ length: 10 }, () => ({ memberId, exam: "FE" as const, ...reviewed })));
    await db.insert(schema.skillAssessments).values(
      ["leadership", "communication", "negotiation"].map((item) => ({
        memberId,
        field: "hardware" as const,
        item,
        selfLevel: 2,
        leadLevel: 3,
        leadAssessorId: f.users.leadA.id,
      })),
    );
    const full = await count(memberId);
    // the header; every record table, the snapshots and the reviewers' names in one; the level targets of the
    // member's team and department (what approving a pending record would change, lib/views/impact.ts)
    expect(empty).toBe(3);
    expect(full).toBe(3);
    const { records: loaded, names } = (await loadMember(db, f.actors.admin, memberId))!;
    expect([loaded.projects.length, loaded.exams.length, loaded.assessments.length]).toEqual([40, 10, 3]);
    expect(names).toEqual({ [f.users.leadA.id]: f.users.leadA.name });
  });
});
