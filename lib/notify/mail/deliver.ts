// The mail sender (docs/mail.md): delivers the outbox the notifications table is. A run claims a batch of due rows
// in one short statement that moves their mail_next_at forward as a lease (on a PostgreSQL server with
// `for update skip locked`, so two processes never claim the same row), sends each outside any transaction, and marks
// it sent only while the lease is still its own. A failure counts the attempt and schedules a retry (backoff.ts).
// Digests: a user's 'digest' rows created before today (UTC) go out as one mail once a day, claimed the same way.
import { and, eq, inArray, isNull, lt, lte, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { notifications, users } from "../../db/schema";
import { afterFailure } from "./backoff";
import { mailLocale, renderDigestMail, renderNotificationMail, type MailContent } from "./render";
import type { MailTransport } from "./transport";

/** How long a claim holds its rows: longer than the transport's timeouts allow one batch to take. */
export const LEASE_MS = 10 * 60_000;
export const BATCH = 25;

export type DeliverOptions = {
  transport: MailTransport;
  now: Date;
  from: string;
  baseUrl: string;
  /** Rows (immediate) or users (digest) per claim. */
  batch?: number;
};
export type DeliverResult = { sent: number; failed: number };

type Claimed = {
  id: number;
  userId: number;
  text: unknown;
  href: string;
  mailAttempts: number;
};

const claimedColumns = {
  id: notifications.id,
  userId: notifications.userId,
  text: notifications.text,
  href: notifications.href,
  mailAttempts: notifications.mailAttempts,
};

async function recipients(db: Db, userIds: number[]) {
  const rows = await db
    .select({ id: users.id, email: users.email, locale: users.locale, disabledAt: users.disabledAt })
    .from(users)
    .where(inArray(users.id, [...new Set(userIds)]));
  return new Map(rows.map((r) => [r.id, r]));
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/** Marks `ids` sent, as far as the lease `leaseUntil` is still theirs; how many were. */
async function markSent(db: Db, ids: number[], state: "pending" | "digest", leaseUntil: Date, now: Date) {
  const done = await db
    .update(notifications)
    .set({ mailState: "sent", mailSentAt: now, mailNextAt: null, mailError: null })
    .where(
      and(inArray(notifications.id, ids), eq(notifications.mailState, state), eq(notifications.mailNextAt, leaseUntil)),
    )
    .returning({ id: notifications.id });
  return done.length;
}

/** Counts a failed attempt on each row and schedules its retry (or gives it up), if the lease is still theirs. */
async function markFailed(
  db: Db,
  rows: Claimed[],
  state: "pending" | "digest",
  leaseUntil: Date,
  now: Date,
  error: string,
) {
  for (const row of rows) {
    const attempts = row.mailAttempts + 1;
    const next = afterFailure(attempts, now);
    await db
      .update(notifications)
      .set({
        mailAttempts: attempts,
        mailError: error,
        mailNextAt: next.nextAt,
        mailState: next.state === "failed" ? "failed" : state,
      })
      .where(
        and(eq(notifications.id, row.id), eq(notifications.mailState, state), eq(notifications.mailNextAt, leaseUntil)),
      );
  }
}

/** Cancels the mail of rows whose recipient cannot get one (account gone or disabled): in-app only. */
async function markNone(db: Db, ids: number[], leaseUntil: Date) {
  if (ids.length === 0) return;
  await db
    .update(notifications)
    .set({ mailState: "none", mailNextAt: null })
    .where(and(inArray(notifications.id, ids), eq(notifications.mailNextAt, leaseUntil)));
}

async function send(transport: MailTransport, from: string, to: string, mail: MailContent) {
  await transport.sendMail({ from, to, subject: mail.subject, text: mail.text, html: mail.html });
}

/**
 * Delivers the notifications to be mailed at once whose time has come (mail_state 'pending', mail_next_at ≤ now),
 * batch after batch until none is left.
 */
export async function deliverPending(db: Db, options: DeliverOptions): Promise<DeliverResult> {
  const { transport, now, from, baseUrl } = options;
  const result: DeliverResult = { sent: 0, failed: 0 };
  // A lease per run, distinct from any other run's even at the same `now` (the mark compares it exactly).
  const leaseUntil = new Date(now.getTime() + LEASE_MS + Math.floor(Math.random() * 1000));
  for (;;) {
    const claimed: Claimed[] = await db.transaction(async (tx) => {
      const due = tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.mailState, "pending"), lte(notifications.mailNextAt, now)))
        .orderBy(notifications.mailNextAt, notifications.id)
        .limit(options.batch ?? BATCH)
        .for("update", { skipLocked: true });
      return tx
        .update(notifications)
        .set({ mailNextAt: leaseUntil })
        .where(inArray(notifications.id, due))
        .returning(claimedColumns);
    });
    if (claimed.length === 0) return result;
    const to = await recipients(
      db,
      claimed.map((c) => c.userId),
    );
    await markNone(
      db,
      claimed.filter((c) => !to.get(c.userId) || to.get(c.userId)?.disabledAt).map((c) => c.id),
      leaseUntil,
    );
    for (const row of claimed) {
      const user = to.get(row.userId);
      if (!user || user.disabledAt) continue;
      try {
        await send(transport, from, user.email, renderNotificationMail(mailLocale(user.locale), row, baseUrl));
        result.sent += await markSent(db, [row.id], "pending", leaseUntil, now);
      } catch (error) {
        result.failed += 1;
        await markFailed(db, [row], "pending", leaseUntil, now, errorText(error));
      }
    }
  }
}

