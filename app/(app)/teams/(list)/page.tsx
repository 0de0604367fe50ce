import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { allDepartments, listTeamsTable, parseTeamParams } from "@/lib/db/queries/roster";
import { PageHeader } from "@/components/ui/page-header";
import { Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/lib/auth/section";
import { TeamsTable } from "@/components/roster/teams-table";
import { CreateTeamForm } from "@/components/roster/team-forms";
import { queryOf, stateOf } from "@/components/roster/params";

export const metadata = { title: "Teams" };

export default async function TeamsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await userForSection("teams");
  if (!allowed) return <Forbidden what="teams" />;
  const db = await getDb();
  const p = parseTeamParams(await searchParams);
  const [{ rows, total }, departments] = await Promise.all([listTeamsTable(db, user, p), allDepartments(db)]);
  const creatable = departments.filter((d) => can(user, "team.manage", { departmentId: d.id }));
  // Heads and leads may import members and assessments into the teams they manage (Admin is admins' only).
  const canImport = rows.some((t) => can(user, "member.manage", { departmentId: t.departmentId, teamId: t.id }));
  return (
    <>
      <PageHeader
        title="Teams"
        description="The teams you may see, with their active members and leads. Open a team for its roster."
        actions={
          canImport ? (
            <Link
              href="/import"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
            >
              Import from CSV
            </Link>
          ) : undefined
        }
      />
      {creatable.length ? (
        <details className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">Create a team</summary>
          <div className="mt-4">
            <CreateTeamForm departments={creatable} />
          </div>
        </details>
      ) : null}
      <TeamsTable rows={rows} total={total} state={stateOf(p)} exportHref={`/api/export/teams?${queryOf(p)}`} />
    </>
  );
}
