// `npm run jobs`: runs the time-based jobs once, then the ticks once (delivering pending mail), prints a summary and
// exits 0, or 1 when a job failed or the jobs could not run. For a deployment that runs them from cron
// (LEVELBOARD_JOBS=off on the server); docs/jobs.md. Refuses to open an embedded database a running server holds.
import { dataDir } from "../lib/db/client";
import { embeddedDatabaseHeld } from "../lib/db/embedded-holder";
import { loggableError } from "../lib/errors";
import { describeRun, runJobsOnce, runTicksOnce } from "../lib/jobs/runner";
import { fail, openMigratedDatabase } from "./open-db";

async function main() {
  if (process.argv.length > 2) fail("usage: npm run jobs (no arguments)");
  if (!process.env.DATABASE_URL && (await embeddedDatabaseHeld(dataDir())))
    fail(
      `the embedded database in ${dataDir()} is in use by a running Levelboard server, which runs the jobs itself ` +
        "(at start and hourly). Stop the server first; with a PostgreSQL server (DATABASE_URL) both may run.",
    );
  const handle = await openMigratedDatabase();
  let ok = true;
  try {
    const run = await runJobsOnce({ db: handle.db, engine: handle.engine, now: new Date(), trigger: "command" });
    console.log(`levelboard: ${describeRun(run)}`);
    if (run.status === "ran") {
      for (const j of run.jobs)
        console.log(
          `  ${j.name.padEnd(24)} ${String(j.ms).padStart(8)} ms  ${j.notified} notified, ${j.changed} changed${
            j.error === undefined ? "" : `  FAILED: ${j.error}`
          }`,
        );
      ok = run.ok;
    }
    const ticks = await runTicksOnce({ db: handle.db, engine: handle.engine, now: new Date() });
    for (const t of ticks) {
      console.log(`  tick ${t.name.padEnd(19)} ${String(t.ms).padStart(8)} ms${t.error ? `  FAILED: ${t.error}` : ""}`);
      if (t.error !== undefined) ok = false;
    }
  } catch (e) {
    console.error(`levelboard: the jobs could not run: ${loggableError(e)}`);
    ok = false;
  } finally {
    await handle.close();
  }
  process.exit(ok ? 0 : 1);
}

main().catch((e) => fail(loggableError(e)));
