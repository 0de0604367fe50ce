// The read model stays equal to a fresh evaluation of the records after every kind of write, and a rolled-back
// change leaves it as it was. The drift check finds a standing that differs.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { seedDemo } from "@/seed/demo";
import { afterSeed } from "@/seed/after-seed";
import { seedBenchOrganisation } from "@/seed/bench-org";
import { createProject } from "@/lib/actions/projects";
import { saveSpecialties } from "@/lib/actions/contributions";
import { setSkillRating } from "@/lib/actions/skills";
import { createMember, archiveMember, moveMember, restoreMember } from "@/lib/actions/members";
import { approveRecord, rejectRecord, reviseRecord, submitRecord, withdrawRecord } from "@/lib/actions/review";
import { importMembersCsv, importSkillsCsv } from "@/lib/actions/transfer";
import {
  exportOrganisation,
  importOrganisation,
  parseOrganisation,
  serializeOrganisation,
} from "@/lib/transfer/org-json";
import { checkGapCounts, checkStandings } from "./check";
import { createTarget, deleteTarget, updateTarget } from "@/lib/actions/targets";
import { updateTeam } from "@/lib/actions/teams";
import { updateOrganisationSettings } from "@/lib/actions/settings";
import { refreshAllStandings, refreshOfficialEvaluations } from "./refresh";
import { evaluateMembers } from "./current";

const project = {
  field: "hardware",
  name: "Server refresh",
  role: "leader",
  status: "completed",
  successful: true,
  complexity: ["multi_platform", "multi_vendor"],
  scope: "specific_users",
} as const;

async function expectNoDrift(db: Db) {
  const result = await checkStandings(db);
  expect(result.drift).toEqual([]);
  return result;
}
const standing = async (db: Db, memberId: number, field: "hardware" | "software" | "facility" = "hardware") =>
  (
    await db
      .select()
      .from(s.memberStandings)
      .where(and(eq(s.memberStandings.memberId, memberId), eq(s.memberStandings.field, field)))
  )[0];

