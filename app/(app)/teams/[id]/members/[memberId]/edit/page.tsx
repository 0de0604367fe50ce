import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { archiveMember, moveMember, restoreMember } from "@/lib/actions/members";
import { linkableUsers, memberForEdit, teamOptions } from "@/lib/db/queries/roster";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/empty-state";
import { MemberForm } from "@/components/roster/member-form";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/fields";
import { segmentId } from "@/components/roster/params";

export const metadata = { title: "Edit member" };

export default async function EditMemberPage({ params }: { params: Promise<{ id: string; memberId: string }> }) {
  const [{ memberId: raw }, user, db] = await Promise.all([params, requireUser(), getDb()]);
  const memberId = segmentId(raw);
  const member = memberId ? await memberForEdit(db, memberId) : null;
  const scope = member ? { departmentId: member.departmentId, teamId: member.teamId, memberId: member.id } : null;
  if (!member || !scope || !can(user, "member.read", scope)) notFound();
  if (!can(user, "member.manage", scope)) return <Forbidden what="editing this member" />;
  const [accounts, teams] = await Promise.all([
    linkableUsers(db, member.departmentId, member.userId),
    teamOptions(db, user),
  ]);
  const targets = teams.filter(
    (t) => t.id !== member.teamId && can(user, "member.manage", { departmentId: t.departmentId, teamId: t.id }),
  );
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <Link href="/teams" className="hover:underline">
          Teams
        </Link>{" "}
        /{" "}
        <Link href={`/teams/${member.teamId}`} className="hover:underline">
          {member.teamName}
        </Link>{" "}
        / {member.name}
      </nav>
      <PageHeader
        title={`Edit ${member.name}`}
        description={
          member.archived ? "This member is archived: their records are kept." : `Member of ${member.teamName}.`
        }
        actions={
          <Link
            href={`/members/${member.id}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            Open record
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Details">
          <MemberForm teamId={member.teamId} accounts={accounts} member={member} />
        </Card>
        <div className="space-y-6">
          <Card title="Move to another team">
            {targets.length === 0 ? (
              <p className="text-sm text-slate-600">There is no other team you may move this member to.</p>
            ) : (
              <ActionForm
                action={moveMember}
                hidden={{ id: member.id, version: member.version }}
                submitLabel="Move member"
                variant="secondary"
              >
                <SelectField
                  name="teamId"
                  label="New team"
                  options={targets.map((t) => ({ value: String(t.id), label: `${t.name} (${t.departmentName})` }))}
                />
              </ActionForm>
            )}
          </Card>
          <Card title={member.archived ? "Restore" : "Archive"}>
            <p className="mb-3 text-sm text-slate-600">
              {member.archived
                ? "Bring the member back to the team's roster."
                : "Archived members leave the roster and the dashboards; nothing is deleted and you can restore them."}
            </p>
            {member.archived ? (
              <ActionForm
                action={restoreMember}
                hidden={{ id: member.id, version: member.version }}
                submitLabel="Restore member"
                variant="secondary"
              />
            ) : (
              <ActionForm
                action={archiveMember}
                hidden={{ id: member.id, version: member.version }}
                submitLabel="Archive member"
                variant="danger"
                confirm={`Archive ${member.name}?`}
              />
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
