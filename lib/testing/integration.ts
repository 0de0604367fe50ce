// Integration tests (*.int.test.ts) in one way: useIntegrationDb() gives each file (or describe block) a fresh,
// migrated database — PGlite in memory, or a new database on the server named by TEST_DATABASE_URL — with the
// test organisation (lib/testing/fixture.ts) unless told otherwise, and closes (drops) it afterwards. actAs() picks
// the signed-in user. The setup file (lib/testing/setup-integration.ts) points getDb(), currentUser() and
// next/cache at this state, so server actions and route handlers run their real code against the test database.
import { afterAll, beforeAll } from "vitest";
import { eq } from "drizzle-orm";
import type { Db, DbHandle } from "../db/client";
import * as schema from "../db/schema";
import type { CurrentUser } from "../auth/session";
import { createTestDb } from "../db/test-db";
import { buildFixture, type Fixture } from "./fixture";
import { requestState as state } from "./integration-state";

export type IntegrationDb = {
  /** The open database and its close(). */
  readonly handle: DbHandle;
  readonly db: Db;
  /** The test organisation built on it (not with `{ fixture: false }`). */
  readonly fixture: Fixture;
};

/**
 * Registers beforeAll/afterAll hooks that create the database (and the fixture), and close it. The first database
 * of a file or block is the one getDb() answers while it is open. Read `db`/`fixture` in hooks and tests, not
 * while the file is collected.
 */
export function useIntegrationDb(options: { fixture?: boolean } = {}): IntegrationDb {
  let handle: DbHandle | null = null;
  let fixture: Fixture | null = null;
  beforeAll(async () => {
    handle = await createTestDb();
    if (options.fixture !== false) fixture = await buildFixture(handle.db);
    state.db ??= handle.db;
  });
  afterAll(async () => {
    if (handle && state.db === handle.db) state.db = null;
    await handle?.close();
  });
  const open = () => {
    if (!handle) throw new Error("useIntegrationDb(): the database is created in beforeAll; read it in a hook or test");
    return handle;
  };
  return {
    get handle() {
      return open();
    },
    get db() {
      return open().db;
    },
    get fixture() {
      open();
      if (!fixture) throw new Error("useIntegrationDb({ fixture: false }) builds no fixture");
      return fixture;
    },
  };
}

/** The actor as the session builds it for the account with this email: its row, the teams it leads, its member. */
export async function actorByEmail(db: Db, email: string): Promise<CurrentUser> {
  const [u] = await db.select().from(schema.users).where(eq(schema.users.email, email));
  if (!u) throw new Error(`actorByEmail: no account ${email}`);
  const [leads, [own]] = await Promise.all([
    db.select({ teamId: schema.teamLeads.teamId }).from(schema.teamLeads).where(eq(schema.teamLeads.userId, u.id)),
    db.select({ id: schema.members.id }).from(schema.members).where(eq(schema.members.userId, u.id)),
  ]);
  return {
    userId: u.id,
    role: u.role,
    departmentId: u.departmentId,
    leadTeamIds: leads.map((l) => l.teamId),
    memberId: own?.id ?? null,
    name: u.name,
    email: u.email,
  };
}

/**
 * A second drizzle instance on the same connection that counts the SQL statements it sends, on either engine: for
 * tests that a read takes a constant number of queries. `reset()` starts a new count.
 */
export async function countingDb(handle: DbHandle): Promise<{ db: Db; count: () => number; reset: () => void }> {
  let queries = 0;
  const logger = {
    logQuery: () => {
      queries++;
    },
  };
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const db = (handle.engine === "pglite"
    ? (await import("drizzle-orm/pglite")).drizzle(client as never, { schema, logger })
    : (await import("drizzle-orm/postgres-js")).drizzle(client as never, { schema, logger })) as unknown as Db;
  return { db, count: () => queries, reset: () => void (queries = 0) };
}

/** The database getDb() answers from now on, e.g. a transaction a test rolls back (null: none). */
export function serveDb(db: Db | null): void {
  state.db = db;
}

/** The signed-in user that currentUser() returns from now on (null: signed out). */
export function actAs(actor: CurrentUser | null): void {
  state.actor = actor;
}
