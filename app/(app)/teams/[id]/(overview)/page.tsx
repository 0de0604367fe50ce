import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { getDb } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listTeamMembers } from "@/lib/db/queries/team-members";
import { parseTeamMemberParams, teamMemberQuery } from "@/lib/search-params/roster";
import { teamDetail } from "@/lib/db/queries/teams";
import { PageHeader } from "@/components/ui/page-header";
import { TeamMembersTable } from "@/components/roster/team-members-table";
import { parseRouteId as segmentId } from "@/lib/validation";
import { buttonClass } from "@/components/ui/button";
import { ratingGridHref } from "@/lib/search-params/rating-grid";

export async function generateMetadata() {
  const t = await getTranslations("teams.team");
  return { title: t("title") };
}

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, p, user, db, t, tRoster, tm, tGrid] = await Promise.all([
    params,
    searchParams.then(parseTeamMemberParams),
    requireUser(),
    getDb(),
    getTranslations("teams.team"),
    getTranslations("roster"),
    getTranslations("members"),
    getTranslations("ratings.grid"),
  ]);
  const teamId = segmentId(id);
  const team = teamId ? await teamDetail(db, teamId) : null;
  if (!team) notFound();
  const scope = { departmentId: team.departmentId, teamId: team.id };
  if (!can(user, "team.read", scope)) notFound(); // the layout answered 404 already; kept for the page's own reads
  // The page's rows with their levels (read model), sorted and paginated in SQL.
  const { rows, total } = await listTeamMembers(db, team.id, p);
  const canManage = can(user, "member.manage", scope);
  const canManageTeam = can(user, "team.manage", scope);
  const canRate = can(user, "member.skills.lead", scope);

  return (
    <>
      <nav aria-label={tRoster("breadcrumb")} className="mb-2 text-sm text-slate-600">
        <Link href="/teams" className="hover:underline">
          {t("breadcrumb")}
        </Link>{" "}
        / {team.name}
      </nav>
      <PageHeader
        title={team.name}
        description={
          <>
            {team.departmentName} · {team.field ? tRoster(`fields.${team.field}`) : t("mixedFields")} ·{" "}
            {t("leads", {
              leads: team.leads.length ? team.leads.map((l) => l.name).join(", ") : tRoster("none"),
            })}
            {team.archived ? (
              <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">
                {t("archivedTeam")}
              </span>
            ) : null}
          </>
        }
        actions={
          <>
            <Link href={`/teams/${team.id}/sheet`} className={buttonClass({ variant: "secondary" })}>
              {tm("sheet.teamLink")}
            </Link>
            {canRate ? (
              <Link href={ratingGridHref(team.id)} className={buttonClass({ variant: "secondary" })}>
                {tGrid("link")}
              </Link>
            ) : null}
            {canManageTeam ? (
              <Link href={`/teams/${team.id}/settings`} className={buttonClass({ variant: "secondary" })}>
                {t("settings")}
              </Link>
            ) : null}
            {canManage && !team.archived ? (
              <Link href={`/teams/${team.id}/members/new`} className={buttonClass()}>
                {t("addMember")}
              </Link>
            ) : null}
          </>
        }
      />
      <p className="mb-3 text-sm text-slate-600">{t("levelsNote")}</p>
      <TeamMembersTable
        teamId={team.id}
        teamName={team.name}
        rows={rows}
        total={total}
        canManage={canManage}
        exportHref={teamMemberQuery(`/api/export/team-members?teamId=${team.id}`, { ...p, page: null, size: null })}
      />
    </>
  );
}
