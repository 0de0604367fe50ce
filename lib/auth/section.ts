// Section access for layouts and pages (a server helper): the signed-in user, or the 403 page for a section the policy
// closes to them.
import { forbidden } from "next/navigation";
import { requireUser, type CurrentUser } from "./session";
import { canOpenSection, type Section } from "./policy";

/** For section layouts: the signed-in user, or the 403 page (app/forbidden.tsx) for a role the section is closed to. */
export async function requireSection(section: Section): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canOpenSection(user, section)) forbidden();
  return user;
}
