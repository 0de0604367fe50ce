import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listVisibleTeams } from "@/lib/db/queries/org";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState, Forbidden } from "@/components/ui/empty-state";
import { userForSection } from "@/components/shell/section-guard";
import { FIELD_LABEL } from "@/lib/itss/ids";

export const metadata = { title: "Teams" };

export default async function TeamsPage() {
  const { user, allowed } = await userForSection("teams");
  if (!allowed) return <Forbidden what="teams" />;
  const teams = await listVisibleTeams(await getDb(), user);
  return (
    <>
      <PageHeader title="Teams" description="The teams you may see, with their members." />
      {teams.length === 0 ? (
        <EmptyState title="No teams to show" />
      ) : (
        <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-sm shadow-sm">
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr><th className="px-4 py-2">Team</th><th className="px-4 py-2">Department</th><th className="px-4 py-2">Field</th><th className="px-4 py-2 text-right">Members</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {teams.map((t) => (
              <tr key={t.id}>
                <td className="px-4 py-2"><Link className="font-medium text-brand-700 hover:underline" href={`/teams/${t.id}`}>{t.name}</Link></td>
                <td className="px-4 py-2">{t.departmentName}</td>
                <td className="px-4 py-2">{t.field ? FIELD_LABEL[t.field] : "Mixed"}</td>
                <td className="px-4 py-2 text-right">{t.memberCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
