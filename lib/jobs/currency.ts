// The daily `currency` job (docs/currency.md): moves the stored due statuses on as dates pass (a rating turning
// stale, a due field turning overdue) and recounts the teams that changed, in a few set-based statements. On a
// database whose read model was never filled (an upgrade), it fills it first.
import { sql } from "drizzle-orm";
import { advanceCurrency, isoDay, refreshAllCurrency } from "../evaluation/currency";
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
      if (!state.filled && state.any_member) {
        await refreshAllCurrency(tx, today);
        return { changed: 0 };
      }
      return { changed: await advanceCurrency(tx, today) };
    });
  },
};
