// Pages call this first: the signed-in user, or a "no access" answer for sections the policy closes to them.
import { requireUser, type CurrentUser } from "@/lib/auth/session";
import { canOpenSection, type Section } from "@/lib/auth/policy";

export async function userForSection(section: Section): Promise<{ user: CurrentUser; allowed: boolean }> {
  const user = await requireUser();
  return { user, allowed: canOpenSection(user, section) };
}
