// The signed-in user's notifications (docs/notifications.md): the bell's unread count (one count on the partial index
// notifications_user_unread) and the inbox's pages, newest first. Always filtered by the reader's own user id.
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { notifications } from "../schema";

/** How many of the user's notifications are unread: the bell. One statement, on the partial index. */
export async function unreadNotificationCount(db: Db, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export type NotificationRow = {
  id: number;
  kind: string;
  /** A lib/i18n/text.ts Text, put into words by the reader. */
  text: unknown;
  href: string;
  createdAt: Date;
  readAt: Date | null;
};

export type NotificationsPage = { unread: number; total: number; items: NotificationRow[] };

/**
 * One page of the user's notifications, newest first (all of them, or only the unread), with the number unread and
 * the number the filter matches. Two statements: the counts, and the page.
 */
export async function notificationsPage(
  db: Db,
  userId: number,
  opts: { unreadOnly?: boolean; limit: number; offset: number },
): Promise<NotificationsPage> {
  const mine = eq(notifications.userId, userId);
  const where = opts.unreadOnly ? and(mine, isNull(notifications.readAt)) : mine;
  const [counts, items] = await Promise.all([
    db
      .select({
        total: count(),
        unread: sql<number>`count(*) filter (where ${notifications.readAt} is null)`.mapWith(Number),
      })
      .from(notifications)
      .where(where),
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        text: notifications.text,
        href: notifications.href,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(opts.limit)
      .offset(opts.offset),
  ]);
  return { unread: counts[0]?.unread ?? 0, total: counts[0]?.total ?? 0, items };
}
