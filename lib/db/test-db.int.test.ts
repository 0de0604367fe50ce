// Each integration test file's database is a copy of the one migrated by the global setup, not migrated again, and
// copies are independent of each other.
import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./client";
import { MIGRATIONS_FOLDER } from "./migrate";
import { departments } from "./schema";
import { createTestDb, PGLITE_DUMP_ENV, TEMPLATE_DATABASE_ENV } from "./test-db";

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? r : (r as { rows: T[] }).rows);

describe("createTestDb", () => {
  const opened: DbHandle[] = [];
  afterAll(() => Promise.all(opened.map((h) => h.close())));

  it("copies the run's template: the global setup left one for this engine", () => {
    const env = process.env.TEST_DATABASE_URL ? TEMPLATE_DATABASE_ENV : PGLITE_DUMP_ENV;
    expect(process.env[env]).toBeTruthy();
  });

  it("gives databases with every migration applied, each independent of the others", async () => {
    const [a, b] = await Promise.all([createTestDb(), createTestDb()]);
    opened.push(a, b);
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta/_journal.json"), "utf8"));
    for (const h of [a, b]) {
      const [{ n }] = rowsOf<{ n: number }>(
        await h.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
      );
      expect(n).toBe(journal.entries.length);
    }
    await a.db.insert(departments).values({ name: "Only in A" });
    expect(await a.db.select().from(departments)).toHaveLength(1);
    expect(await b.db.select().from(departments)).toHaveLength(0);
  });
});
