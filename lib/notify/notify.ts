// The one way a notification is made (docs/notifications.md): inside the transaction of the event that causes it,
// so a rolled-back event notifies nobody. Each row is also the mail outbox entry: 'pending' (mail at once),
// 'digest' (the daily digest) or 'none', by the recipient's preference for the kind, when e-mail is configured
// (SMTP_URL). A dedupe key (reminderKey) makes a time-based reminder idempotent: the second insert does nothing.
import { and, inArray, isNull } from "drizzle-orm";
import type { Tx } from "../db/client";
import { notificationPrefs, notifications, users, type NotificationMailMode } from "../db/schema";
import type { Text } from "../i18n/text";
import type { NotificationKind } from "./kinds";

export type NotificationInput = {
  userId: number;
  kind: NotificationKind;
  /** What happened, as a message key of the `notifications` namespace and its values. */
  text: Text;
  /** App-relative link: "/members/12", "/reviews?…". */
  href: string;
  /** For time-based reminders: reminderKey(kind, subject, period, userId). */
  dedupeKey?: string;
};

/** Whether e-mail is configured (SMTP_URL set): without it notifications are in-app only. */
export function mailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.SMTP_URL?.trim());
}

/** The key of a time-based reminder: the same kind, subject and period for the same user notifies once. */
export function reminderKey(kind: NotificationKind, subject: string, period: string, userId: number): string {
  return `${kind}|${subject}|${period}|${userId}`;
}

/**
 * Writes the notifications (one statement for the preferences, one insert) and returns how many were new (a row
 * whose dedupe key exists already is skipped). Disabled accounts get no mail.
 */
export async function notify(tx: Tx, items: readonly NotificationInput[]): Promise<number> {
  if (items.length === 0) return 0;
  const modes = new Map<string, NotificationMailMode>();
  const mailable = new Set<number>();
  if (mailConfigured()) {
    const userIds = [...new Set(items.map((i) => i.userId))];
    const kinds = [...new Set(items.map((i) => i.kind))];
    const [prefs, active] = await Promise.all([
      tx
        .select()
        .from(notificationPrefs)
        .where(and(inArray(notificationPrefs.userId, userIds), inArray(notificationPrefs.kind, kinds))),
      tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, userIds), isNull(users.disabledAt))),
    ]);
    for (const p of prefs) modes.set(`${p.userId}|${p.kind}`, p.mode);
    for (const u of active) mailable.add(u.id);
  }
  const now = new Date();
  const rows = items.map((i) => {
    const mode = mailable.has(i.userId) ? (modes.get(`${i.userId}|${i.kind}`) ?? "immediate") : "off";
    return {
      userId: i.userId,
      kind: i.kind,
      text: i.text,
      href: i.href,
      dedupeKey: i.dedupeKey ?? null,
      mailState:
        mode === "immediate" ? ("pending" as const) : mode === "digest" ? ("digest" as const) : ("none" as const),
      mailNextAt: mode === "immediate" ? now : null,
    };
  });
  const inserted = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  return inserted.length;
}
