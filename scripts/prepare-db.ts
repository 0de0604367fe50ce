// Before the server serves: migrate the database, and seed the demo organisation on an empty embedded one
// (or on any empty database with --seed). Prints one clear line and exits non-zero when the database is unusable.
import { count } from "drizzle-orm";
import { fail, openMigratedDatabase } from "./open-db";
import { loggableError } from "../lib/errors";
import { departments } from "../lib/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../seed/demo";
import { afterSeed } from "../seed/after-seed";

async function main() {
  const args = new Set(process.argv.slice(2));
  const url = process.env.DATABASE_URL || undefined;
  const handle = await openMigratedDatabase();

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

main().catch((e) => fail(loggableError(e)));
