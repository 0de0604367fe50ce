import { beforeAll, describe, expect, it } from "vitest";
import { countingDb, useIntegrationDb } from "@/lib/testing/integration";
import { eq, inArray, sql } from "drizzle-orm";
import {
  evaluationSnapshots,
  memberSkillStandings,
  memberStandings,
  projects,
  skillAssessments,
  specialties,
} from "../db/schema";
import { readMemberRecords } from "../db/queries/evidence";
import { checkStandings } from "./check";
import { computeStanding } from "./standing";
import { countsQuery } from "./team-counts";
import type { Fixture } from "../testing/fixture";
import { refreshOfficialEvaluations } from "./refresh";
import { evaluateMembers } from "./current";

describe("evaluation snapshots", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
  });

  it("writes a snapshot only when the official evaluation changes", async () => {
    const memberId = f.members.memberA.id;
    expect(await refreshOfficialEvaluations(h.db, [memberId])).toBe(0); // nothing yet
    await h.db
      .insert(specialties)
      .values({ memberId, field: "hardware", area: "first_support_contact", reviewState: "approved" });
    await h.db.insert(projects).values({
      memberId,
      field: "hardware",
      name: "P",
      role: "member",
      status: "completed",
      successful: true,
      complexity: ["multi_platform", "multi_vendor"],
      scope: "specific_users",
      reviewState: "submitted",
    });
    expect(await refreshOfficialEvaluations(h.db, [memberId])).toBe(0); // submitted does not count officially
    await h.db.update(projects).set({ reviewState: "approved" }).where(eq(projects.memberId, memberId));
    expect(await refreshOfficialEvaluations(h.db, [memberId])).toBe(1);
    expect(await refreshOfficialEvaluations(h.db, [memberId])).toBe(0); // unchanged
    const snaps = await h.db.select().from(evaluationSnapshots).where(eq(evaluationSnapshots.memberId, memberId));
    expect(snaps).toHaveLength(1);
    expect(snaps[0]).toMatchObject({ field: "hardware", level: 3, source: "kpi", kpiLevel: 3 });
    const current = await evaluateMembers(h.db, [memberId]);
    expect(current.get(memberId)!.evaluation.fields.hardware.level).toBe(3);
  });
});

