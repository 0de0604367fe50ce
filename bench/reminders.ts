// `LEVELBOARD_DATA_DIR=… npx tsx bench/reminders.ts`: times the reminder jobs (lib/jobs/reminders.ts) on the database
// as it is (fill it first with `npm run bench:data -- --members 10000`): a first run, and a second that finds
// everything notified already.
import { count } from "drizzle-orm";
import { members, notifications } from "../lib/db/schema";
import { openMigratedDatabase } from "../scripts/open-db";
import { remindExpiringCertifications, remindRatingsDue } from "../lib/jobs/reminders";

async function main() {
  const handle = await openMigratedDatabase();
  const db = handle.db;
  const [{ n }] = await db.select({ n: count() }).from(members);
  const now = new Date();
  for (const run of [1, 2]) {
    for (const [name, job] of [
      ["certificationExpiring", remindExpiringCertifications],
      ["ratingsDue", remindRatingsDue],
    ] as const) {
      const t = performance.now();
      const notified = await job({ db, now });
      console.log(`${name} run ${run}: ${notified} notified in ${Math.round(performance.now() - t)} ms (${n} members)`);
    }
  }
  const [{ rows }] = await db.select({ rows: count() }).from(notifications);
  console.log(`notifications: ${rows}`);
  await handle.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
