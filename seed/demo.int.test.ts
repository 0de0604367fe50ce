// The demo organisation as seeded: no self-rating carries a date without a level (it showed as "—" with a date),
// nor a lead rating a date or assessor without a level; and the demo is alive on any day — seeded for two days a year
// apart it has the same shape relative to each (overdue, due, due-soon and current members by lib/itss/currency.ts,
// certifications expiring within 7 and 30 days, records waiting for review, a level trend with history) and the same
// levels, and nothing in it is dated after its seed day but a certification's expiry.
import { describe, expect, it } from "vitest";
import { and, asc, eq, isNotNull, isNull, or } from "drizzle-orm";
import { useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import { addDays, addMonths, countingRatingDate, dueStatus } from "@/lib/itss/currency";
import { FIELDS, skillItemsOf, type Field } from "@/lib/itss/fields";
import { seedDemo } from "./demo";
import { afterSeed } from "./after-seed";
import { daysBetween } from "./seed-day";

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The demo as seen on `today`, computed from its rows: what must look the same on any seed day. */
async function shape(db: Db, today: string) {
  const [teams, members, ratings, certifications, snapshots, standings] = await Promise.all([
    db.select().from(s.teams),
    db.select().from(s.members).orderBy(asc(s.members.id)),
    db.select().from(s.skillAssessments),
    db.select().from(s.certifications).where(eq(s.certifications.reviewState, "approved")),
    db.select().from(s.evaluationSnapshots).orderBy(asc(s.evaluationSnapshots.takenAt), asc(s.evaluationSnapshots.id)),
    db.select().from(s.memberStandings),
  ]);
  const teamOf = new Map(teams.map((t) => [t.id, t]));
  const nameOf = new Map(members.map((m) => [m.id, m.name]));

  // Currency per member in their team's field (lib/itss/currency.ts): overdue, due, current; "due soon" when current
  // but an item turns stale within 30 days.
  const status: Record<string, string> = {};
  for (const m of members) {
    const team = teamOf.get(m.teamId)!;
    const field = team.field!; // the demo's teams each serve one field
    const mine = ratings.filter((r) => r.memberId === m.id && r.field === field);
    const dates = skillItemsOf(field).map((item) => {
      const r = mine.find((x) => x.item === item);
      return r ? countingRatingDate(r) : null;
    });
    const d = dueStatus(dates, team.assessmentIntervalMonths, day(m.createdAt), today);
    status[m.name] =
      d.status === "current" && d.nextDue !== null && d.nextDue <= addDays(today, 30) ? "dueSoon" : d.status;
  }
  const countOf = (st: string) => Object.values(status).filter((x) => x === st).length;

  const inDays = certifications.map((c) => daysBetween(today, c.expiresOn!));
  const pending = await Promise.all(
    [s.projects, s.specialties, s.successions, s.mentorings, s.exams].map((t) =>
      db.select({ memberId: t.memberId, updatedAt: t.updatedAt }).from(t).where(eq(t.reviewState, "submitted")),
    ),
  );
  const submitted = pending.flat();

  // The level trend's 12 months as lib/db/queries/gaps.ts levelTrend reads them, relative to the seed day: the level
  // of each member's latest snapshot taken before each month's end (the current month: the end of the seed day).
  const ends = Array.from({ length: 12 }, (_, k) =>
    k === 11 ? addDays(today, 1) : addMonths(`${addMonths(today, k - 10).slice(0, 7)}-01`, 0),
  );
  const trend = {} as Record<Field, number[][]>;
  for (const field of FIELDS) {
    trend[field] = ends.map((end) => {
      const latest = new Map<number, number>();
      for (const x of snapshots) if (x.field === field && day(x.takenAt) < end) latest.set(x.memberId, x.level);
      const counts = new Array<number>(7).fill(0);
      for (const level of latest.values()) counts[level]++;
      return counts;
    });
  }

  return {
    status,
    counts: {
      overdue: countOf("overdue"),
      due: countOf("due"),
      dueSoon: countOf("dueSoon"),
      current: countOf("current"),
    },
    certifications: {
      expired: inDays.filter((n) => n < 0).length,
      within7: inDays.filter((n) => n >= 0 && n < 7).length,
      within30: inDays.filter((n) => n >= 7 && n <= 30).length,
      within90: inDays.filter((n) => n > 30 && n <= 90).length,
      years: inDays.filter((n) => n >= 2 * 365).length,
      total: inDays.length,
    },
    pending: {
      byTeam: teams
        .map((t) => [t.name, submitted.filter((r) => members.find((m) => m.id === r.memberId)!.teamId === t.id).length])
        .sort(),
      waitingDays: submitted.map((r) => daysBetween(day(r.updatedAt), today)).sort((a, b) => a - b),
    },
    trend,
    standings: standings
      .map((x) => `${nameOf.get(x.memberId)} ${x.field} ${x.level} ${x.source} ${x.skillLevel} ${x.nextLevel}`)
      .sort(),
  };
}

/** Every date and moment the demo wrote, as "YYYY-MM-DD", with where it came from (a certification's expiry aside). */
async function allDates(db: Db): Promise<[string, string][]> {
  const out: [string, string][] = [];
  const add = (where: string, ...values: (string | Date | null)[]) => {
    for (const v of values) if (v) out.push([where, typeof v === "string" ? v : day(v)]);
  };
  for (const m of await db.select().from(s.members)) add("member", m.createdAt, m.updatedAt);
  for (const r of await db.select().from(s.skillAssessments))
    add("rating", r.selfAssessedOn, r.leadAssessedOn, r.createdAt, r.updatedAt);
  for (const p of await db.select().from(s.projects))
    add(`project ${p.name}`, p.startDate, p.endDate, p.reviewedAt, p.createdAt, p.updatedAt);
  for (const x of await db.select().from(s.specialties)) add("specialty", x.reviewedAt, x.createdAt, x.updatedAt);
  for (const x of await db.select().from(s.successions))
    add("succession", x.achievedOn, x.reviewedAt, x.createdAt, x.updatedAt);
  for (const x of await db.select().from(s.mentorings))
    add("mentoring", x.fromDate, x.toDate, x.reviewedAt, x.createdAt, x.updatedAt);
  for (const x of await db.select().from(s.exams)) add("exam", x.passedOn, x.reviewedAt, x.createdAt, x.updatedAt);
  for (const x of await db.select().from(s.certifications))
    add("certification", x.obtainedOn, x.reviewedAt, x.createdAt, x.updatedAt);
  for (const x of await db.select().from(s.evaluationSnapshots)) add("snapshot", x.takenAt);
  return out;
}

async function seedFor(db: Db, today: string) {
  await db.transaction(async (tx) => {
    await seedDemo(tx as never, { today });
    await afterSeed(tx as never, { today });
  });
}

describe("the demo seed", () => {
  const h = useIntegrationDb({ fixture: false });

  it("writes a rating's date only with its level", async () => {
    await h.db.transaction(async (tx) => {
      await seedDemo(tx as never);
    });
    const a = s.skillAssessments;
    const all = await h.db.select().from(a);
    expect(all.some((r) => r.selfLevel === null)).toBe(true); // the demo has unrated items: the check has cases
    const dated = await h.db
      .select()
      .from(a)
      .where(
        or(
          and(isNull(a.selfLevel), isNotNull(a.selfAssessedOn)),
          and(isNull(a.leadLevel), or(isNotNull(a.leadAssessedOn), isNotNull(a.leadAssessorId))),
        ),
      );
    expect(dated).toEqual([]);
  });
});

describe("the demo is alive on any seed day", () => {
  const first = useIntegrationDb({ fixture: false });
  const second = useIntegrationDb({ fixture: false });
  const DAYS = ["2026-12-07", "2027-12-07"] as const;

  it("has the same shape relative to two seed days a year apart, and the same levels", async () => {
    await seedFor(first.db, DAYS[0]);
    await seedFor(second.db, DAYS[1]);
    const [a, b] = [await shape(first.db, DAYS[0]), await shape(second.db, DAYS[1])];

    // Ratings overdue (stale for more than 30 days), due, due within 30 days, and current: every kind, in every team.
    expect(a.counts.overdue).toBeGreaterThanOrEqual(3);
    expect(a.counts.due).toBeGreaterThanOrEqual(3);
    expect(a.counts.dueSoon).toBeGreaterThanOrEqual(3);
    expect(a.counts.current).toBeGreaterThanOrEqual(3);
    expect(a.status["Yuki Yamamoto"]).toBe("due"); // the member account's dashboard has something due
    // Certifications expiring within a week and within a month, and some valid for years; none expired.
    expect(a.certifications.within7).toBeGreaterThan(0);
    expect(a.certifications.within30).toBeGreaterThan(0);
    expect(a.certifications.years).toBeGreaterThan(0);
    expect(a.certifications.expired).toBe(0);
    const c = a.certifications;
    expect(c.within7 + c.within30 + c.within90 + c.years).toBe(c.total); // each in one of those
    // Records waiting for review in every team (issue 20's level-raising ones among them), submitted days ago.
    for (const [team, n] of a.pending.byTeam) expect(n, String(team)).toBeGreaterThan(0);
    expect(a.pending.waitingDays[0]).toBeGreaterThanOrEqual(1);
    expect(a.pending.waitingDays.at(-1)).toBeLessThan(30);
    // The trend has history: members above level 0 in its first month, and levels that change over the months.
    for (const field of FIELDS) {
      expect(
        a.trend[field][0].slice(1).some((n) => n > 0),
        field,
      ).toBe(true);
      expect(new Set(a.trend[field].map((c) => c.join())).size, field).toBeGreaterThan(2);
    }

    // The same shape a year later, member by member, and the same levels.
    expect(b).toEqual(a);
  });

  it("dates nothing after its seed day but certifications' expiry", async () => {
    for (const [db, today] of [
      [first.db, DAYS[0]],
      [second.db, DAYS[1]],
    ] as const) {
      const late = (await allDates(db)).filter(([, d]) => d > today);
      expect(late, today).toEqual([]);
    }
  });
});
