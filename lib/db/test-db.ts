// A throwaway, migrated database for integration tests: PGlite in memory, or a fresh database on the
// PostgreSQL server named by TEST_DATABASE_URL (CI runs the suite both ways).
import { randomBytes } from "node:crypto";
import { openDatabase, type DbHandle } from "./client";
import { migrateDatabase } from "./migrate";

export async function createTestDb(): Promise<DbHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ pgliteDir: "memory://" });
    await migrateDatabase(handle);
    return handle;
  }
  const { default: postgres } = await import("postgres");
  const name = `levelboard_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}
