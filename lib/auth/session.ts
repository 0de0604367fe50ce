// Who is signed in, as a policy Actor loaded fresh from the database (roles and team leads can change).
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { and, eq, getTableColumns, sql } from "drizzle-orm";
import { getDb } from "../db/client";
import { qualified } from "../db/qualified";
import { members, sessions, teamLeads, users } from "../db/schema";
import { auth } from "./auth";
import { LAST_SEEN_EVERY_MS, touchSession } from "./sessions";
import type { Actor } from "./policy";
import { isLocale, type Locale } from "../i18n/locales";

export type CurrentUser = Actor & {
  name: string;
  email: string;
  /** The saved interface language; null or absent follows the browser. */ locale?: Locale | null;
  /** The sessions row this request's token carries (lib/auth/sessions.ts). */
  sessionId?: string;
};

/** The signed-in user, or null (signed out, deleted or disabled account, ended session). Cached per request. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const userId = Number(session?.user?.id);
  const sessionId = session?.user?.sessionId;
  if (!Number.isInteger(userId) || userId <= 0 || !sessionId) return null;
  const db = await getDb();
  // One statement for the user, their session row (by primary key), the teams they lead and their own member record
  // (it runs on every request).
  const [row] = await db
    .select({
      ...getTableColumns(users),
      sessionRevokedAt: sessions.revokedAt,
      sessionLastSeenAt: sessions.lastSeenAt,
      leads: sql<
        string | null
      >`(select string_agg(${qualified(teamLeads.teamId)}::text, ',' order by ${qualified(teamLeads.teamId)}) from ${teamLeads} where ${qualified(teamLeads.userId)} = ${qualified(users.id)})`,
      ownMemberId: sql<
        number | null
      >`(select ${qualified(members.id)} from ${members} where ${qualified(members.userId)} = ${qualified(users.id)} limit 1)`,
    })
    .from(users)
    .innerJoin(sessions, and(eq(sessions.id, sessionId), eq(sessions.userId, users.id)))
    .where(eq(users.id, userId))
    .limit(1);
  const { leads, ownMemberId, sessionRevokedAt, sessionLastSeenAt, ...user } = row ?? {
    leads: null,
    ownMemberId: null,
    sessionRevokedAt: null,
    sessionLastSeenAt: null,
  };
  // A disabled account, a session signed out or ended from another device (no row, or revoked), or one older than
  // the last password reset, disable, role change or restore: signed out.
  if (!row || user.disabledAt || sessionRevokedAt || user.sessionVersion !== session?.user?.sessionVersion) return null;
  if (sessionLastSeenAt && Date.now() - sessionLastSeenAt.getTime() > LAST_SEEN_EVERY_MS) {
    // "Last seen" is a hint for the sessions list: never fail a request over it.
    await touchSession(db, sessionId).catch(() => {});
  }
  return {
    userId: user.id,
    role: user.role,
    departmentId: user.departmentId,
    leadTeamIds: leads ? leads.split(",").map(Number) : [],
    memberId: ownMemberId === null ? null : Number(ownMemberId),
    name: user.name,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : null,
    sessionId,
  };
});

/** For pages: the signed-in user, or a redirect to /login. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