/** The start of `now`'s day (UTC, the app's time zone): a digest takes what was notified before it. */
export function startOfDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Sends each user's daily digest: their 'digest' notifications created before today, in one mail, those rows marked
 * sent. Rows notified today wait for tomorrow's digest, so the job may run hourly and still mails once a day.
 */
export async function deliverDigests(db: Db, options: DeliverOptions): Promise<DeliverResult> {
  const { transport, now, from, baseUrl } = options;
  const result: DeliverResult = { sent: 0, failed: 0 };
  const leaseUntil = new Date(now.getTime() + LEASE_MS + Math.floor(Math.random() * 1000));
  const due = and(
    eq(notifications.mailState, "digest"),
    lt(notifications.createdAt, startOfDay(now)),
    or(isNull(notifications.mailNextAt), lte(notifications.mailNextAt, now)),
  );
  for (;;) {
    // All of a batch of users' due rows in one statement: a concurrent claim waits on these rows' locks, then finds
    // them leased (no longer due) and takes none of them, so no user's digest is split or sent twice.
    const claimed: Claimed[] = await db.transaction(async (tx) => {
      const who = tx
        .selectDistinct({ userId: notifications.userId })
        .from(notifications)
        .where(due)
        .limit(options.batch ?? BATCH);
      return tx
        .update(notifications)
        .set({ mailNextAt: leaseUntil })
        .where(and(due, inArray(notifications.userId, who)))
        .returning({ ...claimedColumns, createdAt: notifications.createdAt });
    });
    if (claimed.length === 0) return result;
    const to = await recipients(
      db,
      claimed.map((c) => c.userId),
    );
    const byUser = new Map<number, (Claimed & { createdAt: Date })[]>();
    for (const row of claimed as (Claimed & { createdAt: Date })[])
      byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
    for (const [userId, rows] of byUser) {
      rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
      const user = to.get(userId);
      if (!user || user.disabledAt) {
        await markNone(
          db,
          rows.map((r) => r.id),
          leaseUntil,
        );
        continue;
      }
      try {
        await send(transport, from, user.email, renderDigestMail(mailLocale(user.locale), rows, baseUrl));
        if (
          (await markSent(
            db,
            rows.map((r) => r.id),
            "digest",
            leaseUntil,
            now,
          )) > 0
        )
          result.sent += 1;
      } catch (error) {
        result.failed += 1;
        await markFailed(db, rows, "digest", leaseUntil, now, errorText(error));
      }
    }
  }
}
