// The only module that knows which engine serves: PGlite (embedded, DATABASE_URL unset) or a PostgreSQL server.
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { installDatabaseHealth, type DatabaseHealth } from "./health";

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

/**
 * The app server's bounds on a server database, so no request waits on it for long: a connection attempt gives up
 * after CONNECT_TIMEOUT_S, a statement after STATEMENT_TIMEOUT_MS, a lock wait after LOCK_TIMEOUT_MS, and the server
 * ends a transaction left idle (a request that died half-way) after IDLE_IN_TRANSACTION_MS. Reconnect attempts after
 * an outage back off to at most half a second (postgres.js's default grows to 20 s, which would delay recovery).
 * A stopped server refuses at once; the connect timeout only bounds an unreachable host, and is not shorter because
 * on a starved CPU the timer fires before the connection's answer is read (seen at a load average of 35 on 2 cores).
 */
export const SERVER_TIMEOUTS = {
  CONNECT_TIMEOUT_S: 10,
  STATEMENT_TIMEOUT_MS: 10_000,
  LOCK_TIMEOUT_MS: 5_000,
  IDLE_IN_TRANSACTION_MS: 10_000,
} as const;

/**
 * Opens a database: a server when `url` is given, else PGlite at `pgliteDir` (in memory when "memory://").
 * `serving: true` (the app's own connection) applies SERVER_TIMEOUTS and reports dropped connections to the health
 * tracker (health.ts); command-line tools keep no statement timeout (bulk loads, full refreshes). `loadDataDir` starts
 * an in-memory PGlite from a dump of another's data directory (the integration tests' migrated template).
 */
export async function openDatabase(opts: {
  url?: string;
  pgliteDir?: string;
  serving?: boolean;
  loadDataDir?: Blob;
}): Promise<DbHandle> {
  if (opts.url) {
    parseDatabaseUrl(opts.url);
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    // jit off: the aggregate views' plans are costed high enough to trigger JIT compilation, which took 2 s on a
    // 50 ms query at 10,000 members (npm run bench); the app's queries are short and gain nothing from it.
    // random_page_cost 1.1 (the default 4 is for spinning disks): the read model is small enough to stay cached, and
    // at 100,000 members the default costing read all 600,000 per-team counts (a sequential scan and a hash) where a
    // view needed its teams' few rows through the primary key (docs/performance.md).
    const planner = { jit: "off", random_page_cost: "1.1" };
    const serving = opts.serving
      ? {
          connect_timeout: SERVER_TIMEOUTS.CONNECT_TIMEOUT_S,
          backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
          connection: {
            ...planner,
            statement_timeout: SERVER_TIMEOUTS.STATEMENT_TIMEOUT_MS,
            lock_timeout: SERVER_TIMEOUTS.LOCK_TIMEOUT_MS,
            idle_in_transaction_session_timeout: SERVER_TIMEOUTS.IDLE_IN_TRANSACTION_MS,
          },
        }
      : { connect_timeout: 10, connection: planner };
    let health: DatabaseHealth | undefined;
    const sqlClient = postgres(opts.url, {
      max: 10,
      onnotice: () => {},
      ...serving,
      // A pooled connection closing (the server stopped, restarted, or refused a connection): probe before the next page.
      onclose: () => health?.markSuspect(),
    });
    let probeClient: ReturnType<typeof postgres> | undefined;
    if (opts.serving) {
      probeClient = postgres(opts.url, { max: 1, onnotice: () => {}, connect_timeout: 3, backoff: () => 0 });
      const ping = probeClient;
      health = installDatabaseHealth(() => ping`select 1`);
    }
    const db = drizzle(sqlClient, { schema, logger }) as unknown as Db;
    return {
      db,
      engine: "postgres",
      close: async () => {
        await Promise.all([sqlClient.end({ timeout: 5 }), probeClient?.end({ timeout: 1 })]);
      },
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dir = opts.pgliteDir ?? path.join(dataDir(), "pglite");
  if (dir !== "memory://") {
    const { mkdirSync } = await import("node:fs");
    mkdirSync(dir, { recursive: true });
  }
  const client = dir === "memory://" ? new PGlite({ loadDataDir: opts.loadDataDir }) : new PGlite(dir);
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
    const opening = openDatabase({ url: process.env.DATABASE_URL || undefined, serving: true });
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
