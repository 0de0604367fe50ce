import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { listTeamMembers, parseTeamMemberParams, teamDetail } from "@/lib/db/queries/roster";
import { FIELD_LABEL } from "@/lib/itss/fields";
import { PageHeader } from "@/components/ui/page-header";
import { TeamMembersTable } from "@/components/roster/team-members-table";
import { queryOf, segmentId, stateOf } from "@/components/roster/params";

export const metadata = { title: "Team" };

export default async function TeamPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, sp, user, db] = await Promise.all([params, searchParams, requireUser(), getDb()]);
  const teamId = segmentId(id);
  const team = teamId ? await teamDetail(db, teamId) : null;
  if (!team) notFound();
  const scope = { departmentId: team.departmentId, teamId: team.id };
  if (!can(user, "team.read", scope)) notFound(); // the layout answered 404 already; kept for the page's own reads
  const p = parseTeamMemberParams(sp);
  // The page's rows with their levels (read model), sorted and paginated in SQL.
  const { rows, total } = await listTeamMembers(db, team.id, p);
  const canManage = can(user, "member.manage", scope);
  const canManageTeam = can(user, "team.manage", scope);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <Link href="/teams" className="hover:underline">
          Teams
        </Link>{" "}
        / {team.name}
      </nav>
      <PageHeader
        title={team.name}
        description={
          <>
            {team.departmentName} · {team.field ? FIELD_LABEL[team.field] : "Mixed fields"} · Leads:{" "}
            {team.leads.length ? team.leads.map((l) => l.name).join(", ") : "none"}
            {team.archived ? (
              <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">Archived team</span>
            ) : null}
          </>
        }
        actions={
          <>
            {canManageTeam ? (
              <Link
                href={`/teams/${team.id}/settings`}
                className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
              >
                Team settings
              </Link>
            ) : null}
            {canManage && !team.archived ? (
              <Link
                href={`/teams/${team.id}/members/new`}
                className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
              >
                Add member
              </Link>
            ) : null}
          </>
        }
      />
      <p className="mb-3 text-sm text-slate-600">
        Levels are official (approved records only); “skill” is the skill level, the lowest of the seven skill items;
        “pending” is the level the records waiting for review would give.
      </p>
      <TeamMembersTable
        teamId={team.id}
        teamName={team.name}
        rows={rows}
        total={total}
        state={stateOf(p)}
        canManage={canManage}
        exportHref={`/api/export/team-members?${queryOf(p, { teamId: team.id })}`}
      />
    </>
  );
}
