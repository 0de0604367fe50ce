// The dashboard, read from the read model: a head's (or admin's) department totals, level distribution, worst gaps
// and the teams as a sortable, paginated table; a lead's teams as cards; a member's own standing.
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { orgCounts } from "@/lib/db/queries/org";
import { loadDashboard, ownStanding, parseDashboardParams } from "@/lib/db/queries/dashboard";
import { describeSource } from "@/lib/itss/explain";
import { FIELDS, FIELD_LABEL } from "@/lib/itss/fields";
import { PageHeader } from "@/components/ui/page-header";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LevelBar, LevelLegend } from "@/components/dashboard/level-bar";
import { TargetBadge, TargetList, describeTarget } from "@/components/dashboard/target-list";
import { OrgCountStats } from "@/components/dashboard/org-counts";
import { TeamsOverview } from "@/components/dashboard/teams-overview";

export const metadata = { title: "Dashboard" };

const GREETING = {
  admin: "Run the organisation: departments, teams, users, imports and the audit log.",
  head: "Your department at a glance: its levels, its worst gaps to target, and every team.",
  lead: "Your teams: their levels, records waiting for your review, and the gap to target.",
  member: "Your record and your path to the next level.",
} as const;

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const db = await getDb();
  const params = parseDashboardParams(await searchParams);
  const [dashboard, counts, own] = await Promise.all([
    user.role === "member" ? null : loadDashboard(db, user, params),
    user.role === "admin" ? orgCounts(db) : null,
    user.memberId ? ownStanding(db, user.memberId) : null,
  ]);
  const overview = user.role === "head" || user.role === "admin";

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description={GREETING[user.role]} />
      {counts ? <OrgCountStats counts={counts} /> : null}
      {dashboard && user.role !== "admin" ? (
        <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
          <Stat
            label={user.role === "head" ? "Teams in your department" : "Teams you lead"}
            value={dashboard.totals.teams}
          />
          <Stat label="Members" value={dashboard.totals.members} />
          {user.role === "lead" ? (
            <Stat
              label="Records waiting for review"
              value={
                <Link href="/reviews" className="text-brand-700 hover:underline">
                  {dashboard.pendingReviews}
                </Link>
              }
            />
          ) : (
            <Stat
              label="Members missing to targets"
              value={
                <Link href="/gaps" className="text-brand-700 hover:underline">
                  {dashboard.totals.membersMissing}
                </Link>
              }
            />
          )}
          <Stat label="Targets met" value={`${dashboard.totals.targetsMet} of ${dashboard.totals.targetsTotal}`} />
        </div>
      ) : null}

      {own && own.length ? (
        <Card title="Your levels" className="mb-6">
          <ul className="grid gap-3 md:grid-cols-3">
            {own.map((e) => (
              <li key={e.field} className="rounded-md border border-slate-200 p-3">
                <div className="text-sm text-slate-600">{FIELD_LABEL[e.field]}</div>
                <div className="text-2xl font-bold">{e.level === 0 ? "—" : `Level ${e.level}`}</div>
                <div className="mt-1 text-xs text-slate-600">{describeSource(e.field, e)}</div>
                {e.nextLevel !== null && e.missingCount > 0 ? (
                  <div className="mt-1 text-xs text-slate-600">
                    Level {e.nextLevel} needs {e.missingCount} more requirement{e.missingCount === 1 ? "" : "s"}.
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm">
            <Link href={`/members/${user.memberId}`} className="font-medium text-brand-700 hover:underline">
              Open your record
            </Link>{" "}
            to add projects and contributions and to see the path to your next level.
          </p>
        </Card>
      ) : user.role === "member" ? (
        <EmptyState title="No member record is linked to your account">
          Ask your team lead to link your account to your record.
        </EmptyState>
      ) : null}

      {dashboard ? (
        dashboard.totals.teams === 0 ? (
          <EmptyState title="No teams yet">
            {user.role === "admin"
              ? "Create a department and its teams under Admin."
              : "You are not assigned to any team yet."}
          </EmptyState>
        ) : overview ? (
          <>
            <div className="mb-6 grid gap-4 lg:grid-cols-2">
              <Card title="Levels across your teams">
                <div className="space-y-4">
                  {FIELDS.map((f) => (
                    <div key={f}>
                      <h3 className="mb-1 text-sm font-medium text-slate-800">{FIELD_LABEL[f]}</h3>
                      <LevelBar counts={dashboard.distribution[f]} label={`Members per ${FIELD_LABEL[f]} level`} />
                    </div>
                  ))}
                </div>
              </Card>
              <Card title="Worst gaps">
                {dashboard.worstGaps.length === 0 ? (
                  <p className="text-sm text-slate-600">
                    {dashboard.totals.targetsTotal ? "Every target is met." : "No targets set yet."}
                  </p>
                ) : (
                  <ul className="space-y-2">
                    {dashboard.worstGaps.map((t) => (
                      <li key={t.id} className="flex items-start gap-3 text-sm">
                        <span className="mt-0.5">
                          <TargetBadge met={t.met} gap={t.gap} />
                        </span>
                        <span>
                          <strong>
                            {t.ownerName}
                            {t.teamId === null ? " (department)" : ""}
                          </strong>
                          : {describeTarget(t)} — {t.actual} now.
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
                <p className="mt-4 text-sm">
                  <Link href="/gaps" className="font-medium text-brand-700 hover:underline">
                    All gaps, single points of failure and who is close to the next level
                  </Link>
                </p>
                {dashboard.departmentTargets.length ? (
                  <>
                    <h3 className="mb-2 mt-4 text-sm font-semibold text-slate-800">Department targets</h3>
                    <TargetList statuses={dashboard.departmentTargets} />
                  </>
                ) : null}
              </Card>
            </div>
            <h2 className="mb-3 text-lg font-semibold text-slate-900">Teams</h2>
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
            {dashboard.teams.rows.map((t) => (
              <Card
                key={t.id}
                title={
                  <Link href={`/teams/${t.id}`} className="text-brand-700 hover:underline">
                    {t.name}
                  </Link>
                }
              >
                <p className="mb-3 text-sm text-slate-600">
                  {t.departmentName} · {t.field ? FIELD_LABEL[t.field] : "Mixed"} · {t.memberCount} member
                  {t.memberCount === 1 ? "" : "s"}
                </p>
                {t.distribution ? (
                  <LevelBar counts={t.distribution} label={`${t.name}: members per ${FIELD_LABEL[t.field!]} level`} />
                ) : null}
                <h3 className="mb-2 mt-4 text-sm font-semibold text-slate-800">Targets</h3>
                <TargetList statuses={t.targets} />
                <p className="mt-3 text-sm">
                  <Link href={`/gaps?teamId=${t.id}`} className="text-brand-700 hover:underline">
                    Gaps
                  </Link>
                  {" · "}
                  <Link href={`/gaps/targets?teamId=${t.id}`} className="text-brand-700 hover:underline">
                    Set targets
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
