// The daily `currency` job (docs/currency.md): moves the stored due statuses on as dates pass (a rating turning
// stale, a due field turning overdue) and recounts the teams that changed, in a few set-based statements, then every
// team's gap counts (the stale list moves with the date). On a database whose read model was never filled (an
// upgrade), it fills it first.
import { sql } from "drizzle-orm";
import { advanceCurrency, isoDay, refreshAllCurrency } from "../evaluation/currency";
import { rewriteAllGapCounts } from "../evaluation/gap-counts";
import type { Db } from "../db/client";

/** A Job (lib/jobs/registry.ts, which lists it: typed here by shape, so the two modules do not import each other). */
export const currencyJob = {
  name: "currency",
  async run({ db, now }: { db: Db; now: Date }): Promise<{ changed: number }> {
    const today = isoDay(now);
    return db.transaction(async (tx) => {
      const result = (await tx.execute(
        sql`select exists (select 1 from member_currency) as filled, exists (select 1 from members) as any_member`,
      )) as unknown as
        { filled: boolean; any_member: boolean }[] | { rows: { filled: boolean; any_member: boolean }[] };
      const [state] = Array.isArray(result) ? result : result.rows;
      // every team locked first, in id order (as every writer locks), for the gap counts below
      await tx.execute(sql`select id from teams order by id for no key update`);
      let changed = 0;
      if (!state.filled && state.any_member) await refreshAllCurrency(tx, today);
      else changed = await advanceCurrency(tx, today);
      // the stale list moves with the date (and a database upgraded to these counts is filled here)
      await rewriteAllGapCounts(tx, today);
      return { changed };
    });
  },
};
