// Section access for pages and layouts (a server helper): the signed-in user, or a "no access" answer for sections the
// policy closes to them.
import { forbidden } from "next/navigation";
import { requireUser, type CurrentUser } from "./session";
import { canOpenSection, type Section } from "./policy";

export async function userForSection(section: Section): Promise<{ user: CurrentUser; allowed: boolean }> {
  const user = await requireUser();
  return { user, allowed: canOpenSection(user, section) };
}

/** For section layouts: the signed-in user, or the 403 page (app/forbidden.tsx) for a role the section is closed to. */
export async function requireSection(section: Section): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canOpenSection(user, section)) forbidden();
  return user;
}
