// The gap lists' per-team counts (team_gap_counts) against a recount: the stale list's count moves with the date when
// the daily `currency` job runs (a rating turns stale on the day its team's interval after it has passed), and a
// count changed by hand is reported by the drift check until the job rewrites it; an upgraded database is filled once.
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { setSkillRating } from "@/lib/actions/skills";
import { currencyJob } from "@/lib/jobs/currency";
import { checkGapCounts } from "./check";
import { fillMissingGapCounts } from "./gap-counts";
import { refreshAllStandings, refreshOfficialEvaluations } from "./refresh";

describe("gap counts and the date", () => {
  const h = useIntegrationDb();
  let db: Db;
  let f: Fixture;
  beforeAll(async () => {
    db = h.db;
    f = h.fixture;
    await refreshAllStandings(db);
  });

  const staleOf = async (teamId: number) =>
    (
      await db
        .select()
        .from(s.teamGapCounts)
        .where(and(eq(s.teamGapCounts.teamId, teamId), eq(s.teamGapCounts.list, "stale")))
    )[0]?.n ?? 0;
  const runJob = (day: string) => currencyJob.run({ db, now: new Date(`${day}T12:00:00Z`) });

  it("a lead rating of 10 March 2025 turns stale on 10 March 2026 (12 months) when the daily job runs that day", async () => {
    const team = f.teams.teamA;
    const memberId = f.members.memberA2.id;
    actAs(f.actors.leadA);
    expect(
      await setSkillRating({ memberId, field: "hardware", item: "technology", rater: "lead", level: 3, version: null }),
    ).toMatchObject({ ok: true });
    // dated back (as an import of old ratings would), the member's standing refreshed
    await db
      .update(s.skillAssessments)
      .set({ leadAssessedOn: "2025-03-10" })
      .where(eq(s.skillAssessments.memberId, memberId));
    await refreshOfficialEvaluations(db, [memberId]);

    await runJob("2026-03-09");
    expect(await staleOf(team.id)).toBe(0);
    expect(await checkGapCounts(db, "2026-03-09")).toEqual([]);
    // the day before, a recount as of the next day differs: the job is what moves it
    expect((await checkGapCounts(db, "2026-03-10")).map((d) => [d.teamId, d.what, d.expected, d.stored])).toEqual([
      [team.id, "gap count stale", 1, null],
    ]);

    await runJob("2026-03-10");
    expect(await staleOf(team.id)).toBe(1);
    expect(await checkGapCounts(db, "2026-03-10")).toEqual([]);

    // a new rating today is current again: the write's transaction recounts (as of today)
    const [a] = await db.select().from(s.skillAssessments).where(eq(s.skillAssessments.memberId, memberId));
    expect(
      await setSkillRating({
        memberId,
        field: "hardware",
        item: "technology",
        rater: "lead",
        level: 4,
        version: a.version,
      }),
    ).toMatchObject({ ok: true });
    expect(await staleOf(team.id)).toBe(0);
    expect(await checkGapCounts(db)).toEqual([]);
  });

  it("the drift check reports a count changed by hand; the daily job rewrites it", async () => {
    const teamId = f.teams.teamB.id;
    await db.insert(s.teamGapCounts).values({ teamId, list: "apart", key: 3, n: 5 });
    expect((await checkGapCounts(db)).map((d) => [d.teamId, d.what, d.expected, d.stored])).toEqual([
      [teamId, "gap count apart 3 apart", null, 5],
    ]);
    await currencyJob.run({ db, now: new Date() });
    expect(await checkGapCounts(db)).toEqual([]);
  });

  it("a database from before the counts gets them at start, once", async () => {
    await db.delete(s.teamGapCounts);
    expect((await checkGapCounts(db)).length).toBeGreaterThan(0);
    expect(await fillMissingGapCounts(db)).toBe(true);
    expect(await checkGapCounts(db)).toEqual([]);
    expect(await fillMissingGapCounts(db)).toBe(false);
  });
});
