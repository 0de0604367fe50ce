// The gap dashboard's SQL on the read model equals the same numbers recomputed from the records (the engine on each
// member's evidence, ratings read from skill_assessments), on the demo organisation plus rows placed for each list.
import { beforeAll, describe, expect, it } from "vitest";
import { countingDb, useIntegrationDb } from "@/lib/testing/integration";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import * as s from "../schema";
import type { Actor } from "../../auth/policy";
import { seedDemo } from "../../../seed/demo";
import { afterSeed } from "../../../seed/after-seed";
import { evaluateMembers } from "../../evaluation/current";
import { refreshOfficialEvaluations } from "../../evaluation/refresh";
import { readMemberRecords } from "./evidence";
import { targetStatus, type Proficiency } from "../../targets/status";
import { MAX_LEVEL, skillItemsOf, type Field, type SkillItem } from "../../itss/fields";
import type { ViewScope } from "../../views/scope";
import { recountTeams } from "../../evaluation/team-counts";
import { DEFAULT_CRITICAL_LEVEL } from "../../heatmap/gap";
import { gapLists, levelDistribution, levelTrend, rollUp, singlePoints, targetStandings, type GapLists } from "./gaps";

/** One of the four member lists, read through the statement that reads them all. */
const list =
  <K extends keyof GapLists>(key: K) =>
  async (db: Db, actor: Actor, scope: ViewScope, limit: number): Promise<GapLists[K]> =>
    (await gapLists(db, actor, scope, limit))[key];
const oneStepMembers = list("oneStep");
const expiringCertifications = list("certifications");
const divergentRatings = list("apart");
const staleRatings = list("stale");

const daysFromToday = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

