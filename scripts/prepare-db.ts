// Before the server serves: migrate the database, and seed the demo organisation on an empty embedded one
// (or on any empty database with --seed; never with LEVELBOARD_NO_DEMO=1). Prints one clear line and exits non-zero
// when the database is unusable; prints the demo sign-ins only when that database holds the demo organisation.
// Refuses, without opening it, an embedded database a running server holds (lib/db/embedded-holder.ts).
import { count, inArray } from "drizzle-orm";
import { fail, openMigratedDatabase } from "./open-db";
import { dataDir } from "../lib/db/client";
import { embeddedDatabaseHeld } from "../lib/db/embedded-holder";
import { loggableError } from "../lib/errors";
import type { Db } from "../lib/db/client";
import { departments, users } from "../lib/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../seed/demo";
import { afterSeed } from "../seed/after-seed";
import { seedToday } from "../seed/seed-day";

/** The demo accounts present in this database; none unless the demo administrator is there. */
async function demoAccountsPresent(db: Db) {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(
      inArray(
        users.email,
        DEMO_ACCOUNTS.map((a) => a.email),
      ),
    );
  const present = new Set(rows.map((r) => r.email));
  return present.has(DEMO_ACCOUNTS[0].email) ? DEMO_ACCOUNTS.filter((a) => present.has(a.email)) : [];
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const url = process.env.DATABASE_URL || undefined;
  const noDemo = /^(1|true|yes)$/i.test(process.env.LEVELBOARD_NO_DEMO ?? "");
  // The demo's dates are relative to this day (LEVELBOARD_SEED_TODAY, else today); a bad value is refused up front.
  let today = "";
  try {
    today = seedToday();
  } catch (e) {
    fail((e as Error).message);
  }
  // Two processes writing one embedded data folder corrupt it: a second `npm start` (or db:migrate) on a folder a
  // running server holds stops here, before opening it.
  if (!url && (await embeddedDatabaseHeld(dataDir())))
    fail(
      `the embedded database in ${dataDir()} is in use by a running Levelboard server, and it serves one process ` +
        "only. Stop that server first; to run several server processes, use a PostgreSQL server (DATABASE_URL).",
    );
  const handle = await openMigratedDatabase();

  // Empty: no department and no account (an administrator made with create-admin is a real organisation's start).
  const [[d], [u]] = await Promise.all([
    handle.db.select({ n: count() }).from(departments),
    handle.db.select({ n: count() }).from(users),
  ]);
  const isEmpty = d.n === 0 && u.n === 0;
  const wantSeed = args.has("--seed") || (!url && !args.has("--no-seed") && !noDemo);
  if (wantSeed && isEmpty) {
    const summary = await handle.db.transaction(async (tx) => {
      const result = await seedDemo(tx as never, { today });
      await afterSeed(tx as never, { today });
      return result;
    });
    console.log(`levelboard: demo organisation created (${summary.members} members in ${summary.teams} teams).`);
  } else if (args.has("--seed")) {
    console.log("levelboard: the database is not empty (it holds departments or accounts); demo data not added.");
  }
  const demo = await demoAccountsPresent(handle.db);
  await handle.close();

  console.log(`levelboard: database ready (${handle.engine}).`);
  if (demo.length) {
    console.log(`\nDemo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const a of demo) console.log(`  ${a.email.padEnd(28)} ${a.role}`);
    console.log("");
  }
}

main().catch((e) => fail(loggableError(e)));
