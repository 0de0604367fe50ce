// The only module that knows which engine serves: PGlite (embedded, DATABASE_URL unset) or a PostgreSQL server.
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Engine = "pglite" | "postgres";

export type DbHandle = { db: Db; engine: Engine; close: () => Promise<void> };

export class DatabaseConfigError extends Error {}

/** Where the embedded database lives: LEVELBOARD_DATA_DIR, default `.data/` in the project. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.LEVELBOARD_DATA_DIR || ".data");
}

/** Validates DATABASE_URL without connecting; throws a DatabaseConfigError with one clear sentence. */
export function parseDatabaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseConfigError(
      "DATABASE_URL is not a valid URL (expected postgres://user:password@host:5432/database).",
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new DatabaseConfigError(`DATABASE_URL must start with postgres:// or postgresql://, not ${url.protocol}//.`);
  }
  if (!url.hostname) throw new DatabaseConfigError("DATABASE_URL names no host.");
  if (url.pathname.length <= 1)
    throw new DatabaseConfigError("DATABASE_URL names no database (…/database at the end).");
  return url;
}

/** LEVELBOARD_LOG_QUERIES=1 prints one line per SQL statement (the benchmarks count queries per request with it). */
const logger =
  process.env.LEVELBOARD_LOG_QUERIES === "1"
    ? { logQuery: (query: string) => console.log(`levelboard:query ${query.replace(/\s+/g, " ").slice(0, 160)}`) }
    : undefined;

/** Opens a database: a server when `url` is given, else PGlite at `pgliteDir` (in memory when "memory://"). */
export async function openDatabase(opts: { url?: string; pgliteDir?: string }): Promise<DbHandle> {
  if (opts.url) {
    parseDatabaseUrl(opts.url);
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // jit off: the aggregate views' plans are costed high enough to trigger JIT compilation, which took 2 s on a
    // 50 ms query at 10,000 members (npm run bench); the app's queries are short and gain nothing from it.
    const sqlClient = postgres(opts.url, {
      max: 10,
      onnotice: () => {},
      connect_timeout: 10,
      connection: { jit: "off" },
    });
    const db = drizzle(sqlClient, { schema, logger }) as unknown as Db;
    return { db, engine: "postgres", close: () => sqlClient.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = opts.pgliteDir ?? path.join(dataDir(), "pglite");
  if (dir !== "memory://") {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dir, { recursive: true });
  }
  const client = dir === "memory://" ? new PGlite() : new PGlite(dir);
  await client.waitReady;
  const db = drizzle(client, { schema, logger }) as unknown as Db;
  return { db, engine: "pglite", close: () => client.close() };
}

/** The engine the app runs on, from the environment. */
export function configuredEngine(): Engine {
  return process.env.DATABASE_URL ? "postgres" : "pglite";
}

const globalForDb = globalThis as unknown as { levelboardDb?: Promise<DbHandle> };

/** The app's shared connection (one per process; PGlite serves one process at a time). */
export function getDbHandle(): Promise<DbHandle> {
  if (!globalForDb.levelboardDb) {
    const opening = openDatabase({ url: process.env.DATABASE_URL || undefined });
    // A failed open is not cached: the next request tries again (the server may come back).
    opening.catch(() => {
      if (globalForDb.levelboardDb === opening) globalForDb.levelboardDb = undefined;
    });
    globalForDb.levelboardDb = opening;
  }
  return globalForDb.levelboardDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
