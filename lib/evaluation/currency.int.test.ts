// The currency read model against the pure rule: the statuses and counts the SQL stores (in the write and by the
// daily job, for several dates) equal lib/itss/currency.ts dueStatus recomputed in JS from the records.
import { beforeAll, describe, expect, it } from "vitest";
import { eq, inArray, sql } from "drizzle-orm";
import { useIntegrationDb } from "@/lib/testing/integration";
import type { Fixture } from "../testing/fixture";
import { memberCurrency, members, memberStandings, skillAssessments, teamCurrencyCounts, teams } from "../db/schema";
import { addDays, countingRatingDate, dueStatus, ratingCurrency } from "../itss/currency";
import { gapListPage } from "../db/queries/gaps";
import { resolveScope } from "../views/scope";
import { FIELDS, skillItemsOf, type Field } from "../itss/fields";
import { JOBS } from "../jobs/registry";
import { refreshOfficialEvaluations } from "./refresh";
import { isoDay } from "./currency";
import { listTeamMembers } from "../db/queries/team-members";
import { parseTeamMemberParams } from "../search-params/roster";

const DAY = 86_400_000;

/** The job as the runner finds it in the registry. */
const currency = JOBS.find((j) => j.name === "currency")!;

describe("the currency read model", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  let ids: number[];
  const today = isoDay(new Date());
  const daysAgo = (n: number) => addDays(today, -n);

  beforeAll(async () => {
    f = h.fixture;
    const { memberA, memberA2, memberB, memberC } = f.members;
    const [mixed] = await h.db
      .insert(teams)
      .values({ departmentId: f.departments.dept1.id, name: "Mixed", field: null, assessmentIntervalMonths: 6 })
      .returning();
    const [memberM] = await h.db.insert(members).values({ teamId: mixed.id, name: "Mixed one" }).returning();
    const [memberN] = await h.db.insert(members).values({ teamId: mixed.id, name: "Mixed none" }).returning();
    const [archived] = await h.db
      .insert(members)
      .values({ teamId: f.teams.teamA.id, name: "Gone", archivedAt: new Date() })
      .returning();
    await h.db.update(teams).set({ assessmentIntervalMonths: 3 }).where(eq(teams.id, f.teams.teamB.id));
    ids = [memberA.id, memberA2.id, memberB.id, memberC.id, memberM.id, memberN.id, archived.id];
    // Joined at different times: an unrated item is due from the member's joining.
    const joined: [number, number][] = [
      [memberA.id, 500],
      [memberA2.id, 10],
      [memberB.id, 200],
      [memberC.id, 60],
      [memberM.id, 300],
      [memberN.id, 300],
      [archived.id, 900],
    ];
    for (const [id, n] of joined)
      await h.db
        .update(members)
        .set({ createdAt: new Date(Date.parse(today) - n * DAY + 3_600_000) })
        .where(eq(members.id, id));
    const all = (memberId: number, field: Field, self: number, lead?: number) =>
      skillItemsOf(field).map((item, i) => ({
        memberId,
        field,
        item,
        selfLevel: 2,
        selfAssessedOn: daysAgo(self + i),
        ...(lead !== undefined && i % 2 === 0
          ? { leadLevel: 3, leadAssessedOn: daysAgo(lead + i), leadAssessorId: f.users.leadA.id }
          : {}),
      }));
    await h.db.insert(skillAssessments).values([
      // current now; the lead's older date counts where given: stale in ~25 days, so due at +40 and overdue at +400
      ...all(memberA.id, "hardware", 30, 340),
      // a rating in another field than the team's: not assessed there
      { memberId: memberA.id, field: "software", item: "technology", selfLevel: 1, selfAssessedOn: daysAgo(900) },
      // a lead level without its date and a self-rating without a level count as unrated
      { memberId: memberA2.id, field: "hardware", item: "technology", leadLevel: 2, selfLevel: 3 },
      { memberId: memberA2.id, field: "hardware", item: "leadership", selfAssessedOn: daysAgo(3) },
      // three-month interval: all stale already (overdue), a few days apart
      ...all(memberB.id, "software", 120),
      // one item of seven rated: the rest unrated since joining 60 days ago
      { memberId: memberC.id, field: "facility", item: "negotiation", selfLevel: 4, selfAssessedOn: daysAgo(1) },
      // mixed team: assessed in software and facility (ratings), not hardware
      ...all(memberM.id, "software", 170),
      ...all(memberM.id, "facility", 5),
      ...all(archived.id, "hardware", 800),
    ]);
    await refreshOfficialEvaluations(h.db, ids);
  });

  /** What the rule says on `day`, from the records, and the counts per team (active members, worst field). */
  async function expected(day: string) {
    const [ms, ratings, standings] = await Promise.all([
      h.db
        .select({
          id: members.id,
          teamId: members.teamId,
          createdAt: members.createdAt,
          archivedAt: members.archivedAt,
          field: teams.field,
          months: teams.assessmentIntervalMonths,
        })
        .from(members)
        .innerJoin(teams, eq(teams.id, members.teamId))
        .where(inArray(members.id, ids)),
      h.db.select().from(skillAssessments).where(inArray(skillAssessments.memberId, ids)),
      h.db.select().from(memberStandings).where(inArray(memberStandings.memberId, ids)),
    ]);
    const rows: {
      memberId: number;
      field: Field;
      lastAssessedOn: string | null;
      dueSince: string | null;
      status: string;
    }[] = [];
    const counts = new Map<number, { due: number; overdue: number }>();
    for (const m of ms) {
      const mine = ratings.filter((r) => r.memberId === m.id);
      const fields: Field[] = m.field
        ? [m.field]
        : FIELDS.filter(
            (fd) =>
              mine.some((r) => r.field === fd && (r.selfLevel != null || r.leadLevel != null)) ||
              standings.some(
                (s) =>
                  s.memberId === m.id &&
                  s.field === fd &&
                  (s.kpiLevel > 0 || s.examLevel > 0 || s.provisionalLevel > 0),
              ),
          );
      let worst = 0;
      for (const field of fields) {
        const dates = skillItemsOf(field).map((item) => {
          const r = mine.find((x) => x.field === field && x.item === item);
          return r ? countingRatingDate(r) : null;
        });
        const d = dueStatus(dates, m.months, isoDay(m.createdAt), day);
        const rated = dates.filter((x): x is string => x != null).sort();
        rows.push({
          memberId: m.id,
          field,
          lastAssessedOn: rated.at(-1) ?? null,
          dueSince: d.dueSince,
          status: d.status,
        });
        worst = Math.max(worst, d.status === "overdue" ? 2 : d.status === "due" ? 1 : 0);
      }
      const c = counts.get(m.teamId) ?? { due: 0, overdue: 0 };
      if (m.archivedAt == null && worst === 1) c.due++;
      if (m.archivedAt == null && worst === 2) c.overdue++;
      counts.set(m.teamId, c);
    }
    const sort = <T extends { memberId: number; field: string }>(a: T[]) =>
      a.sort((x, y) => x.memberId - y.memberId || x.field.localeCompare(y.field));
    return { rows: sort(rows), counts };
  }

  async function stored() {
    const rows = await h.db.select().from(memberCurrency).where(inArray(memberCurrency.memberId, ids));
    const counts = await h.db.select().from(teamCurrencyCounts);
    return {
      rows: rows
        .map((r) => ({
          memberId: r.memberId,
          field: r.field,
          lastAssessedOn: r.lastAssessedOn,
          dueSince: r.status === "current" ? null : r.dueFrom,
          status: r.status,
        }))
        .sort((x, y) => x.memberId - y.memberId || x.field.localeCompare(y.field)),
      counts: new Map(counts.map((c) => [c.teamId, { due: c.due, overdue: c.overdue }])),
    };
  }

  it("is registered as a daily job", () => {
    expect(currency).toBeDefined();
  });

  it("sorts the roster by last assessed in SQL (never assessed first) and carries the worst status", async () => {
    const { memberA, memberA2 } = f.members;
    const list = (dir: "asc" | "desc") =>
      listTeamMembers(h.db, f.teams.teamA.id, parseTeamMemberParams({ sort: "lastAssessed", dir }));
    const asc = await list("asc");
    expect(asc.rows.map((r) => [r.id, r.lastAssessedOn, r.due])).toEqual([
      [memberA2.id, null, "due"],
      [memberA.id, daysAgo(31), "current"], // the latest rating that counts: item 1, self-rated 31 days ago
    ]);
    expect(asc.rows[0].dueSince).toBe(daysAgo(10));
    expect((await list("desc")).rows.map((r) => r.id)).toEqual([memberA.id, memberA2.id]);
  });

  it("agrees with dueStatus today (written by the refresh) and as the job moves the date on", async () => {
    const want = await expected(today);
    const got = await stored();
    expect(got.rows).toEqual(want.rows);
    for (const [teamId, c] of want.counts) expect(got.counts.get(teamId)).toEqual(c);
    // the cases the data was built for, so the comparison cannot pass on empty sets
    const statuses = new Set(want.rows.map((r) => r.status));
    expect(statuses).toEqual(new Set(["current", "due", "overdue"]));
    expect(want.rows.find((r) => r.memberId === f.members.memberA.id)).toMatchObject({ status: "current" });
    expect(want.rows.filter((r) => r.memberId === ids[4]).map((r) => r.field)).toEqual(["facility", "software"]);
    expect(want.rows.some((r) => r.memberId === ids[5])).toBe(false); // a mixed-team member with nothing rated

    let before = got;
    for (const days of [40, 400]) {
      const day = addDays(today, days);
      const result = await currency.run({ db: h.db, engine: h.handle.engine, now: new Date(`${day}T12:00:00Z`) });
      const want = await expected(day);
      const got = await stored();
      expect(got.rows).toEqual(want.rows);
      for (const [teamId, c] of want.counts) expect(got.counts.get(teamId)).toEqual(c);
      const moved = got.rows.filter((r, i) => r.status !== before.rows[i].status).length;
      expect(moved).toBeGreaterThan(0);
      expect(result).toEqual({ changed: moved });
      before = got;
    }
    // once more on the same day: nothing to move
    expect(
      await currency.run({ db: h.db, engine: h.handle.engine, now: new Date(`${addDays(today, 400)}T18:00:00Z`) }),
    ).toEqual({ changed: 0 });
  });

  it("the gap dashboard's stale list takes each team's interval (3, 6 and 12 months side by side)", async () => {
    const admin = f.actors.admin;
    const r = await resolveScope(h.db, admin, {});
    if (!r.ok) throw new Error("scope");
    const page = await gapListPage(h.db, admin, r.scope, "stale", { page: null });
    const [ms, ratings] = await Promise.all([
      h.db
        .select({ id: members.id, archivedAt: members.archivedAt, months: teams.assessmentIntervalMonths })
        .from(members)
        .innerJoin(teams, eq(teams.id, members.teamId)),
      h.db.select().from(skillAssessments),
    ]);
    const want = ms
      .filter((m) => !m.archivedAt)
      .map((m) => {
        const stale = ratings
          .filter((x) => x.memberId === m.id)
          .map(countingRatingDate)
          .filter((d): d is string => d != null && ratingCurrency(d, m.months, today) === "stale")
          .sort();
        return { memberId: m.id, items: stale.length, oldest: stale[0] };
      })
      .filter((x) => x.items > 0)
      .sort((a, b) => a.memberId - b.memberId);
    const got = page.rows
      .map((x) => ({ memberId: x.memberId, items: x.items, oldest: x.oldest }))
      .sort((a, b) => a.memberId - b.memberId);
    expect(got).toEqual(want);
    // the three-month team's member is in it; the twelve-month team's recent lead ratings are not
    expect(want.map((w) => w.memberId)).toContain(f.members.memberB.id);
    expect(want.find((w) => w.memberId === f.members.memberA.id)?.items).toBe(1);
  });

  it("fills an empty read model (an upgraded database) on its first run", async () => {
    await h.db.execute(sql`delete from member_currency`);
    await h.db.execute(sql`delete from team_currency_counts`);
    await currency.run({ db: h.db, engine: h.handle.engine, now: new Date() });
    const want = await expected(today);
    const got = await stored();
    expect(got.rows).toEqual(want.rows);
    for (const [teamId, c] of want.counts) expect(got.counts.get(teamId)).toEqual(c);
  });
});
