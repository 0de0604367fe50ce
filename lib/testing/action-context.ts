// For integration tests of server actions: the actor and database the mocked action context hands out.
// Use with: vi.mock("@/lib/actions/context", () => import("@/lib/testing/action-context")).
import type { Db } from "../db/client";
import type { CurrentUser } from "../auth/session";

const state: { db: Db | null; actor: CurrentUser | null } = { db: null, actor: null };

export function useTestDb(db: Db): void {
  state.db = db;
}
export function actAs(actor: CurrentUser | null): void {
  state.actor = actor;
}
export async function actionContext(): Promise<{ db: Db; actor: CurrentUser | null }> {
  if (!state.db) throw new Error("useTestDb(db) first");
  return { db: state.db, actor: state.actor };
}
export function revalidate(): void {}
