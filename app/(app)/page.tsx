// The dashboard, read from the read model: a head's (or admin's) department totals, level distribution, worst gaps
// and the teams as a sortable, paginated table; a lead's teams as cards; a member's own standing.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { orgCounts } from "@/lib/db/queries/org";
import { loadDashboard } from "@/lib/db/queries/dashboard";
import { ownDueFields } from "@/lib/db/queries/currency";
import { OwnDue } from "@/components/currency/own-due";
import { loadOwnStanding } from "@/lib/views/member";
import { parseDashboardParams } from "@/lib/search-params/dashboard";
import { gapsHref, targetsHref } from "@/lib/search-params/gaps";
import type { SearchParams } from "@/lib/search-params/table";
import { FIELDS } from "@/lib/itss/fields";
import { OwnFieldStanding } from "@/components/evaluation/own-standing";
import { PageHeader } from "@/components/ui/page-header";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LevelBar, LevelLegend } from "@/components/dashboard/level-bar";
import { TargetBadge, TargetList, describeTarget } from "@/components/dashboard/target-list";
import { OrgCountStats } from "@/components/dashboard/org-counts";
import { TeamsOverview } from "@/components/dashboard/teams-overview";
import { openRoundTasksOf } from "@/lib/db/queries/rounds";
import { quickUpdateHref } from "@/lib/search-params/quick-update";
import { OpenRoundTask } from "@/components/rounds/open-task";
import { DueStats } from "@/components/currency/due-stats";

