// For integration tests of server actions: the actor and database the mocked action context hands out.
// Use with: vi.mock("@/lib/actions/context", () => import("@/lib/testing/action-context")).
import type { Db } from "../db/client";
import type { CurrentUser } from "../auth/session";
import type { Locale } from "../i18n/locales";

const state: { db: Db | null; actor: CurrentUser | null } = { db: null, actor: null };

export function useTestDb(db: Db): void {
  state.db = db;
}
export function actAs(actor: CurrentUser | null): void {
  state.actor = actor;
}
/** The actor's saved language, else English (a test that wants Japanese acts as a user with locale "ja"). */
export async function actionContext(): Promise<{ db: Db; actor: CurrentUser | null; locale: Locale }> {
  if (!state.db) throw new Error("useTestDb(db) first");
  return { db: state.db, actor: state.actor, locale: state.actor?.locale ?? "en" };
}
export function revalidate(): void {}
