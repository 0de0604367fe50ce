import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { teamScope } from "@/lib/db/queries/teams";
import { parseRouteId as segmentId } from "@/lib/validation";

// Before the loading boundary: a team outside the actor's scope is the same 404 as one that does not exist.
export default async function TeamLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ id: string }>;
}) {
  const [{ id }, user, db] = await Promise.all([params, requireUser(), getDb()]);
  const teamId = segmentId(id);
  const scope = teamId ? await teamScope(db, teamId) : null;
  if (!scope || !can(user, "team.read", scope)) notFound();
  return children;
}
