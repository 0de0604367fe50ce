// Who is signed in, as a policy Actor loaded fresh from the database (roles and team leads can change).
import { cache } from "react";
import { redirect } from "next/navigation";
import { eq } from "drizzle-orm";
import { getDb } from "../db/client";
import { members, teamLeads, users } from "../db/schema";
import { auth } from "./auth";
import type { Actor } from "./policy";
import { isLocale, type Locale } from "../i18n/locales";

export type CurrentUser = Actor & {
  name: string;
  email: string;
  /** The saved interface language; null or absent follows the browser. */ locale?: Locale | null;
};

/** The signed-in user, or null (signed out, deleted or disabled account, ended session). Cached per request. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const userId = Number(session?.user?.id);
  if (!Number.isInteger(userId) || userId <= 0) return null;
  const db = await getDb();
  const [[user], leads, [own]] = await Promise.all([
    db.select().from(users).where(eq(users.id, userId)).limit(1),
    db.select({ teamId: teamLeads.teamId }).from(teamLeads).where(eq(teamLeads.userId, userId)),
    db.select({ id: members.id }).from(members).where(eq(members.userId, userId)).limit(1),
  ]);
  // A disabled account, or a session older than the last password reset, disable, role change or restore: signed out.
  if (!user || user.disabledAt || user.sessionVersion !== session?.user?.sessionVersion) return null;
  return {
    userId: user.id,
    role: user.role,
    departmentId: user.departmentId,
    leadTeamIds: leads.map((l) => l.teamId),
    memberId: own?.id ?? null,
    name: user.name,
    email: user.email,
    locale: isLocale(user.locale) ? user.locale : null,
  };
});

/** For pages: the signed-in user, or a redirect to /login. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  return user;
}