describe("gap dashboard queries", () => {
  const h = useIntegrationDb({ fixture: false });
  let db: Db;
  let head: Actor;
  let leadHw: Actor;
  let dept: ViewScope;
  let teamRows: (typeof s.teams.$inferSelect)[];
  let hwTeamId: number;

  /**
   * The trend as read from the kept counts, after checking it equals the same statement's count from the snapshots
   * (the fallback of a database whose counts were never filled: here, with the rows removed in a rolled-back
   * transaction).
   */
  async function trendBothWays(actor: Actor, scope: ViewScope, field: Field) {
    const kept = await levelTrend(db, actor, scope, field);
    let scanned: Awaited<ReturnType<typeof levelTrend>> = [];
    await db
      .transaction(async (tx) => {
        await tx.delete(s.teamLevelTrend);
        scanned = await levelTrend(tx as unknown as Db, actor, scope, field);
        throw new Error("rollback");
      })
      .catch((e: Error) => {
        if (e.message !== "rollback") throw e;
      });
    expect(kept).toEqual(scanned);
    return kept;
  }

  /** Active members of the given teams with their official evaluation and proficiency, from the records. */
  async function recompute(teamIds: number[]) {
    const ms = (await db.select().from(s.members).where(isNull(s.members.archivedAt))).filter((m) =>
      teamIds.includes(m.teamId),
    );
    const [evals, records] = await Promise.all([
      evaluateMembers(
        db,
        ms.map((m) => m.id),
      ),
      readMemberRecords(
        db,
        ms.map((m) => m.id),
        "evaluation",
      ),
    ]);
    return ms.map((m) => {
      // What counts by default: the lead's rating; a self-rating alone is self-rated, not confirmed (kept apart).
      const proficiency: Proficiency = {};
      const selfOnly: Proficiency = {};
      for (const a of records.get(m.id)!.assessments) {
        if (a.leadLevel !== null) (proficiency[a.field] ??= {})[a.item as SkillItem] = a.leadLevel;
        else if (a.selfLevel !== null) (selfOnly[a.field] ??= {})[a.item as SkillItem] = a.selfLevel;
      }
      return {
        id: m.id,
        name: m.name,
        teamId: m.teamId,
        evaluation: evals.get(m.id)!.evaluation,
        proficiency,
        selfOnly,
      };
    });
  }

  beforeAll(async () => {
    db = h.db;
    await seedDemo(db);
    await afterSeed(db);
    const [headUser] = await db.select().from(s.users).where(eq(s.users.email, "head@levelboard.test"));
    const [leadUser] = await db.select().from(s.users).where(eq(s.users.email, "lead.hw@levelboard.test"));
    const leads = await db.select().from(s.teamLeads).where(eq(s.teamLeads.userId, leadUser.id));
    head = { userId: headUser.id, role: "head", departmentId: headUser.departmentId, leadTeamIds: [], memberId: null };
    leadHw = {
      userId: leadUser.id,
      role: "lead",
      departmentId: leadUser.departmentId,
      leadTeamIds: leads.map((l) => l.teamId),
      memberId: null,
    };
    dept = { kind: "department", departmentId: headUser.departmentId!, name: "" };
    teamRows = await db.select().from(s.teams);
    hwTeamId = teamRows.find((t) => t.field === "hardware")!.id;
    // A software skill target names an item at level 3: the single-point check of that item uses 3, not 4.
    const swTeam = teamRows.find((t) => t.field === "software")!;
    await db.insert(s.targets).values({
      teamId: swTeam.id,
      field: "software",
      kind: "skill",
      skillItem: "negotiation",
      minLevel: 3,
      minCount: 2,
    });
  });

  it("targets: actual, one level short and gap equal a count from the records, ranked worst first", async () => {
    const got = await targetStandings(db, head, dept);
    const all = await db.select().from(s.targets);
    expect(got.map((t) => t.id).sort()).toEqual(all.map((t) => t.id).sort());
    const members = await recompute(teamRows.map((t) => t.id));
    for (const t of got) {
      const group = members.filter((m) => (t.teamId !== null ? m.teamId === t.teamId : true));
      const expected = targetStatus(
        { id: t.id, field: t.field, kind: t.kind, skillItem: t.skillItem, minLevel: t.minLevel, minCount: t.minCount },
        group,
      );
      const selfOnly =
        t.kind === "skill"
          ? group.filter((m) => (m.selfOnly[t.field]?.[t.skillItem as SkillItem] ?? 0) >= t.minLevel).length
          : 0;
      expect(
        { actual: t.actual, selfOnly: t.selfOnly, oneAway: t.oneAway, gap: t.gap, met: t.met },
        `target ${t.id}`,
      ).toEqual({
        actual: expected.have,
        selfOnly,
        oneAway: expected.oneAway,
        gap: expected.gap,
        met: expected.met,
      });
    }
    expect(got.some((t) => t.selfOnly > 0) || got.every((t) => t.kind === "level")).toBe(true);
    // The demo's Hardware level-4 target is one member short.
    expect(got.find((t) => t.teamId === hwTeamId && t.kind === "level")).toMatchObject({
      minLevel: 4,
      minCount: 4,
      actual: 3,
      gap: 1,
    });
    for (let i = 1; i < got.length; i++) {
      expect(got[i - 1].gap >= got[i].gap, "largest gap first").toBe(true);
      if (got[i - 1].gap === got[i].gap)
        expect(got[i - 1].actual / got[i - 1].minCount <= got[i].actual / got[i].minCount).toBe(true);
    }
    const rolled = rollUp(got);
    expect(rolled).toEqual([
      {
        departmentId: head.departmentId,
        teamTargets: got.filter((t) => t.teamId !== null).length,
        teamTargetsMet: got.filter((t) => t.teamId !== null && t.met).length,
        membersMissing: got.filter((t) => t.teamId !== null).reduce((n, t) => n + t.gap, 0),
      },
    ]);
  });

  it("targets: a lead sees only their team's (no department target); an archived member stops counting", async () => {
    const mine = await targetStandings(db, leadHw, { kind: "mine", teamIds: leadHw.leadTeamIds });
    expect(mine.every((t) => t.teamId === hwTeamId)).toBe(true);
    expect(mine).toHaveLength(2);
    const level = mine.find((t) => t.kind === "level")!;
    const [top] = await db
      .select({ id: s.memberStandings.memberId })
      .from(s.memberStandings)
      .innerJoin(s.members, eq(s.members.id, s.memberStandings.memberId))
      .where(
        and(eq(s.members.teamId, hwTeamId), eq(s.memberStandings.field, "hardware"), eq(s.memberStandings.level, 5)),
      );
    await db
      .transaction(async (tx) => {
        await tx.update(s.members).set({ archivedAt: new Date() }).where(eq(s.members.id, top.id));
        await recountTeams(tx, [hwTeamId]); // as archiveMember does in its transaction
        const after = (
          await targetStandings(tx as unknown as Db, leadHw, { kind: "mine", teamIds: leadHw.leadTeamIds })
        ).find((t) => t.id === level.id)!;
        expect(after.actual).toBe(level.actual - 1);
        tx.rollback();
      })
      .catch((e) => {
        if (!String(e).includes("Rollback")) throw e;
      });
  });

  it("single points of failure: items and levels exactly one member holds at the target's level (default 4), and those nobody holds", async () => {
    const got = await singlePoints(db, head, dept);
    const members = await recompute(teamRows.map((t) => t.id));
    const targets = await db.select().from(s.targets);
    const expected: {
      teamId: number;
      field: Field;
      item: SkillItem | null;
      minLevel: number;
      holders: number;
      memberId: number | null;
      selfOnly: number;
    }[] = [];
    for (const team of teamRows) {
      const field = team.field!;
      const inTeam = members.filter((m) => m.teamId === team.id);
      for (const item of [null, ...skillItemsOf(field)] as (SkillItem | null)[]) {
        const naming = targets.filter(
          (t) =>
            t.teamId === team.id &&
            t.field === field &&
            (item === null ? t.kind === "level" : t.kind === "skill" && t.skillItem === item),
        );
        const minLevel = naming.length ? Math.max(...naming.map((t) => t.minLevel)) : DEFAULT_CRITICAL_LEVEL;
        const holders = inTeam.filter(
          (m) => (item === null ? m.evaluation.fields[field].level : (m.proficiency[field]?.[item] ?? 0)) >= minLevel,
        );
        if (holders.length <= 1)
          expected.push({
            teamId: team.id,
            field,
            item,
            minLevel,
            holders: holders.length,
            memberId: holders[0]?.id ?? null,
            selfOnly: item === null ? 0 : inTeam.filter((m) => (m.selfOnly[field]?.[item] ?? 0) >= minLevel).length,
          });
      }
    }
    expect(
      got.map(({ teamId, field, item, minLevel, holders, memberId, selfOnly }) => ({
        teamId,
        field,
        item,
        minLevel,
        holders,
        memberId,
        selfOnly,
      })),
    ).toEqual(expect.arrayContaining(expected));
    expect(got).toHaveLength(expected.length);
    expect(expected.some((e) => e.holders === 1)).toBe(true);
    for (const p of got.filter((g) => g.holders === 1))
      expect(p.memberName).toBe(members.find((m) => m.id === p.memberId)!.name);
    const negotiation = expected.find((e) => e.field === "software" && e.item === "negotiation");
    if (negotiation) expect(negotiation.minLevel).toBe(3);
  });

  it("one step from the next level: exactly the members whose evaluation misses one requirement in their team's field", async () => {
    const got = await oneStepMembers(db, head, dept, 500);
    const members = await recompute(teamRows.map((t) => t.id));
    const fieldOf = new Map(teamRows.map((t) => [t.id, t.field!]));
    const expected = members.filter((m) => m.evaluation.fields[fieldOf.get(m.teamId)!].next?.missing.length === 1);
    expect(got.total).toBe(expected.length);
    expect(got.rows.map((r) => r.memberId).sort()).toEqual(expected.map((m) => m.id).sort());
    for (const r of got.rows) {
      const e = members.find((m) => m.id === r.memberId)!.evaluation.fields[r.field];
      expect(r).toMatchObject({ level: e.level, nextLevel: e.next!.level, missing: e.next!.missing[0] });
    }
    const capped = await oneStepMembers(db, head, dept, 1);
    expect(capped).toMatchObject({ total: expected.length });
    expect(capped.rows).toHaveLength(Math.min(1, expected.length));
  });

  it("certifications expiring within 90 days, ratings two levels apart, ratings older than 12 months", async () => {
    const [m] = await db.select().from(s.members).where(eq(s.members.teamId, hwTeamId)).limit(1);
    const before = await expiringCertifications(db, head, dept, 500);
    await db.insert(s.certifications).values([
      { memberId: m.id, name: "Soon", expiresOn: daysFromToday(10), reviewState: "approved" },
      { memberId: m.id, name: "Edge", expiresOn: daysFromToday(90), reviewState: "approved" },
      { memberId: m.id, name: "Later", expiresOn: daysFromToday(91), reviewState: "approved" },
      { memberId: m.id, name: "Expired", expiresOn: daysFromToday(-1), reviewState: "approved" },
      { memberId: m.id, name: "Draft", expiresOn: daysFromToday(5), reviewState: "draft" },
    ]);
    const after = await expiringCertifications(db, head, dept, 500);
    expect(after.total).toBe(before.total + 2);
    expect(
      after.rows
        .filter((r) => r.memberId === m.id && ["Soon", "Edge"].includes(r.certification))
        .map((r) => [r.certification, r.days]),
    ).toEqual([
      ["Soon", 10],
      ["Edge", 90],
    ]);
    const dates = after.rows.map((r) => r.expiresOn);
    expect([...dates].sort()).toEqual(dates);
    // Independent count of the demo's own expiring certifications.
    const certs = await db.select().from(s.certifications).where(eq(s.certifications.reviewState, "approved"));
    expect(after.total).toBe(
      certs.filter((c) => c.expiresOn && c.expiresOn >= daysFromToday(0) && c.expiresOn <= daysFromToday(90)).length,
    );

    // Ratings: replace m's hardware ratings with known ones.
    await db
      .delete(s.skillAssessments)
      .where(and(eq(s.skillAssessments.memberId, m.id), eq(s.skillAssessments.field, "hardware")));
    await db.insert(s.skillAssessments).values([
      {
        memberId: m.id,
        field: "hardware",
        item: "leadership",
        selfLevel: 5,
        selfAssessedOn: daysFromToday(-10),
        leadLevel: 2,
        leadAssessedOn: daysFromToday(-10),
      },
      {
        memberId: m.id,
        field: "hardware",
        item: "technology",
        selfLevel: 3,
        selfAssessedOn: daysFromToday(-800),
        leadLevel: 2,
        leadAssessedOn: daysFromToday(-400),
      },
      { memberId: m.id, field: "hardware", item: "negotiation", selfLevel: 1, selfAssessedOn: daysFromToday(-500) },
      {
        memberId: m.id,
        field: "hardware",
        item: "communication",
        selfLevel: 2,
        selfAssessedOn: daysFromToday(-500),
        leadLevel: 3,
        leadAssessedOn: daysFromToday(-30),
      },
    ]);
    await refreshOfficialEvaluations(db, [m.id]);
    const apart = await divergentRatings(db, head, dept, 500);
    expect(apart.rows.filter((r) => r.memberId === m.id)).toEqual([
      {
        memberId: m.id,
        name: m.name,
        teamName: expect.any(String),
        field: "hardware",
        item: "leadership",
        selfLevel: 5,
        leadLevel: 2,
      },
    ]);
    const allRatings = await db.select().from(s.skillAssessments);
    const activeIds = new Set((await db.select().from(s.members).where(isNull(s.members.archivedAt))).map((x) => x.id));
    expect(apart.total).toBe(
      allRatings.filter(
        (a) =>
          activeIds.has(a.memberId) &&
          a.selfLevel !== null &&
          a.leadLevel !== null &&
          Math.abs(a.selfLevel - a.leadLevel) >= 2,
      ).length,
    );
    const stale = await staleRatings(db, head, dept, 500);
    // technology counts the lead's date (400 days), negotiation the self date (500); communication's lead date is recent.
    expect(stale.rows.find((r) => r.memberId === m.id)).toMatchObject({ items: 2, oldest: daysFromToday(-500) });
  });

  it("charts: level distribution per field, and level counts per month from the snapshots", async () => {
    const dist = await levelDistribution(db, head, dept);
    const members = await recompute(teamRows.map((t) => t.id));
    for (const field of ["hardware", "software", "facility"] as const) {
      const counts = dist[field].map(() => 0);
      for (const m of members) counts[m.evaluation.fields[field].level]++;
      expect(dist[field], field).toEqual(counts);
    }
    // A new member with a known history: level 2 six months ago, level 3 two months ago.
    const [m] = await db.insert(s.members).values({ teamId: hwTeamId, name: "History" }).returning();
    const monthsAgo = (n: number) => {
      const d = new Date();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() - n);
      d.setUTCDate(15);
      return d;
    };
    const before = await levelTrend(db, head, dept, "hardware");
    // The demo's history (seed/after-seed.ts, relative to the day it is seeded): members above level 0 from the first
    // month, and levels that change over the months.
    expect(before[0].counts.slice(1).some((n) => n > 0)).toBe(true);
    expect(new Set(before.map((x) => x.counts.join())).size).toBeGreaterThan(2);
    await db.insert(s.evaluationSnapshots).values([
      {
        memberId: m.id,
        field: "hardware",
        takenAt: monthsAgo(6),
        level: 2,
        source: "exam",
        kpiLevel: 0,
        examLevel: 2,
        evaluation: {},
      },
      {
        memberId: m.id,
        field: "hardware",
        takenAt: monthsAgo(2),
        level: 3,
        source: "kpi",
        kpiLevel: 3,
        examLevel: 2,
        evaluation: {},
      },
    ]);
    // History written directly (as a restore or the seed does), then the team's kept counts rewritten from it.
    await recountTeams(db, [hwTeamId]);
    const trend = await trendBothWays(head, dept, "hardware");
    expect(trend).toHaveLength(12);
    expect(trend.at(-1)!.month).toBe(new Date().toISOString().slice(0, 7));
    const total = members.length + 1;
    expect(trend.at(-1)!.counts.reduce((a, b) => a + b, 0)).toBe(total);
    // The last month's counts equal today's snapshot-backed levels of everyone else plus the new member at 3.
    expect(trend.at(-1)!.counts[3]).toBe(before.at(-1)!.counts[3] + 1);
    expect(trend[12 - 8].counts).toEqual(before[12 - 8].counts); // seven months ago: at level 0 as before
    expect(trend[12 - 5].counts[2]).toBe(before[12 - 5].counts[2] + 1); // four months ago: level 2, no longer 0
    // …and not at level 0 before that either: a member counts only from their first snapshot (or creation)
    expect(trend[12 - 5].counts[0]).toBe(before[12 - 5].counts[0]);
    const demoNow = before.at(-1)!.counts;
    const hw = members.map((x) => x.evaluation.fields.hardware.level);
    expect(demoNow.slice(1)).toEqual(dist.hardware.slice(1).map((_, i) => hw.filter((l) => l === i + 1).length));
  });

  it("trend: every month's counts equal a recount from the snapshots (ties, a month's first instant, archived members)", async () => {
    const monthStart = (monthsAgo: number) => {
      const d = new Date();
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsAgo, 1));
    };
    const snap = (memberId: number, takenAt: Date, level: number) => ({
      memberId,
      field: "hardware" as const,
      takenAt,
      level,
      source: "exam",
      kpiLevel: 0,
      examLevel: level,
      evaluation: {},
    });
    const before = await levelTrend(db, head, dept, "hardware");
    const [tie, boundary, gone, old] = await db
      .insert(s.members)
      .values(["Tie", "Boundary", "Gone", "Before the window"].map((name) => ({ teamId: hwTeamId, name })))
      .returning();
    const tieAt = new Date(monthStart(4).getTime() + 5 * 86_400_000);
    await db.insert(s.evaluationSnapshots).values([
      // two snapshots at the same instant: the one written last counts
      snap(tie.id, tieAt, 1),
      snap(tie.id, tieAt, 4),
      // taken at a month's first instant: counts for that month, not for the one before
      snap(boundary.id, monthStart(3), 2),
      // the last instant of a month: counts for it
      snap(boundary.id, new Date(monthStart(1).getTime() - 1), 3),
      snap(gone.id, monthStart(6), 5),
      // before the 12 months, then a change inside them
      snap(old.id, monthStart(20), 2),
      snap(old.id, monthStart(7), 1),
    ]);
    await db.update(s.members).set({ archivedAt: new Date() }).where(eq(s.members.id, gone.id));
    await recountTeams(db, [hwTeamId]);

    const trend = await trendBothWays(head, dept, "hardware");
    const now = Date.now();
    const active = (
      await db
        .select({ id: s.members.id, createdAt: s.members.createdAt })
        .from(s.members)
        .innerJoin(s.teams, eq(s.teams.id, s.members.teamId))
        .where(
          and(isNull(s.members.archivedAt), isNull(s.teams.archivedAt), eq(s.teams.departmentId, head.departmentId!)),
        )
    ).map((m) => ({ id: m.id, createdAt: m.createdAt.getTime() }));
    const snaps = (await db.select().from(s.evaluationSnapshots).where(eq(s.evaluationSnapshots.field, "hardware")))
      .map((x) => ({ ...x, at: x.takenAt.getTime() }))
      .sort((a, b) => a.at - b.at || a.id - b.id);
    const expected = Array.from({ length: 12 }, (_, i) => {
      // month i (0: eleven months ago) ends where the next begins, the current one now
      const end = i === 11 ? now : monthStart(10 - i).getTime();
      const counts = new Array<number>(MAX_LEVEL.hardware + 1).fill(0);
      for (const { id, createdAt } of active) {
        const own = snaps.filter((x) => x.memberId === id);
        // a member counts from when they were added or first evaluated, whichever is earlier
        if (Math.min(createdAt, own[0]?.at ?? Infinity) >= end) continue;
        counts[own.filter((x) => x.at < end).at(-1)?.level ?? 0]++;
      }
      return {
        month: monthStart(11 - i)
          .toISOString()
          .slice(0, 7),
        counts,
      };
    });
    expect(trend).toEqual(expected);
    // What the four members add, month by month (0: eleven months ago): the tie at 4 from its month (7) on and
    // nothing before (it was added now and first evaluated then), the boundary member at 2 in month 8 and at 3 from
    // month 9, the older history at 2 then at 1 from month 4; the archived member nothing.
    const added = (i: number) => {
      const at = new Array<number>(MAX_LEVEL.hardware + 1).fill(0);
      if (i >= 7) at[4]++;
      if (i >= 8) at[i === 8 ? 2 : 3]++;
      at[i < 4 ? 2 : 1]++;
      return at;
    };
    expect(trend.map((t, i) => t.counts.map((n, level) => n - before[i].counts[level]))).toEqual(
      trend.map((_, i) => added(i)),
    );
  });

  it("trend: a member added in month M counts from M on (at level 0 until evaluated), not before", async () => {
    const monthStart = (monthsAgo: number) => {
      const d = new Date();
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - monthsAgo, 1));
    };
    const before = await levelTrend(db, head, dept, "hardware");
    const [recent, longAgo] = await db
      .insert(s.members)
      .values([
        // added ten days into the month five months ago (month 6 of 0..11), never evaluated
        { teamId: hwTeamId, name: "Joined in month 6", createdAt: new Date(monthStart(5).getTime() + 10 * 86_400_000) },
        // added two years ago, never evaluated: at level 0 in every month
        { teamId: hwTeamId, name: "Joined long ago", createdAt: monthStart(24) },
      ])
      .returning();
    await recountTeams(db, [hwTeamId]);
    const trend = await trendBothWays(head, dept, "hardware");
    const diff = trend.map((t, i) => t.counts.map((n, level) => n - before[i].counts[level]));
    const none = new Array<number>(MAX_LEVEL.hardware + 1).fill(0);
    const atZero = (k: number) => [k, ...none.slice(1)];
    expect(diff).toEqual(trend.map((_, i) => atZero(i < 6 ? 1 : 2)));
    await db.delete(s.members).where(inArray(s.members.id, [recent.id, longAgo.id]));
    await recountTeams(db, [hwTeamId]);
  });

  it("the four member lists come in one statement, each capped list the head of the full one in its order", async () => {
    // Three members one step from level 3 in the hardware team: a level-3 member's projects without the specialty.
    const [source] = await db
      .select()
      .from(s.memberStandings)
      .innerJoin(s.members, eq(s.members.id, s.memberStandings.memberId))
      .where(
        and(
          eq(s.members.teamId, hwTeamId),
          eq(s.memberStandings.field, "hardware"),
          eq(s.memberStandings.level, 3),
          eq(s.memberStandings.source, "kpi"),
        ),
      )
      .limit(1);
    const projects = await db.select().from(s.projects).where(eq(s.projects.memberId, source.members.id));
    const added = await db
      .insert(s.members)
      .values(["Step C", "Step A", "Step B"].map((name) => ({ teamId: hwTeamId, name })))
      .returning();
    await db
      .insert(s.projects)
      .values(added.flatMap((m) => projects.map(({ id: _id, ...p }) => (void _id, { ...p, memberId: m.id }))));
    await refreshOfficialEvaluations(
      db,
      added.map((m) => m.id),
    );
    const full = await gapLists(db, head, dept, 1000);
    expect(full.oneStep.rows.filter((r) => added.some((m) => m.id === r.memberId)).map((r) => r.name)).toEqual([
      "Step A",
      "Step B",
      "Step C",
    ]);
    const { db: counted, count } = await countingDb(h.handle);
    for (const cap of [1, 3]) {
      const capped = await gapLists(counted, head, dept, cap);
      for (const key of ["oneStep", "certifications", "apart", "stale"] as const) {
        expect(capped[key].total, key).toBe(full[key].total);
        expect(capped[key].rows, key).toEqual(full[key].rows.slice(0, cap));
      }
    }
    expect(count()).toBe(2);
    for (const key of ["oneStep", "certifications", "apart", "stale"] as const) {
      expect(full[key].rows.length, key).toBe(full[key].total);
      expect(full[key].total, `${key}: the demo and the rows placed above fill each list`).toBeGreaterThan(0);
    }
    const ordered = <T>(xs: T[], key: (x: T) => number | string) =>
      xs.every((x, i) => i === 0 || key(xs[i - 1]) <= key(x));
    expect(ordered(full.certifications.rows, (r) => r.expiresOn)).toBe(true);
    expect(ordered(full.apart.rows, (r) => -Math.abs(r.selfLevel - r.leadLevel))).toBe(true);
    expect(ordered(full.stale.rows, (r) => r.oldest)).toBe(true);
    expect(full.stale.rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.oldest))).toBe(true);
  });

  it("each read is one statement whatever the number of members", async () => {
    const { db: counted, count, reset } = await countingDb(h.handle);
    const reads = async () => {
      reset();
      await Promise.all([
        targetStandings(counted, head, dept),
        singlePoints(counted, head, dept),
        gapLists(counted, head, dept, 25),
        levelDistribution(counted, head, dept),
        levelTrend(counted, head, dept, "hardware"),
      ]);
      return count();
    };
    expect(await reads()).toBe(5);
    const added = await db
      .insert(s.members)
      .values(Array.from({ length: 40 }, (_, i) => ({ teamId: hwTeamId, name: `Added ${i}` })))
      .returning();
    await refreshOfficialEvaluations(
      db,
      added.map((m) => m.id),
    );
    expect(await reads()).toBe(5);
  });
});
