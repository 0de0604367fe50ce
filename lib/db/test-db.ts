// A throwaway, migrated database for integration tests: PGlite in memory, or a fresh database on the
// PostgreSQL server named by TEST_DATABASE_URL (CI runs the suite both ways). The integration project's global setup
// (lib/testing/global-setup-integration.ts) migrates one template per run — a server database, or a PGlite
// data-directory dump — and each test database is a copy of it; without one (a bench script) each is migrated anew.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { openDatabase, type DbHandle } from "./client";
import { migrateDatabase } from "./migrate";

/** The migrated server database that new test databases copy (CREATE DATABASE … TEMPLATE), set by the global setup. */
export const TEMPLATE_DATABASE_ENV = "LEVELBOARD_TEST_TEMPLATE_DB";
/** The file holding a migrated PGlite's data directory (dumpDataDir), set by the global setup. */
export const PGLITE_DUMP_ENV = "LEVELBOARD_TEST_PGLITE_DUMP";

/**
 * A new database on the server at `serverUrl` — empty, or a copy of the database `template` — its URL, and a
 * function that drops it.
 */
export async function createServerDatabase(
  serverUrl: string,
  options: { template?: string; name?: string } = {},
): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const { default: postgres } = await import("postgres");
  const name = options.name ?? `levelboard_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}${options.template ? ` template ${options.template}` : ""}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
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
    const dump = process.env[PGLITE_DUMP_ENV];
    if (dump) return openDatabase({ pgliteDir: "memory://", loadDataDir: new Blob([await readFile(dump)]) });
    const handle = await openDatabase({ pgliteDir: "memory://" });
    await migrateDatabase(handle);
    return handle;
  }
  const template = process.env[TEMPLATE_DATABASE_ENV];
  const { url, drop } = await createServerDatabase(serverUrl, { template });
  const handle = await openDatabase({ url });
  if (!template) await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}
