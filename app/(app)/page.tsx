import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { listVisibleTeams, orgCounts } from "@/lib/db/queries/org";
import { PageHeader } from "@/components/ui/page-header";
import { Card, Stat } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FIELD_LABEL } from "@/lib/itss/ids";

export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  const db = await getDb();
  const [teams, counts] = await Promise.all([
    listVisibleTeams(db, user),
    user.role === "admin" ? orgCounts(db) : Promise.resolve(null),
  ]);
  const memberTotal = teams.reduce((n, t) => n + t.memberCount, 0);
  const greeting = {
    admin: "Run the organisation: departments, teams, users, imports and the audit log.",
    head: "Your department at a glance: every team, its levels and its gaps.",
    lead: "Your teams: their members, records waiting for review, and the gap to target.",
    member: "Your record and your path to the next level.",
  }[user.role];

  return (
    <>
      <PageHeader title={`Welcome, ${user.name}`} description={greeting} />
      {counts ? (
        <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
          <Stat label="Departments" value={counts.departments} />
          <Stat label="Teams" value={counts.teams} />
          <Stat label="Members" value={counts.members} />
          <Stat label="User accounts" value={counts.users} />
        </div>
      ) : null}
      {user.role === "head" || user.role === "lead" ? (
        <div className="mb-6 grid grid-cols-2 gap-4 md:grid-cols-4">
          <Stat label={user.role === "head" ? "Teams in your department" : "Teams you lead"} value={teams.length} />
          <Stat label="Members" value={memberTotal} />
        </div>
      ) : null}
      {user.role !== "member" ? (
        <Card title={user.role === "lead" ? "Your teams" : "Teams"}>
          {teams.length === 0 ? (
            <EmptyState title="No teams yet">{user.role === "admin" ? "Create a department and its teams under Teams." : "You are not assigned to any team yet."}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {teams.map((t) => (
                <li key={t.id} className="flex items-center justify-between py-2">
                  <Link href={`/teams/${t.id}`} className="font-medium text-brand-700 hover:underline">{t.name}</Link>
                  <span className="text-sm text-slate-600">
                    {t.field ? FIELD_LABEL[t.field] : "Mixed"} · {t.memberCount} member{t.memberCount === 1 ? "" : "s"}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : (
        <Card title="Your record">
          {user.memberId ? (
            <p className="text-sm">
              <Link href={`/members/${user.memberId}`} className="font-medium text-brand-700 hover:underline">Open your record</Link>{" "}
              to see your level in each field, what counts toward it, and what is missing for the next one.
            </p>
          ) : (
            <EmptyState title="No member record is linked to your account">Ask your team lead to link your account to your record.</EmptyState>
          )}
        </Card>
      )}
    </>
  );
}