export async function generateMetadata() {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, user, db] = await Promise.all([searchParams.then(parseDashboardParams), requireUser(), getDb()]);
  const [dashboard, counts, own, roundTasks, due] = await Promise.all([
    user.role === "member" ? null : loadDashboard(db, user, params),
    user.role === "admin" ? orgCounts(db) : null,
    user.memberId ? loadOwnStanding(db, user.memberId) : null,
    user.memberId ? openRoundTasksOf(db, user.memberId) : [],
    user.memberId ? ownDueFields(db, user.memberId) : null,
  ]);
  const overview = user.role === "head" || user.role === "admin";
  const [t, ts] = await Promise.all([getTranslations("dashboard"), getTranslations("itss")]);

  return (
    <>
      <PageHeader title={t("welcome", { name: user.name })} description={t(`greeting.${user.role}`)} />
      {roundTasks.length && user.memberId ? (
        <OpenRoundTask task={roundTasks[0]} href={quickUpdateHref(user.memberId, roundTasks[0].field)} />
      ) : null}
      {counts ? <OrgCountStats counts={counts} /> : null}
      {dashboard && user.role !== "admin" ? (
        <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-3 xl:grid-cols-6">
          <Stat
            label={user.role === "head" ? t("stats.teamsInDepartment") : t("stats.teamsYouLead")}
            value={dashboard.totals.teams}
          />
          <Stat label={t("stats.members")} value={dashboard.totals.members} />
          {user.role === "lead" ? (
            <Stat
              label={t("stats.waitingForReview")}
              value={
                <Link href="/reviews" className="text-brand-700 underline hover:text-brand-900">
                  {dashboard.pendingReviews}
                </Link>
              }
            />
          ) : (
            <Stat
              label={t("stats.membersMissing")}
              value={
                <Link href="/gaps" className="text-brand-700 underline hover:text-brand-900">
                  {dashboard.totals.membersMissing}
                </Link>
              }
            />
          )}
          <Stat
            label={t("stats.targetsMet")}
            value={t("stats.ofTotal", { count: dashboard.totals.targetsMet, total: dashboard.totals.targetsTotal })}
          />
          <DueStats
            due={dashboard.totals.due}
            overdue={dashboard.totals.overdue}
            href={
              user.role === "lead" && dashboard.teams.rows.length === 1
                ? `/teams/${dashboard.teams.rows[0].id}?sort=lastAssessed&dir=asc`
                : "/gaps"
            }
          />
        </div>
      ) : null}

      {due && user.memberId ? <OwnDue memberId={user.memberId} fields={due} /> : null}
      {own && own.length ? (
        <Card title={t("own.title")} className="mb-6">
          <ul className="grid gap-3 md:grid-cols-3">
            {own.map((e) => (
              <OwnFieldStanding key={e.field} standing={e} href={`/members/${user.memberId}#field-${e.field}`} />
            ))}
          </ul>
          <p className="mt-4 text-sm">
            {t.rich("own.open", {
              link: (chunks) => (
                <Link
                  href={`/members/${user.memberId}`}
                  className="font-medium text-brand-700 underline hover:text-brand-900"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </Card>
      ) : user.role === "member" ? (
        <EmptyState title={t("own.noRecordTitle")}>{t("own.noRecordBody")}</EmptyState>
      ) : null}

      {dashboard ? (
        dashboard.totals.teams === 0 ? (
          <EmptyState title={t("noTeams.title")}>
            {user.role === "admin" ? t("noTeams.admin") : t("noTeams.other")}
          </EmptyState>
        ) : overview ? (
          <>
            <div className="mb-6 grid gap-4 lg:grid-cols-2">
              <Card title={t("levelsAcross")}>
                <div className="space-y-4">
                  {FIELDS.map((f) => (
                    <div key={f}>
                      <h3 className="mb-1 text-sm font-medium text-slate-800">{ts(`fields.${f}`)}</h3>
                      <LevelBar
                        counts={dashboard.distribution[f]}
                        label={t("membersPerLevel", { field: ts(`fields.${f}`) })}
                      />
                    </div>
                  ))}
                </div>
              </Card>
              <Card title={t("worstGaps.title")}>
                {dashboard.worstGaps.length === 0 ? (
                  <p className="text-sm text-slate-600">
                    {dashboard.totals.targetsTotal ? t("worstGaps.allMet") : t("worstGaps.noTargets")}
                  </p>
                ) : (
                  <ul className="space-y-2">
                    {dashboard.worstGaps.map((g) => (
                      <li key={g.id} className="flex items-start gap-3 text-sm">
                        <span className="mt-0.5">
                          <TargetBadge met={g.met} gap={g.gap} />
                        </span>
                        <span>
                          <strong>
                            {t("worstGaps.owner", {
                              name: g.ownerName,
                              department: g.teamId === null ? "yes" : "no",
                            })}
                          </strong>
                          {t("worstGaps.ownerSeparator")}
                          {t("worstGaps.line", { target: describeTarget(t, ts, g), actual: g.actual })}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <p className="mt-4 text-sm">
                  <Link href="/gaps" className="font-medium text-brand-700 underline hover:text-brand-900">
                    {t("worstGaps.allGaps")}
                  </Link>
                </p>
                {dashboard.departmentTargets.length ? (
                  <>
                    <h3 className="mb-2 mt-4 text-sm font-semibold text-slate-800">
                      {t("worstGaps.departmentTargets")}
                    </h3>
                    <TargetList statuses={dashboard.departmentTargets} />
                  </>
                ) : null}
              </Card>
            </div>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{t("teamsHeading")}</h2>
            <div className="mb-2">
              <LevelLegend max={6} />
            </div>
            <TeamsOverview
              rows={dashboard.teams.rows}
              total={dashboard.teams.total}
              params={params}
              showDepartment={user.role === "admin"}
            />
          </>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            {dashboard.teams.rows.map((team) => (
              <Card
                key={team.id}
                title={
                  <Link href={`/teams/${team.id}`} className="text-brand-700 underline hover:text-brand-900">
                    {team.name}
                  </Link>
                }
              >
                <p className="mb-3 text-sm text-slate-600">
                  {t("teamCard.summary", {
                    department: team.departmentName,
                    field: team.field ? ts(`fields.${team.field}`) : t("teamCard.mixed"),
                    count: team.memberCount,
                  })}
                </p>
                {team.distribution && team.field ? (
                  <LevelBar
                    counts={team.distribution}
                    label={t("teamCard.levelsLabel", { team: team.name, field: ts(`fields.${team.field}`) })}
                  />
                ) : null}
                <h3 className="mb-2 mt-4 text-sm font-semibold text-slate-800">{t("teamCard.targets")}</h3>
                <TargetList statuses={team.targets} />
                <p className="mt-3 text-sm">
                  <Link href={gapsHref({ teamId: team.id })} className="text-brand-700 underline hover:text-brand-900">
                    {t("teamCard.gaps")}
                  </Link>
                  {" · "}
                  <Link
                    href={targetsHref({ teamId: team.id })}
                    className="text-brand-700 underline hover:text-brand-900"
                  >
                    {t("teamCard.setTargets")}
                  </Link>
                </p>
              </Card>
            ))}
          </div>
        )
      ) : null}
    </>
  );
}
