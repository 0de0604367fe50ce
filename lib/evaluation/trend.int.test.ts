// The level trend's kept counts (team_level_trend) equal a recount from the snapshots after each kind of write made
// through the actions, and across a month boundary before and after the daily `trend` job; /gaps reads the same
// numbers from them as from the snapshots.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { and, eq, lt } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import type { Field } from "@/lib/itss/fields";
import { levelTrend } from "@/lib/db/queries/gaps";
import type { ViewScope } from "@/lib/db/queries/scope";
import { createProject } from "@/lib/actions/projects";
import { saveSpecialties } from "@/lib/actions/contributions";
import { approveRecords, submitRecord } from "@/lib/actions/review";
import { archiveMember, createMember, moveMember, restoreMember } from "@/lib/actions/members";
import { trendJob } from "@/lib/jobs/trend";
import { checkStandings } from "./check";
import { checkTrend, recountAllTrend, rewriteTeamTrend } from "./trend";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;

const monthStart = (monthsAgo: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsAgo, 1));
};
const snap = (memberId: number, takenAt: Date, level: number, field: Field = "hardware") => ({
  memberId,
  field,
  takenAt,
  level,
  source: "exam",
  kpiLevel: 0,
  examLevel: level,
  evaluation: {},
});
const org: ViewScope = { kind: "org" };

/** The trend /gaps shows for the organisation, checked against the same statement's count from the snapshots. */
async function trendBothWays(field: Field = "hardware") {
  const kept = await levelTrend(db, f.actors.admin, org, field);
  let scanned: typeof kept = [];
  await db
    .transaction(async (tx) => {
      await tx.delete(s.teamLevelTrend);
      scanned = await levelTrend(tx as unknown as Db, f.actors.admin, org, field);
      throw new Error("rollback");
    })
    .catch((e: Error) => {
      if (e.message !== "rollback") throw e;
    });
  expect(kept).toEqual(scanned);
  return kept;
}

const version = async (id: number) =>
  (await db.select({ v: s.members.version }).from(s.members).where(eq(s.members.id, id)))[0].v;

beforeAll(async () => {
  db = h.db;
  f = h.fixture;
  // History older than the writes below: members of team A at levels over the past year and before it.
  await db
    .insert(s.evaluationSnapshots)
    .values([
      snap(f.members.memberA2.id, monthStart(15), 1),
      snap(f.members.memberA2.id, monthStart(5), 2),
      snap(f.members.memberB.id, new Date(monthStart(3).getTime() + 86_400_000), 3),
      snap(f.members.memberB.id, monthStart(2), 1, "software"),
    ]);
  await db
    .update(s.members)
    .set({ createdAt: monthStart(14) })
    .where(eq(s.members.id, f.members.memberC.id));
  await recountAllTrend(db);
});

