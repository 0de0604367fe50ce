// `npm run bench:data -- --members 10000`: fills an EMPTY database (DATABASE_URL, or the embedded one in
// LEVELBOARD_DATA_DIR) with the deterministic benchmark organisation of seed/bench-org.ts.
import { count } from "drizzle-orm";
import { departments } from "../lib/db/schema";
import { fail, openMigratedDatabase } from "../scripts/open-db";
import { BENCH_ACCOUNTS, seedBenchOrganisation } from "../seed/bench-org";
import { DEMO_PASSWORD } from "../seed/demo";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function main() {
  const members = Number(arg("members", "1000"));
  if (!Number.isInteger(members) || members < 100 || members > 200_000)
    fail("--members must be an integer from 100 to 200000.");
  const handle = await openMigratedDatabase();
  const [{ n }] = await handle.db.select({ n: count() }).from(departments);
  if (n > 0)
    fail(
      "the database already holds an organisation; bench data goes into an empty one (a new LEVELBOARD_DATA_DIR or database).",
    );
  const summary = await seedBenchOrganisation(handle.db, members, (line) => console.log(line));
  await handle.close();
  console.log(JSON.stringify({ ...summary, engine: handle.engine }));
  console.log(`sign-ins (password "${DEMO_PASSWORD}"): ${Object.values(BENCH_ACCOUNTS).join(", ")}`);
}

main().catch((e) => fail((e as Error)?.message ?? String(e)));
