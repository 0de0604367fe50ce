import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { orgCounts } from "@/lib/db/queries/org";
import { loadDashboard } from "@/lib/db/queries/dashboard";
import { evaluateMembers } from "@/lib/evaluation/current";
import { describeSource } from "@/lib/itss/explain";
import { FIELDS, FIELD_LABEL } from "@/lib/itss/ids";
import { PageHeader } from "@/components/ui/page-header";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LevelBar } from "@/components/dashboard/level-bar";
import { TargetList } from "@/components/dashboard/target-list";
import { OrgCountStats } from "@/components/dashboard/org-counts";

export const metadata = { title: "Dashboard" };

const GREETING = {
  admin: "Run the organisation: departments, teams, users, imports and the audit log.",
  head: "Your department at a glance: every team, its levels and its gaps to target.",
  lead: "Your teams: their levels, records waiting for your review, and the gap to target.",
  member: "Your record and your path to the next level.",
} as const;

export default async function DashboardPage() {
  const user = await requireUser();
  const db = await getDb();
  const [dashboard, counts, own] = await Promise.all([
    user.role === "member" ? null : loadDashboard(db, user),
    user.role === "admin" ? orgCounts(db) : null,
    user.memberId ? evaluateMembers(db, [user.memberId]) : null,
  ]);
  const ownEvaluation = user.memberId ? own?.get(user.memberId)?.evaluation : undefined;
  const memberTotal = dashboard?.teams.reduce((n, t) => n + t.memberCount, 0) ?? 0;

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description={GREETING[user.role]} />
      {counts ? (
        <OrgCountStats counts={counts} />
      ) : null}
      {dashboard && user.role !== "admin" ? (
        <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
          <Stat label={user.role === "head" ? "Teams in your department" : "Teams you lead"} value={dashboard.teams.length} />
          <Stat label="Members" value={memberTotal} />
          {user.role === "lead" ? (
            <Stat label="Records waiting for review" value={<Link href="/reviews" className="text-brand-700 hover:underline">{dashboard.pendingReviews}</Link>} />
          ) : null}
          <Stat label="Targets met" value={`${dashboard.teams.flatMap((t) => t.targets).concat(dashboard.departmentTargets).filter((s) => s.met).length} of ${dashboard.teams.flatMap((t) => t.targets).length + dashboard.departmentTargets.length}`} />
        </div>
      ) : null}

      {ownEvaluation ? (
        <Card title="Your levels" className="mb-6">
          <ul className="grid gap-3 md:grid-cols-3">
            {FIELDS.map((field) => {
              const e = ownEvaluation.fields[field];
              return (
                <li key={field} className="rounded-md border border-slate-200 p-3">
                  <div className="text-sm text-slate-600">{FIELD_LABEL[field]}</div>
                  <div className="text-2xl font-bold">{e.level === 0 ? "—" : `Level ${e.level}`}</div>
                  <div className="mt-1 text-xs text-slate-600">{describeSource(field, e)}</div>
                </li>
              );
            })}
          </ul>
          <p className="mt-4 text-sm">
            <Link href={`/members/${user.memberId}`} className="font-medium text-brand-700 hover:underline">Open your record</Link>{" "}
            to add projects and contributions and to see the path to your next level.
          </p>
        </Card>
      ) : user.role === "member" ? (
        <EmptyState title="No member record is linked to your account">Ask your team lead to link your account to your record.</EmptyState>
      ) : null}

      {dashboard ? (
        dashboard.teams.length === 0 ? (
          <EmptyState title="No teams yet">{user.role === "admin" ? "Create a department and its teams under Admin." : "You are not assigned to any team yet."}</EmptyState>
        ) : (
          <div className="grid gap-4 lg:grid-cols-2">
            {dashboard.teams.map((t) => (
              <Card key={t.id} title={<Link href={`/teams/${t.id}`} className="text-brand-700 hover:underline">{t.name}</Link>}>
                <p className="mb-3 text-sm text-slate-600">
                  {t.departmentName} · {t.field ? FIELD_LABEL[t.field] : "Mixed"} · {t.memberCount} member{t.memberCount === 1 ? "" : "s"}
                </p>
                {t.distribution ? <LevelBar counts={t.distribution} label={`${t.name}: members per ${FIELD_LABEL[t.field!]} level`} /> : null}
                <h3 className="mb-2 mt-4 text-sm font-semibold text-slate-800">Targets</h3>
                <TargetList statuses={t.targets} />
              </Card>
            ))}
            {dashboard.departmentTargets.length ? (
              <Card title="Department targets">
                <TargetList statuses={dashboard.departmentTargets} />
              </Card>
            ) : null}
          </div>
        )
      ) : null}
    </>
  );
}
