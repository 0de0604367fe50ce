// A user's e-mail choices per notification kind (notification_prefs): the preferences page reads them here; a kind
// without a row is mailed at once.
import { eq } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { notificationPrefs, type NotificationMailMode } from "../schema";

/** The user's saved mode per kind (kinds never chosen are absent: e-mail at once). */
export async function notificationPrefsOf(db: Db | Tx, userId: number): Promise<Record<string, NotificationMailMode>> {
  const rows = await db
    .select({ kind: notificationPrefs.kind, mode: notificationPrefs.mode })
    .from(notificationPrefs)
    .where(eq(notificationPrefs.userId, userId));
  return Object.fromEntries(rows.map((r) => [r.kind, r.mode]));
}