describe("member standings: the read model", () => {
  const h = useIntegrationDb();
  let db: Db;
  let f: Fixture;
  beforeAll(async () => {
    db = h.db;
    f = h.fixture;
    await refreshAllStandings(db); // the fixture writes members directly, as the backfill after migration would find them
  });

  it("the backfill gives every member a standing in each field, and nothing drifts", async () => {
    const rows = await db.select().from(s.memberStandings);
    const memberCount = (await db.select().from(s.members)).length;
    expect(rows).toHaveLength(memberCount * 3);
    expect(rows.every((r) => r.level === 0 && r.provisionalLevel === 0 && r.nextLevel === 3)).toBe(true);
    await expectNoDrift(db);
  });

  it("follows records through submit, approve, reject, withdraw and revise, and skill ratings", async () => {
    const memberId = f.members.memberA.id;
    actAs(f.actors.memberA);
    const created = await createProject({ memberId, ...project });
    const pid = created.ok ? (created.data as { id: number }).id : 0;
    await saveSpecialties({ memberId, field: "hardware", areas: ["first_support_contact"] });
    await expectNoDrift(db);
    const ver = async (t: typeof s.projects | typeof s.specialties, id: number) =>
      (await db.select().from(t).where(eq(t.id, id)))[0].version;
    const sp = (await db.select().from(s.specialties).where(eq(s.specialties.memberId, memberId)))[0];
    expect(
      await submitRecord({ entity: "project", id: pid, memberId, version: await ver(s.projects, pid) }),
    ).toMatchObject({ ok: true });
    expect(await submitRecord({ entity: "specialty", id: sp.id, memberId, version: sp.version })).toMatchObject({
      ok: true,
    });
    expect(await standing(db, memberId)).toMatchObject({ level: 0, provisionalLevel: 3 });
    await expectNoDrift(db);

    actAs(f.actors.leadA);
    expect(
      await approveRecord({ entity: "project", id: pid, memberId, version: await ver(s.projects, pid) }),
    ).toMatchObject({ ok: true });
    expect(
      await approveRecord({ entity: "specialty", id: sp.id, memberId, version: await ver(s.specialties, sp.id) }),
    ).toMatchObject({ ok: true });
    const after = await standing(db, memberId);
    expect(after).toMatchObject({ level: 3, source: "kpi", kpiLevel: 3, nextLevel: 4, provisionalLevel: 3 });
    expect(after.missing).toEqual(
      (await evaluateMembers(db, [memberId])).get(memberId)!.evaluation.fields.hardware.next!.missing,
    );
    expect(after.missingCount).toBe((after.missing as unknown[]).length);
    await expectNoDrift(db);

    // A revision is provisional until approved; rejecting it leaves the official level.
    actAs(f.actors.memberA);
    const rev = await reviseRecord({ entity: "project", id: pid, memberId, version: await ver(s.projects, pid) });
    expect(rev).toMatchObject({ ok: true });
    const revId = rev.ok ? (rev.data as { id: number }).id : 0;
    expect(
      await submitRecord({ entity: "project", id: revId, memberId, version: await ver(s.projects, revId) }),
    ).toMatchObject({ ok: true });
    await expectNoDrift(db);
    actAs(f.actors.leadA);
    expect(
      await rejectRecord({
        entity: "project",
        id: revId,
        memberId,
        version: await ver(s.projects, revId),
        comment: "Dates?",
      }),
    ).toMatchObject({ ok: true });
    expect(await standing(db, memberId)).toMatchObject({ level: 3 });
    await expectNoDrift(db);

    // Skill ratings: the lead's rating is the one that counts, the self-rating stands until then.
    actAs(f.actors.memberA);
    expect(
      await setSkillRating({ memberId, field: "hardware", item: "technology", rater: "self", level: 4, version: null }),
    ).toMatchObject({ ok: true });
    let skill = (
      await db.select().from(s.memberSkillStandings).where(eq(s.memberSkillStandings.memberId, memberId))
    )[0];
    expect(skill).toMatchObject({
      field: "hardware",
      item: "technology",
      level: 4,
      source: "self",
      selfLevel: 4,
      leadLevel: null,
    });
    actAs(f.actors.leadA);
    const v = (await db.select().from(s.skillAssessments).where(eq(s.skillAssessments.memberId, memberId)))[0].version;
    expect(
      await setSkillRating({ memberId, field: "hardware", item: "technology", rater: "lead", level: 2, version: v }),
    ).toMatchObject({ ok: true });
    skill = (await db.select().from(s.memberSkillStandings).where(eq(s.memberSkillStandings.memberId, memberId)))[0];
    expect(skill).toMatchObject({ level: 2, source: "lead", selfLevel: 4, leadLevel: 2 });
    await expectNoDrift(db);

    // Withdrawing a submitted record takes it out of the provisional level.
    actAs(f.actors.memberA);
    const p2 = await createProject({ memberId, ...project, field: "software", name: "SW" });
    const p2id = p2.ok ? (p2.data as { id: number }).id : 0;
    await saveSpecialties({ memberId, field: "software", areas: ["first_support_contact"] });
    const sp2 = (
      await db
        .select()
        .from(s.specialties)
        .where(and(eq(s.specialties.memberId, memberId), eq(s.specialties.field, "software")))
    )[0];
    await submitRecord({ entity: "specialty", id: sp2.id, memberId, version: sp2.version });
    await submitRecord({ entity: "project", id: p2id, memberId, version: await ver(s.projects, p2id) });
    expect(await standing(db, memberId, "software")).toMatchObject({ level: 0, provisionalLevel: 3 });
    expect(
      await withdrawRecord({ entity: "project", id: p2id, memberId, version: await ver(s.projects, p2id) }),
    ).toMatchObject({ ok: true });
    expect(await standing(db, memberId, "software")).toMatchObject({ level: 0, provisionalLevel: 0 });
    await expectNoDrift(db);
  });

  it("new members (form and CSV) get a standing; moves and archives keep it; CSV skill imports update it", async () => {
    actAs(f.actors.leadA);
    const created = await createMember({ teamId: f.teams.teamA.id, name: "New Person" });
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? (created.data as { id: number }).id : 0;
    expect(await db.select().from(s.memberStandings).where(eq(s.memberStandings.memberId, id))).toHaveLength(3);

    actAs(f.actors.admin);
    expect(
      await importMembersCsv({ csv: `name,email,team,role\nCsv Person,csv.person@t.test,Team B,\n`, dryRun: false }),
    ).toMatchObject({ ok: true });
    const csvMember = (await db.select().from(s.members).where(eq(s.members.name, "Csv Person")))[0];
    expect(await db.select().from(s.memberStandings).where(eq(s.memberStandings.memberId, csvMember.id))).toHaveLength(
      3,
    );
    await expectNoDrift(db);

    actAs(f.actors.leadB);
    const csv = `member_id,field,skill_item,self,lead\n${csvMember.id},software,leadership,,3\n`;
    expect(await importSkillsCsv({ csv, dryRun: false })).toMatchObject({
      ok: true,
      data: { applied: true, errors: [] },
    });
    const skill = (
      await db.select().from(s.memberSkillStandings).where(eq(s.memberSkillStandings.memberId, csvMember.id))
    )[0];
    expect(skill).toMatchObject({ field: "software", item: "leadership", level: 3, source: "lead", leadLevel: 3 });
    await expectNoDrift(db);

    actAs(f.actors.head1);
    const m = (await db.select().from(s.members).where(eq(s.members.id, id)))[0];
    const teamSize = async (teamId: number) =>
      (await db.select().from(s.teamLevelCounts).where(eq(s.teamLevelCounts.teamId, teamId)))
        .filter((c) => c.field === "hardware" && c.item === "")
        .reduce((n, c) => n + c.n, 0);
    const [sizeA, sizeB] = [await teamSize(f.teams.teamA.id), await teamSize(f.teams.teamB.id)];
    expect(await moveMember({ id, version: m.version, teamId: f.teams.teamB.id })).toMatchObject({ ok: true });
    // The per-team counts follow the member in the same transaction: one fewer in A, one more in B.
    expect([await teamSize(f.teams.teamA.id), await teamSize(f.teams.teamB.id)]).toEqual([sizeA - 1, sizeB + 1]);
    await expectNoDrift(db);
    const moved = (await db.select().from(s.members).where(eq(s.members.id, id)))[0];
    expect(await archiveMember({ id, version: moved.version })).toMatchObject({ ok: true });
    expect(await teamSize(f.teams.teamB.id)).toBe(sizeB);
    expect(await db.select().from(s.memberStandings).where(eq(s.memberStandings.memberId, id))).toHaveLength(3);
    await expectNoDrift(db);
    const archived = (await db.select().from(s.members).where(eq(s.members.id, id)))[0];
    expect(await restoreMember({ id, version: archived.version })).toMatchObject({ ok: true });
    expect(await teamSize(f.teams.teamB.id)).toBe(sizeB + 1);
    await expectNoDrift(db);
  });

  it("the gap lists' per-team counts follow ratings, targets, the team's field and the counting of self-ratings", async () => {
    const team = f.teams.teamA;
    const counts = async () =>
      Object.fromEntries(
        (await db.select().from(s.teamGapCounts).where(eq(s.teamGapCounts.teamId, team.id))).map((c) => [
          `${c.list}:${c.key}`,
          c.n,
        ]),
      );
    const memberId = f.members.memberA2.id;
    // a lead rating of 2 in an item: below the default critical level 4, nobody holds it
    actAs(f.actors.leadA);
    expect(
      await setSkillRating({
        memberId,
        field: "hardware",
        item: "negotiation",
        rater: "lead",
        level: 2,
        version: null,
      }),
    ).toMatchObject({ ok: true });
    await expectNoDrift(db);
    const before = await counts();
    // a team target at level 2 in that item makes its one holder a single point of failure
    actAs(f.actors.head1);
    const created = await createTarget({
      teamId: team.id,
      field: "hardware",
      kind: "skill",
      skillItem: "negotiation",
      minLevel: 2,
      minCount: 2,
    });
    expect(created).toMatchObject({ ok: true });
    const target = created.ok ? (created.data as { id: number; version: number }) : { id: 0, version: 0 };
    const withTarget = await counts();
    expect(withTarget["singles:0"]).toBe((before["singles:0"] ?? 0) + 1);
    expect(withTarget["nobody:0"]).toBe(before["nobody:0"] - 1);
    await expectNoDrift(db);
    // raised to 3, nobody holds it again
    expect(
      await updateTarget({
        id: target.id,
        version: target.version,
        field: "hardware",
        kind: "skill",
        skillItem: "negotiation",
        minLevel: 3,
        minCount: 2,
      }),
    ).toMatchObject({ ok: true });
    expect(await counts()).toEqual(before);
    await expectNoDrift(db);
    const [t2] = await db.select().from(s.targets).where(eq(s.targets.id, target.id));
    expect(await deleteTarget({ id: t2.id, version: t2.version })).toMatchObject({ ok: true });
    expect(await counts()).toEqual(before);
    await expectNoDrift(db);

    // a mixed team serves every field: three fields' slots, not one
    actAs(f.actors.admin);
    const [row] = await db.select().from(s.teams).where(eq(s.teams.id, team.id));
    expect(await updateTeam({ id: team.id, version: row.version, name: row.name, field: null })).toMatchObject({
      ok: true,
    });
    expect((await counts())["nobody:0"]).toBeGreaterThan(before["nobody:0"]);
    await expectNoDrift(db);
    const [mixed] = await db.select().from(s.teams).where(eq(s.teams.id, team.id));
    expect(
      await updateTeam({ id: team.id, version: mixed.version, name: mixed.name, field: "hardware" }),
    ).toMatchObject({ ok: true });
    expect(await counts()).toEqual(before);

    // a self-rating of 4 holds an item at its critical level only when the organisation counts self-ratings
    actAs(f.actors.memberA);
    const self = await setSkillRating({
      memberId: f.members.memberA.id,
      field: "hardware",
      item: "leadership",
      rater: "self",
      level: 4,
      version: null,
    });
    expect(self).toMatchObject({ ok: true });
    const selfOnly = await counts();
    actAs(f.actors.admin);
    const [settings] = await db.select().from(s.organisationSettings);
    expect(await updateOrganisationSettings({ version: settings.version, countSelfRatings: true })).toMatchObject({
      ok: true,
    });
    const counted = await counts();
    expect(counted["singles:0"]).toBe((selfOnly["singles:0"] ?? 0) + 1);
    await expectNoDrift(db);
    const [on] = await db.select().from(s.organisationSettings);
    expect(await updateOrganisationSettings({ version: on.version, countSelfRatings: false })).toMatchObject({
      ok: true,
    });
    expect(await counts()).toEqual(selfOnly);
    expect(await checkGapCounts(db)).toEqual([]);
  });

  it("the drift check reports per-team counts that differ from the standings, and a stray one", async () => {
    const teamId = f.teams.teamA.id;
    const [row] = await db.select().from(s.teamLevelCounts).where(eq(s.teamLevelCounts.teamId, teamId)).limit(1);
    await db
      .update(s.teamLevelCounts)
      .set({ n: row.n + 2 })
      .where(
        and(
          eq(s.teamLevelCounts.teamId, teamId),
          eq(s.teamLevelCounts.field, row.field),
          eq(s.teamLevelCounts.item, row.item),
          eq(s.teamLevelCounts.level, row.level),
        ),
      );
    await db.insert(s.teamLevelCounts).values({ teamId, field: "facility", item: "", level: 6, n: 1 });
    const result = await checkStandings(db);
    expect(result.drift.map((d) => [d.teamId, d.expected, d.stored])).toEqual(
      expect.arrayContaining([
        [teamId, row.n, row.n + 2],
        [teamId, null, 1],
      ]),
    );
    expect(result.drift).toHaveLength(2);
    // A refresh of any member of the team rewrites the team's counts from the standings.
    const [anyMember] = await db.select().from(s.members).where(eq(s.members.teamId, teamId)).limit(1);
    await refreshOfficialEvaluations(db, [anyMember.id]);
    await expectNoDrift(db);
  });

  it("a rolled-back change leaves the standing as it was", async () => {
    const memberId = f.members.memberA2.id;
    const before = await db.select().from(s.memberStandings).where(eq(s.memberStandings.memberId, memberId));
    await expect(
      db.transaction(async (tx) => {
        await tx
          .insert(s.projects)
          .values({ memberId, ...project, complexity: [...project.complexity], reviewState: "approved" });
        await tx
          .insert(s.specialties)
          .values({ memberId, field: "hardware", area: "first_support_contact", reviewState: "approved" });
        await refreshOfficialEvaluations(tx, [memberId]);
        expect(
          (
            await tx
              .select()
              .from(s.memberStandings)
              .where(and(eq(s.memberStandings.memberId, memberId), eq(s.memberStandings.field, "hardware")))
          )[0].level,
        ).toBe(3);
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.select().from(s.memberStandings).where(eq(s.memberStandings.memberId, memberId))).toEqual(before);
    await expectNoDrift(db);
  });

  it("the drift check reports a standing that differs from the records, and a missing one", async () => {
    const memberId = f.members.memberB.id;
    await db
      .update(s.memberStandings)
      .set({ level: 5 })
      .where(and(eq(s.memberStandings.memberId, memberId), eq(s.memberStandings.field, "facility")));
    await db
      .delete(s.memberStandings)
      .where(and(eq(s.memberStandings.memberId, memberId), eq(s.memberStandings.field, "software")));
    const result = await checkStandings(db);
    expect(
      result.drift
        .filter((d) => d.memberId !== 0)
        .map((d) => `${d.memberId} ${d.what}`)
        .sort(),
    ).toEqual([`${memberId} standing facility`, `${memberId} standing software`]);
    // The member's team's counts no longer match the (tampered) standings either.
    const [member] = await db.select().from(s.members).where(eq(s.members.id, memberId));
    const teamDrift = result.drift.filter((d) => d.memberId === 0);
    expect(teamDrift.length).toBeGreaterThan(0);
    expect(teamDrift.every((d) => d.teamId === member.teamId)).toBe(true);
    await refreshOfficialEvaluations(db, [memberId]);
    await expectNoDrift(db);
  });
});

describe("member standings on generated data (the demo organisation) and through a JSON restore", () => {
  const h = useIntegrationDb({ fixture: false });
  const h2 = useIntegrationDb({ fixture: false });

  it("seed → zero drift; export → restore into an empty database → the same standings, zero drift", async () => {
    await h.db.transaction(async (tx) => {
      await seedDemo(tx as never);
      await afterSeed(tx as never);
    });
    const check = await expectNoDrift(h.db);
    expect(check.members).toBeGreaterThanOrEqual(30);
    const levels = await h.db.select().from(s.memberStandings);
    expect(levels.some((r) => r.level >= 3)).toBe(true); // the demo is not all zeros: the check compares real levels
    const skills = await h.db.select().from(s.memberSkillStandings);
    expect(skills.some((r) => r.source === "lead") && skills.some((r) => r.source === "self")).toBe(true);

    const parsed = parseOrganisation(serializeOrganisation(await exportOrganisation(h.db)));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    await h2.db.transaction((tx) => importOrganisation(tx, parsed.data));
    await expectNoDrift(h2.db);
    const key = (r: { memberId: number; field: string }) => `${r.memberId}:${r.field}`;
    const restored = new Map((await h2.db.select().from(s.memberStandings)).map((r) => [key(r), r]));
    for (const r of levels)
      expect(restored.get(key(r))).toMatchObject({
        level: r.level,
        missing: r.missing,
        provisionalLevel: r.provisionalLevel,
      });
  });
});

describe("member standings on the benchmark organisation (generated records of every kind and review state)", () => {
  const h = useIntegrationDb({ fixture: false });

  it("600 members with 21 ratings each: standings written in full batches, zero drift", async () => {
    const summary = await seedBenchOrganisation(h.db, 600);
    expect(summary.members).toBe(600);
    const check = await expectNoDrift(h.db);
    expect(check.members).toBe(600);
    const skills = await h.db.select().from(s.memberSkillStandings);
    expect(skills.length).toBeGreaterThan(500 * 20); // a batch of 500 members' ratings exceeds one statement's parameters
    const levels = new Set((await h.db.select().from(s.memberStandings)).map((r) => r.level));
    expect(levels.size).toBeGreaterThan(2);
  }, 120_000);
});
