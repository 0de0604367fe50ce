// Who is signed in, as a policy Actor loaded fresh from the database (roles and team leads can change).
import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { eq, getTableColumns, sql } from "drizzle-orm";
import { getDb } from "../db/client";
import { qualified } from "../db/qualified";
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
  // One statement for the user, the teams they lead and their own member record (it runs on every request).
  const [row] = await db
    .select({
      ...getTableColumns(users),
      leads: sql<
        string | null
      >`(select string_agg(${qualified(teamLeads.teamId)}::text, ',' order by ${qualified(teamLeads.teamId)}) from ${teamLeads} where ${qualified(teamLeads.userId)} = ${qualified(users.id)})`,
      ownMemberId: sql<
        number | null
      >`(select ${qualified(members.id)} from ${members} where ${qualified(members.userId)} = ${qualified(users.id)} limit 1)`,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  const { leads, ownMemberId, ...user } = row ?? { leads: null, ownMemberId: null };
  // A disabled account, or a session older than the last password reset, disable, role change or restore: signed out.
  if (!row || user.disabledAt || user.sessionVersion !== session?.user?.sessionVersion) return null;
  return {
    userId: user.id,
    role: user.role,
    departmentId: user.departmentId,
    leadTeamIds: leads ? leads.split(",").map(Number) : [],
    memberId: ownMemberId === null ? null : Number(ownMemberId),
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
