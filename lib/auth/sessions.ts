// Sessions kept in the database: one row per sign-in, its id carried in the (encrypted) session token. A token whose
// row is missing or revoked signs nobody in (lib/auth/session.ts checks it in the query it already runs).
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, ne, sql } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { sessions } from "../db/schema";
import { SESSION_MAX_AGE_S } from "./auth.config";

/** How often last_seen_at is written: at most once per this many milliseconds per session. */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;
const USER_AGENT_MAX = 200;
/**
 * A session not seen for this long has certainly expired: its token lives SESSION_MAX_AGE_S from its last issue
 * (Auth.js may roll it forward on a request), and last_seen_at lags a request by at most LAST_SEEN_EVERY_MS.
 */
export const SESSION_UNUSED_AFTER_S = SESSION_MAX_AGE_S + LAST_SEEN_EVERY_MS / 1000;

/** A User-Agent fit to store and show: control characters and lone surrogates removed, at most 200 characters. */
export function shortUserAgent(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const clean = raw
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
    .trim();
  return clean ? Array.from(clean).slice(0, USER_AGENT_MAX).join("") : null;
}

/** Starts a session for the user (at sign-in) and returns its id; also drops the user's expired sessions. */
export async function startSession(db: Db, userId: number, userAgent: string | null): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.insert(sessions).values({ id, userId, userAgent: shortUserAgent(userAgent) });
  await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        lt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${SESSION_UNUSED_AFTER_S})`),
      ),
    );
  return id;
}

/** Ends one session (sign-out on that device). */
export async function revokeSession(db: Db | Tx, id: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
}

/** Ends every session of the user but `except` (the caller's own); returns how many had not expired yet. */
export async function revokeUserSessions(tx: Db | Tx, userId: number, except?: string): Promise<number> {
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${SESSION_UNUSED_AFTER_S})`),
        except ? ne(sessions.id, except) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return ended.length;
}

/** Records that the session was used now, unless that was already recorded in the last few minutes. */
export async function touchSession(db: Db, id: string): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: new Date() })
    .where(
      and(
        eq(sessions.id, id),
        lt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${LAST_SEEN_EVERY_MS / 1000})`),
      ),
    );
}
