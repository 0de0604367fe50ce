// `npm run db:check-standings`: recomputes every member's standing from the records and reports any drift from
// the read model. Exit 0 when none, 1 when there is drift (with the first differences), like a health check.
import { checkStandings } from "../lib/evaluation/check";
import { fail, openMigratedDatabase } from "./open-db";

async function main() {
  const handle = await openMigratedDatabase();
  const started = Date.now();
  const result = await checkStandings(handle.db);
  await handle.close();
  const took = ((Date.now() - started) / 1000).toFixed(1);
  if (result.drift.length === 0) {
    console.log(`levelboard: standings consistent: ${result.members} members checked in ${took} s, no drift.`);
    return;
  }
  console.log(
    `levelboard: standings DRIFT: ${result.drift.length}${result.drift.length >= 100 ? "+" : ""} difference(s) among ${result.members} members checked.`,
  );
  for (const d of result.drift.slice(0, 20))
    console.log(
      `  ${d.teamId ? `team ${d.teamId}` : `member ${d.memberId}`} ${d.what}: expected ${JSON.stringify(d.expected)}, stored ${JSON.stringify(d.stored)}`,
    );
  console.log("Run `npm run db:refresh-standings` to rebuild them from the records.");
  process.exit(1);
}

main().catch((e) => fail((e as Error)?.message ?? String(e)));