describe("the level trend's kept counts", () => {
  it("start equal to the recount, and the check finds a count that is off", async () => {
    expect(await checkTrend(db)).toEqual([]);
    const before = await trendBothWays();
    expect(before.at(-1)!.counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const [row] = await db.select().from(s.teamLevelTrend).limit(1);
    await db
      .update(s.teamLevelTrend)
      .set({ n: row.n + 1 })
      .where(
        and(
          eq(s.teamLevelTrend.teamId, row.teamId),
          eq(s.teamLevelTrend.field, row.field),
          eq(s.teamLevelTrend.month, row.month),
          eq(s.teamLevelTrend.level, row.level),
        ),
      );
    const drift = await checkTrend(db);
    expect(drift.length).toBeGreaterThan(0);
    expect(drift[0].teamId).toBe(row.teamId);
    // db:check-standings reports it too
    expect((await checkStandings(db)).drift.some((d) => d.what.startsWith("trend "))).toBe(true);
    await recountAllTrend(db);
    expect(await checkTrend(db)).toEqual([]);
  });

  it("stay equal after a member is created, evaluated (records approved), moved, archived and restored", async () => {
    const steps: [string, () => Promise<unknown>][] = [];
    let created = 0;
    steps.push([
      "created",
      async () => {
        actAs(f.actors.admin);
        const r = await createMember({ teamId: f.teams.teamA.id, name: "Trend Person" });
        expect(r).toMatchObject({ ok: true });
        created = r.ok ? (r.data as { id: number }).id : 0;
      },
    ]);
    steps.push([
      "approved",
      async () => {
        const memberId = f.members.memberA.id;
        actAs(f.actors.memberA);
        const p = await createProject({
          memberId,
          field: "hardware",
          name: "Server refresh",
          role: "leader",
          status: "completed",
          successful: true,
          complexity: ["multi_platform", "multi_vendor"],
          scope: "specific_users",
        });
        const pid = p.ok ? (p.data as { id: number }).id : 0;
        await saveSpecialties({ memberId, field: "hardware", areas: ["first_support_contact"] });
        const [sp] = await db.select().from(s.specialties).where(eq(s.specialties.memberId, memberId));
        const projectVersion = async () =>
          (await db.select().from(s.projects).where(eq(s.projects.id, pid)))[0].version;
        await submitRecord({ entity: "project", id: pid, memberId, version: await projectVersion() });
        await submitRecord({ entity: "specialty", id: sp.id, memberId, version: sp.version });
        const [spNow] = await db.select().from(s.specialties).where(eq(s.specialties.id, sp.id));
        actAs(f.actors.leadA);
        expect(
          await approveRecords({
            records: [
              { entity: "project", id: pid, memberId, version: await projectVersion() },
              { entity: "specialty", id: sp.id, memberId, version: spNow.version },
            ],
          }),
        ).toMatchObject({ ok: true });
      },
    ]);
    steps.push([
      "moved",
      async () => {
        actAs(f.actors.admin);
        const id = f.members.memberA2.id;
        expect(await moveMember({ id, version: await version(id), teamId: f.teams.teamB.id })).toMatchObject({
          ok: true,
        });
      },
    ]);
    steps.push([
      "archived",
      async () => {
        const id = f.members.memberB.id;
        expect(await archiveMember({ id, version: await version(id) })).toMatchObject({ ok: true });
      },
    ]);
    steps.push([
      "restored",
      async () => {
        const id = f.members.memberB.id;
        expect(await restoreMember({ id, version: await version(id) })).toMatchObject({ ok: true });
      },
    ]);
    // Teams A and B's trends, each checked against the count from the snapshots.
    const teamTrends = async () => {
      await trendBothWays();
      return Promise.all(
        [f.teams.teamA, f.teams.teamB].map(async (t) => {
          const scope: ViewScope = { kind: "team", teamId: t.id, departmentId: t.departmentId, name: t.name };
          return levelTrend(db, f.actors.admin, scope, "hardware");
        }),
      );
    };
    let previous = await teamTrends();
    for (const [what, step] of steps) {
      await step();
      expect(await checkTrend(db), what).toEqual([]);
      const now = await teamTrends();
      // each write shows in the months of a team (the member counted, at another level, elsewhere, or not at all)
      expect(now, what).not.toEqual(previous);
      previous = now;
    }
    // the new member counts at level 0 this month; the approval put member A at level 3 this month
    expect(created).toBeGreaterThan(0);
    const [hw] = await db
      .select()
      .from(s.evaluationSnapshots)
      .where(
        and(eq(s.evaluationSnapshots.memberId, f.members.memberA.id), eq(s.evaluationSnapshots.field, "hardware")),
      );
    expect(hw.level).toBe(3);
    expect((await trendBothWays("software")).length).toBe(12);
  });

  it("are right across a month boundary before the daily job rolls them, and after", async () => {
    // The counts of every team as they were written late last month, when nothing had changed since (the members
    // of team C joined fourteen months ago; the history above is older than this month).
    await db.delete(s.evaluationSnapshots).where(eq(s.evaluationSnapshots.memberId, f.members.memberC.id));
    const lastMonth = new Date(monthStart(0).getTime() - 3_600_000);
    const teamC = f.teams.teamC.id;
    await rewriteTeamTrend(db, [teamC], lastMonth);
    const [oldest] = await db
      .select({ month: s.teamLevelTrend.month })
      .from(s.teamLevelTrend)
      .where(eq(s.teamLevelTrend.teamId, teamC))
      .orderBy(s.teamLevelTrend.month)
      .limit(1);
    expect(oldest.month).toBe(monthStart(12).toISOString().slice(0, 10)); // a month older than today's window
    // Before the job: the read carries last month's counts into this one, and folds the month before the window.
    expect(await checkTrend(db)).toEqual([]);
    await trendBothWays();
    const rolled = await trendJob.run({ db, now: new Date() });
    expect(rolled.changed).toBeGreaterThanOrEqual(1);
    const first = monthStart(11).toISOString().slice(0, 10);
    expect(await db.select().from(s.teamLevelTrend).where(lt(s.teamLevelTrend.month, first))).toEqual([]);
    expect(await checkTrend(db)).toEqual([]);
    await trendBothWays();
    // run again: nothing left to roll
    expect((await trendJob.run({ db, now: new Date() })).changed).toBe(0);
  });

  it("are filled by the job on a database that never had them (an upgrade)", async () => {
    await db.delete(s.teamLevelTrend);
    await trendJob.run({ db, now: new Date() });
    expect((await db.select().from(s.teamLevelTrend)).length).toBeGreaterThan(0);
    expect(await checkTrend(db)).toEqual([]);
  });
});
