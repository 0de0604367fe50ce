import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { memberScope } from "@/lib/db/queries/members";
import { parseRouteId as segmentId } from "@/lib/validation";

// Before the loading boundary: a member outside the actor's scope is the same 404 as one that does not exist.
export default async function MemberLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const [{ id }, user, db] = await Promise.all([params, requireUser(), getDb()]);
  const memberId = segmentId(id);
  const scope = memberId ? await memberScope(db, memberId) : null;
  if (!scope || !can(user, "member.read", scope)) notFound();
  return children;
}
