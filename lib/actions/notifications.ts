"use server";
// The inbox's writes (docs/notifications.md): mark one notification read, or all of the reader's. Only the reader's
// own notifications: another user's id is answered as not found, like an id that does not exist. Reading is the
// reader's own state, so it writes no audit row.
import { z } from "zod";
import { and, eq, isNull } from "drizzle-orm";
import { notifications } from "../db/schema";
import { AppError } from "../errors";
import { text } from "../i18n/text";
import { idField } from "../validation";
import { runAction } from "./run";

const PATHS = ["/inbox", "/"];

/** Marks one of the reader's notifications read; answers with the link it leads to (the inbox opens it). */
export async function markNotificationRead(raw: unknown) {
  return runAction(z.strictObject({ id: idField() }), raw, async ({ tx, actor, input }) => {
    const [row] = await tx
      .select({ id: notifications.id, readAt: notifications.readAt, href: notifications.href })
      .from(notifications)
      .where(and(eq(notifications.id, input.id), eq(notifications.userId, actor.userId)))
      .limit(1);
    if (!row) throw new AppError("not_found", text("notifications.inbox.notFound"));
    if (!row.readAt) await tx.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, row.id));
    return { data: { href: row.href }, revalidate: PATHS, message: text("notifications.inbox.markedRead") };
  });
}

export async function markAllNotificationsRead(raw: unknown) {
  return runAction(z.strictObject({}), raw ?? {}, async ({ tx, actor }) => {
    const marked = await tx
      .update(notifications)
      .set({ readAt: new Date() })
      .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
      .returning({ id: notifications.id });
    return {
      data: { marked: marked.length },
      revalidate: PATHS,
      message: text("notifications.inbox.markedAllRead", { count: marked.length }),
    };
  });
}
