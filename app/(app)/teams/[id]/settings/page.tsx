import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { archiveTeam, restoreTeam } from "@/lib/actions/teams";
import { leadCandidates, teamDetail } from "@/lib/db/queries/roster";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/ui/empty-state";
import { ActionForm } from "@/components/forms/action-form";
import { TeamLeadsForm, TeamSettingsForm } from "@/components/roster/team-forms";
import { segmentId } from "@/components/roster/params";

export const metadata = { title: "Team settings" };

export default async function TeamSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user, db] = await Promise.all([params, requireUser(), getDb()]);
  const teamId = segmentId(id);
  const team = teamId ? await teamDetail(db, teamId) : null;
  if (!team) notFound();
  if (!can(user, "team.manage", { departmentId: team.departmentId, teamId: team.id }))
    return <Forbidden what="this team's settings" />;
  const candidates = await leadCandidates(db, team.departmentId);
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
        / Settings
      </nav>
      <PageHeader
        title={`${team.name}: settings`}
        description={`${team.departmentName}. Name, specialty field, leads; archive a team that has no active members.`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Team">
          <TeamSettingsForm team={team} />
        </Card>
        <Card title="Leads">
          <TeamLeadsForm team={team} candidates={candidates} current={team.leads.map((l) => l.id)} />
        </Card>
        <Card title={team.archived ? "Restore team" : "Archive team"}>
          {team.archived ? (
            <ActionForm
              action={restoreTeam}
              hidden={{ id: team.id, version: team.version }}
              submitLabel="Restore team"
              variant="secondary"
            />
          ) : (
            <ActionForm
              action={archiveTeam}
              hidden={{ id: team.id, version: team.version }}
              submitLabel="Archive team"
              variant="danger"
              confirm={`Archive ${team.name}?`}
            >
              <p className="text-sm text-slate-600">
                Move or archive the team&apos;s members first. Nothing is deleted.
              </p>
            </ActionForm>
          )}
        </Card>
      </div>
    </>
  );
}
