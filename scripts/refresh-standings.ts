// `npm run db:refresh-standings`: rebuilds every member's standing from the records (and records any evaluation
// change in the history). Safe to run at any time; each batch is its own transaction.
import { refreshAllStandings } from "../lib/evaluation/refresh";
import { fail, openMigratedDatabase } from "./open-db";

async function main() {
  const handle = await openMigratedDatabase();
  const n = await refreshAllStandings(handle.db);
  await handle.close();
  console.log(`levelboard: standings rebuilt for ${n} members.`);
}

main().catch((e) => fail((e as Error)?.message ?? String(e)));
