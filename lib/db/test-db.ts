// A throwaway, migrated database for integration tests: PGlite in memory, or a fresh database on the
// PostgreSQL server named by TEST_DATABASE_URL (CI runs the suite both ways).
import { randomBytes } from "node:crypto";
import { openDatabase, type DbHandle } from "./client";
import { migrateDatabase } from "./migrate";

/** A new, empty database on the server at `serverUrl`: its URL, and a function that drops it. */
export async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const { default: postgres } = await import("postgres");
  const name = `levelboard_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists ${name} with (force)`);
      await again.end();
    },
  };
}

export async function createTestDb(): Promise<DbHandle> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ pgliteDir: "memory://" });
    await migrateDatabase(handle);
    return handle;
  }
  const { url, drop } = await createServerDatabase(serverUrl);
  const handle = await openDatabase({ url });
  await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}
