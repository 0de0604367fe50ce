import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { archiveTeam, restoreTeam } from "@/lib/actions/teams";
import { leadCandidates } from "@/lib/db/queries/users";
import { teamDetail } from "@/lib/db/queries/teams";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";
import { TeamLeadsForm, TeamSettingsForm } from "@/components/roster/team-forms";
import { parseRouteId as segmentId } from "@/lib/validation";
import { TeamBreadcrumb } from "@/components/roster/team-breadcrumb";

export async function generateMetadata() {
  const t = await getTranslations("teams.settings");
  return { title: t("metaTitle") };
}

export default async function TeamSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user, db, t, tRoster] = await Promise.all([
    params,
    requireUser(),
    getDb(),
    getTranslations("teams.settings"),
    getTranslations("roster"),
  ]);
  const teamId = segmentId(id);
  const team = teamId ? await teamDetail(db, teamId) : null;
  if (!team) notFound();
  if (!can(user, "team.manage", { departmentId: team.departmentId, teamId: team.id })) forbidden(); // 403: no loading boundary above this page (the team overview's is in its own group)
  const candidates = await leadCandidates(db, team.departmentId);
  return (
    <>
      <TeamBreadcrumb label={tRoster("breadcrumb")} teams={t("breadcrumbTeams")} team={team} here={t("breadcrumb")} />
      <PageHeader
        title={t("title", { team: team.name })}
        description={t("description", { department: team.departmentName })}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("team")}>
          <TeamSettingsForm team={team} />
        </Card>
        <Card title={t("leads")}>
          <TeamLeadsForm team={team} candidates={candidates} current={team.leads.map((l) => l.id)} />
        </Card>
        <Card title={team.archived ? t("restore") : t("archive")}>
          {team.archived ? (
            <ActionForm
              action={restoreTeam}
              hidden={{ id: team.id, version: team.version }}
              submitLabel={t("restore")}
              variant="secondary"
            />
          ) : (
            <ActionForm
              action={archiveTeam}
              hidden={{ id: team.id, version: team.version }}
              submitLabel={t("archive")}
              variant="danger"
              confirm={t("archiveConfirm", { team: team.name })}
            >
              <p className="text-sm text-slate-600">{t("archiveNote")}</p>
            </ActionForm>
          )}
        </Card>
      </div>
    </>
  );
}
