// For the command-line scripts: open the configured database and migrate it, or exit with one clear line.
import { sql } from "drizzle-orm";
import { DatabaseConfigError, openDatabase, parseDatabaseUrl, type DbHandle } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { refreshAllStandings } from "../lib/evaluation/refresh";
import { fillMissingGapCounts } from "../lib/evaluation/gap-counts";
import { loggableError } from "../lib/errors";

export function fail(message: string): never {
  console.error(`levelboard: ${message}`);
  process.exit(1);
}

function describeConnectionError(outer: unknown, url: URL): string {
  // drizzle wraps the driver's error ("Failed query: …"); the cause carries the code.
  let error = outer as { code?: string; cause?: unknown; message?: string };
  while (!error?.code && error?.cause) error = error.cause as typeof error;
  const code = error?.code;
  const where = `${url.hostname}:${url.port || 5432}`;
  if (code === "ECONNREFUSED")
    return `cannot reach the PostgreSQL server at ${where} (connection refused). Is it running?`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `cannot resolve the database host "${url.hostname}".`;
  if (code === "28P01" || code === "28000")
    return `the PostgreSQL server at ${where} refused the user "${decodeURIComponent(url.username)}" (authentication failed).`;
  if (code === "3D000") return `the database "${url.pathname.slice(1)}" does not exist on ${where}.`;
  if (code === "CONNECT_TIMEOUT" || code === "ETIMEDOUT")
    return `timed out connecting to the PostgreSQL server at ${where}.`;
  return `cannot use the PostgreSQL server at ${where}: ${String(error?.message ?? error).split("\n")[0]}`;
}

/** DATABASE_URL's server, or the embedded database; migrated. */
export async function openMigratedDatabase(): Promise<DbHandle> {
  const url = process.env.DATABASE_URL || undefined;
  let parsedUrl: URL | undefined;
  try {
    if (url) parsedUrl = parseDatabaseUrl(url);
  } catch (e) {
    if (e instanceof DatabaseConfigError) fail(e.message);
    throw e;
  }
  try {
    const handle = await openDatabase({ url });
    await migrateDatabase(handle);
    // The read model's backfill: members without a standing (a database from before it, or rows written by
    // hand) get one computed from their records. A no-op once every member has one.
    await refreshAllStandings(handle.db, { onlyMissing: true });
    // The gap lists' per-team counts (migration 0012): filled once on a database from before them.
    await fillMissingGapCounts(handle.db);
    // The embedded engine has no autovacuum: fresh planner statistics at each start keep the aggregate views'
    // plans sane after the data has grown (a server's autovacuum does this by itself).
    if (handle.engine === "pglite") await handle.db.execute(sql`analyze`);
    return handle;
  } catch (e) {
    if (parsedUrl) fail(describeConnectionError(e, parsedUrl));
    fail(`cannot open the embedded database: ${loggableError(e)}`);
  }
}
