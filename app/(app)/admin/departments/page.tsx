import { forbidden } from "next/navigation";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { allDepartments, listDepartments } from "@/lib/db/queries/roster";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { userForSection } from "@/lib/auth/section";
import { CreateDepartmentForm, RenameDepartmentForm } from "@/components/roster/department-forms";
import { CreateTeamForm } from "@/components/roster/team-forms";

export const metadata = { title: "Departments and teams" };

export default async function DepartmentsPage() {
  const { user, allowed } = await userForSection("admin");
  if (!allowed) forbidden(); // 403: no loading boundary above this page, so the status still holds
  const db = await getDb();
  const [departments, all] = await Promise.all([listDepartments(db, user), allDepartments(db)]);
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-600">
        <Link href="/admin" className="hover:underline">
          Admin
        </Link>{" "}
        / Departments and teams
      </nav>
      <PageHeader
        title="Departments and teams"
        description="Create and rename departments; create teams. A team's name, field, leads and archiving are in its settings (open it from Teams)."
        actions={
          <Link
            href="/teams"
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100"
          >
            All teams
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {can(user, "departments.create") ? (
          <Card title="New department">
            <CreateDepartmentForm />
          </Card>
        ) : null}
        {all.length ? (
          <Card title="New team">
            <CreateTeamForm departments={all} />
          </Card>
        ) : null}
      </div>
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">Departments</h2>
      {departments.length === 0 ? (
        <EmptyState title="No departments yet">Create the first one above.</EmptyState>
      ) : (
        <ul className="space-y-4">
          {departments.map((d) => (
            <li key={d.id}>
              <Card>
                <div className="flex flex-wrap items-start justify-between gap-4">
                  <div>
                    <h3 className="font-semibold text-slate-900">{d.name}</h3>
                    <p className="text-sm text-slate-600">
                      {d.teamCount} active team{d.teamCount === 1 ? "" : "s"} · {d.memberCount} active member
                      {d.memberCount === 1 ? "" : "s"} ·{" "}
                      <Link href={`/teams?q=${encodeURIComponent(d.name)}`} className="text-brand-700 hover:underline">
                        its teams
                      </Link>
                    </p>
                  </div>
                  {can(user, "department.manage", { departmentId: d.id }) ? (
                    <RenameDepartmentForm department={d} />
                  ) : null}
                </div>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
