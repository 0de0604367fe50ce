import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { linkableUsers, teamDetail } from "@/lib/db/queries/roster";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/empty-state";
import { MemberForm } from "@/components/roster/member-form";
import { segmentId } from "@/components/roster/params";

export const metadata = { title: "Add member" };

export default async function NewMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user, db] = await Promise.all([params, requireUser(), getDb()]);
  const teamId = segmentId(id);
  const team = teamId ? await teamDetail(db, teamId) : null;
  if (!team) notFound();
  if (!can(user, "member.manage", { departmentId: team.departmentId, teamId: team.id }))
    return <Forbidden what="adding members to this team" />;
  const accounts = await linkableUsers(db, team.departmentId);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <Link href="/teams" className="hover:underline">
          Teams
        </Link>{" "}
        /{" "}
        <Link href={`/teams/${team.id}`} className="hover:underline">
          {team.name}
        </Link>{" "}
        / Add member
      </nav>
      <PageHeader
        title={`Add a member to ${team.name}`}
        description="A member may have a user account or not; a lead can keep records for people who never sign in."
      />
      <Card>
        <MemberForm teamId={team.id} accounts={accounts} />
      </Card>
    </>
  );
}
