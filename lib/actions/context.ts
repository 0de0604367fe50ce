// What every server action needs from the request: the database and the signed-in actor; and revalidation.
// Integration tests replace this module (vi.mock) to call actions as any actor on a throwaway database.
import { revalidatePath } from "next/cache";
import { getDb, type Db } from "../db/client";
import { currentUser, type CurrentUser } from "../auth/session";

export async function actionContext(): Promise<{ db: Db; actor: CurrentUser | null }> {
  const [db, actor] = await Promise.all([getDb(), currentUser()]);
  return { db, actor };
}

export function revalidate(paths: readonly string[]): void {
  for (const p of paths) revalidatePath(p);
}