describe("the standing refresh in a write transaction", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
    await refreshOfficialEvaluations(h.db, [f.members.memberC.id]); // the fixture writes members without standings
  });

  /** What a fresh evaluation of the stored records says the read model must hold, with what it holds. */
  async function compare(memberIds: number[]) {
    const records = await readMemberRecords(h.db, memberIds, "evaluation");
    const expected = memberIds.map((id) => computeStanding(id, records.get(id)!));
    const [stored, storedSkills, counts, expectedCounts] = await Promise.all([
      h.db
        .select()
        .from(memberStandings)
        .where(inArray(memberStandings.memberId, memberIds))
        .orderBy(memberStandings.memberId, memberStandings.field),
      h.db
        .select()
        .from(memberSkillStandings)
        .where(inArray(memberSkillStandings.memberId, memberIds))
        .orderBy(memberSkillStandings.memberId, memberSkillStandings.field, memberSkillStandings.item),
      h.db.execute(sql`select team_id, field, item, level, n, self_only from team_level_counts order by 1, 2, 3, 4`),
      h.db.execute(sql`select * from (${countsQuery(null)}) c order by 1, 2, 3, 4`),
    ]);
    const rowsOf = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows);
    const byKey = <T extends { memberId: number; field: string; item?: string }>(rows: T[]) =>
      [...rows].sort(
        (a, b) => a.memberId - b.memberId || (`${a.field}:${a.item ?? ""}` < `${b.field}:${b.item ?? ""}` ? -1 : 1),
      );
    expect(byKey(stored).map((r) => ({ ...r, updatedAt: undefined }))).toEqual(
      byKey(expected.flatMap((e) => e.standings)),
    );
    expect(byKey(storedSkills)).toEqual(byKey(expected.flatMap((e) => e.skills)));
    expect(rowsOf(counts)).toEqual(rowsOf(expectedCounts));
    return { standings: byKey(stored), skills: byKey(storedSkills) };
  }

  it("writes in eight statements for one member or three, and the rows equal a fresh evaluation", async () => {
    const { memberA, memberA2, memberB } = f.members;
    const ids = [memberA.id, memberA2.id, memberB.id];
    await h.db.insert(projects).values(
      [memberA.id, memberB.id].map((memberId) => ({
        memberId,
        field: "hardware" as const,
        name: "P",
        role: "leader" as const,
        status: "completed" as const,
        successful: true,
        complexity: ["multi_platform", "multi_vendor"],
        scope: "specific_users" as const,
        reviewState: "approved" as const,
      })),
    );
    await h.db
      .insert(specialties)
      .values({ memberId: memberB.id, field: "hardware", area: "first_support_contact", reviewState: "approved" });
    await h.db.insert(skillAssessments).values([
      { memberId: memberA.id, field: "hardware", item: "technology", selfLevel: 3, leadLevel: 4 },
      { memberId: memberA.id, field: "hardware", item: "leadership", selfLevel: 2 },
      {
        memberId: memberA2.id,
        field: "software",
        item: "communication",
        leadLevel: 5,
        leadAssessorId: f.users.leadA.id,
      },
    ]);
    const counted = await countingDb(h.handle);
    await counted.db.transaction((tx) => refreshOfficialEvaluations(tx, [memberA.id]));
    // lock members, load, stored levels, write standings (and lock teams), recount, gap counts, currency rows and counts
    expect(counted.count()).toBe(8);
    counted.reset();
    const at = new Date("2026-05-06T07:08:09.123Z");
    const written = await counted.db.transaction((tx) => refreshOfficialEvaluations(tx, ids, at));
    expect(counted.count()).toBe(8);
    expect(written).toBeGreaterThan(0); // memberB's first snapshot
    const { standings, skills } = await compare(ids);
    expect(standings).toHaveLength(9);
    expect(standings.every((r) => r.updatedAt.getTime() === at.getTime())).toBe(true);
    expect(skills.map((r) => [r.item, r.level, r.source])).toEqual([
      ["leadership", 2, "self"],
      ["technology", 4, "lead"],
      ["communication", 5, "lead"],
    ]);
    const snaps = await h.db.select().from(evaluationSnapshots).where(eq(evaluationSnapshots.takenAt, at));
    expect(snaps.map((s) => s.memberId)).toContain(memberB.id);
    expect(snaps).toHaveLength(written);
    expect(
      (snaps.find((s) => s.memberId === memberB.id)!.evaluation as { projectIds: number[] }).projectIds,
    ).toHaveLength(1);
  });

  it("removes standings, skill standings and team counts that no longer hold, and keeps other members' rows", async () => {
    const { memberA, memberA2, memberB } = f.members;
    await h.db.delete(skillAssessments).where(eq(skillAssessments.memberId, memberA2.id));
    await h.db.update(skillAssessments).set({ leadLevel: null }).where(eq(skillAssessments.item, "technology"));
    await h.db.update(projects).set({ reviewState: "rejected" }).where(eq(projects.memberId, memberA.id));
    const before = await h.db.select().from(memberStandings).where(eq(memberStandings.memberId, memberB.id));
    await h.db.transaction((tx) => refreshOfficialEvaluations(tx, [memberA.id, memberA2.id]));
    const { skills } = await compare([memberA.id, memberA2.id, memberB.id]);
    expect(skills.filter((r) => r.memberId === memberA2.id)).toEqual([]);
    expect(skills.find((r) => r.item === "technology")).toMatchObject({ level: 3, source: "self", leadLevel: null });
    expect(await h.db.select().from(memberStandings).where(eq(memberStandings.memberId, memberB.id))).toEqual(before);
    // A standing the engine does not produce (a stray row) is deleted by the next refresh of its member.
    await h.db.delete(memberStandings).where(eq(memberStandings.memberId, memberA.id));
    await h.db.insert(memberSkillStandings).values({
      memberId: memberA.id,
      field: "facility",
      item: "technology",
      level: 1,
      source: "self",
      selfLevel: 1,
    });
    await h.db.transaction((tx) => refreshOfficialEvaluations(tx, [memberA.id]));
    await compare([memberA.id, memberA2.id, memberB.id]);
    expect((await checkStandings(h.db)).drift).toEqual([]);
  });
});
