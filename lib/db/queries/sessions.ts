// A user's sessions that still sign them in (not revoked, not expired), for their sessions list.
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import { sessions } from "../schema";

export type SessionRow = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null };

/** The user's active sessions, most recently seen first. `unusedAfterSeconds`: when an unused session has expired. */
export async function activeSessions(db: Db, userId: number, unusedAfterSeconds: number): Promise<SessionRow[]> {
  return db
    .select({
      id: sessions.id,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      userAgent: sessions.userAgent,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        gt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${unusedAfterSeconds})`),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt), desc(sessions.createdAt));
}
