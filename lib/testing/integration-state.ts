// What a request would supply to an integration test: the database getDb() answers and the signed-in user. Kept
// apart from integration.ts (which opens databases) so the setup file's mock of lib/db/client can read it without
// importing lib/db/client itself.
import type { Db } from "../db/client";
import type { CurrentUser } from "../auth/session";

export const requestState: { db: Db | null; actor: CurrentUser | null } = { db: null, actor: null };

export function integrationDb(): Db {
  if (!requestState.db) throw new Error("getDb() in an integration test: call useIntegrationDb() in this file first");
  return requestState.db;
}
export function integrationActor(): CurrentUser | null {
  return requestState.actor;
}
