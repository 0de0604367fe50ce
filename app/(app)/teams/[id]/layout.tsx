import { notFound } from "next/navigation";
import { eq } from "drizzle-orm";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { teams } from "@/lib/db/schema";
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
  const [team] = teamId
    ? await db
        .select({ id: teams.id, departmentId: teams.departmentId })
        .from(teams)
        .where(eq(teams.id, teamId))
        .limit(1)
    : [];
  if (!team || !can(user, "team.read", { departmentId: team.departmentId, teamId: team.id })) notFound();
  return children;
}
