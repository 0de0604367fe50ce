import { forbidden } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { requireSection } from "@/lib/auth/section";

// Decides access to the users pages (list, new, one user) before their loading boundary streams: a role that may not
// manage users gets the 403 page.
export default async function Layout({ children }: { children: React.ReactNode }) {
  const user = await requireSection("admin");
  if (!can(user, "users.manage")) forbidden();
  return children;
}
