// Before the server serves: migrate the database, and seed the demo organisation on an empty embedded one
// (or on any empty database with --seed). Prints one clear line and exits non-zero when the database is unusable.
import { count } from "drizzle-orm";
import { DatabaseConfigError, openDatabase, parseDatabaseUrl, type DbHandle } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { departments } from "../lib/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../seed/demo";
import { afterSeed } from "../seed/after-seed";

function fail(message: string): never {
  console.error(`levelboard: ${message}`);
  process.exit(1);
}

function describeConnectionError(outer: unknown, url: URL): string {
  // drizzle wraps the driver's error ("Failed query: …"); the cause carries the code.
  let error = outer as { code?: string; cause?: unknown; message?: string };
  while (!error?.code && error?.cause) error = error.cause as typeof error;
  const code = error?.code;
  const where = `${url.hostname}:${url.port || 5432}`;
  if (code === "ECONNREFUSED") return `cannot reach the PostgreSQL server at ${where} (connection refused). Is it running?`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `cannot resolve the database host "${url.hostname}".`;
  if (code === "28P01" || code === "28000") return `the PostgreSQL server at ${where} refused the user "${decodeURIComponent(url.username)}" (authentication failed).`;
  if (code === "3D000") return `the database "${url.pathname.slice(1)}" does not exist on ${where}.`;
  if (code === "CONNECT_TIMEOUT" || code === "ETIMEDOUT") return `timed out connecting to the PostgreSQL server at ${where}.`;
  return `cannot use the PostgreSQL server at ${where}: ${String(error?.message ?? error).split("\n")[0]}`;
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const url = process.env.DATABASE_URL || undefined;
  let parsedUrl: URL | undefined;
  try {
    if (url) parsedUrl = parseDatabaseUrl(url);
  } catch (e) {
    if (e instanceof DatabaseConfigError) fail(e.message);
    throw e;
  }

  let handle: DbHandle;
  try {
    handle = await openDatabase({ url });
    await migrateDatabase(handle);
  } catch (e) {
    if (parsedUrl) fail(describeConnectionError(e, parsedUrl));
    fail(`cannot open the embedded database: ${(e as Error).message}`);
  }

  const [{ n }] = await handle.db.select({ n: count() }).from(departments);
  const wantSeed = args.has("--seed") || (!url && !args.has("--no-seed"));
  if (wantSeed && n === 0) {
    const summary = await handle.db.transaction(async (tx) => {
      const result = await seedDemo(tx as never);
      await afterSeed(tx as never);
      return result;
    });
    console.log(`levelboard: demo organisation created (${summary.members} members in ${summary.teams} teams).`);
  } else if (args.has("--seed")) {
    console.log("levelboard: the database already holds an organisation; demo data not added.");
  }
  await handle.close();

  console.log(`levelboard: database ready (${handle.engine}).`);
  if (wantSeed || n === 0) {
    console.log(`\nDemo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(28)} ${a.role}`);
    console.log("");
  }
}

main().catch((e) => fail((e as Error)?.message ?? String(e)));
