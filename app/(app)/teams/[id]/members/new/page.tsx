import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { linkableUsers } from "@/lib/db/queries/users";
import { teamDetail } from "@/lib/db/queries/teams";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { MemberForm } from "@/components/roster/member-form";
import { parseRouteId as segmentId } from "@/lib/validation";
import { TeamBreadcrumb } from "@/components/roster/team-breadcrumb";

export async function generateMetadata() {
  const t = await getTranslations("teams.newMember");
  return { title: t("metaTitle") };
}

export default async function NewMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user, db, t, tRoster] = await Promise.all([
    params,
    requireUser(),
    getDb(),
    getTranslations("teams.newMember"),
    getTranslations("roster"),
  ]);
  const teamId = segmentId(id);
  const team = teamId ? await teamDetail(db, teamId) : null;
  if (!team) notFound();
  if (!can(user, "member.manage", { departmentId: team.departmentId, teamId: team.id })) forbidden(); // 403: no loading boundary above this page (the team overview's is in its own group)
  const accounts = await linkableUsers(db, team.departmentId);
  return (
    <>
      <TeamBreadcrumb label={tRoster("breadcrumb")} teams={t("breadcrumbTeams")} team={team} here={t("breadcrumb")} />
      <PageHeader title={t("title", { team: team.name })} description={t("description")} />
      <Card>
        <MemberForm teamId={team.id} accounts={accounts} />
      </Card>
    </>
  );
}
