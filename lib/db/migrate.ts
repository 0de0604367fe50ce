// Applies drizzle-kit's migrations (drizzle/) to either engine: the same files for PGlite and the server.
import path from "node:path";
import type { DbHandle } from "./client";

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, "../../drizzle");

export async function migrateDatabase(handle: DbHandle): Promise<void> {
  if (handle.engine === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}
