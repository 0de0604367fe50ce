// The daily `trend` job (docs/gaps.md#level-trend): once a month has begun, folds each team's trend rows older than
// the 12 months into the oldest of them (a read before it is already right: it sums every row up to a month). On a
// database whose trend was never filled (an upgrade), it fills it first.
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { recountAllTrend, rollTrendForward } from "../evaluation/trend";

/** A Job (lib/jobs/registry.ts, which lists it: typed here by shape, so the two modules do not import each other). */
export const trendJob = {
  name: "trend",
  async run({ db, now }: { db: Db; now: Date }): Promise<{ changed: number }> {
    return db.transaction(async (tx) => {
      const result = (await tx.execute(
        sql`select exists (select 1 from team_level_trend) as filled, exists (select 1 from members) as any_member`,
      )) as unknown as
        { filled: boolean; any_member: boolean }[] | { rows: { filled: boolean; any_member: boolean }[] };
      const [state] = Array.isArray(result) ? result : result.rows;
      if (!state.filled && state.any_member) {
        await recountAllTrend(tx, now);
        return { changed: 0 };
      }
      return { changed: await rollTrendForward(tx, now) };
    });
  },
};
