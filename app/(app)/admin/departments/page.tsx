import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { allDepartments, listDepartments } from "@/lib/db/queries/departments";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireSection } from "@/lib/auth/section";
import { CreateDepartmentForm, RenameDepartmentForm } from "@/components/roster/department-forms";
import { CreateTeamForm } from "@/components/roster/team-forms";
import { teamQuery } from "@/lib/search-params/roster";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("admin.departments");
  return { title: t("title") };
}

export default async function DepartmentsPage() {
  const user = await requireSection("admin");
  const db = await getDb();
  const [departments, all, t, tAdmin] = await Promise.all([
    listDepartments(db, user),
    allDepartments(db),
    getTranslations("admin.departments"),
    getTranslations("admin"),
  ]);
  return (
    <>
      <nav aria-label={tAdmin("breadcrumb")} className="mb-2 text-sm text-slate-600">
        <Link href="/admin" className="hover:underline">
          {tAdmin("breadcrumbAdmin")}
        </Link>{" "}
        / {t("title")}
      </nav>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/teams" className={buttonClass({ variant: "secondary" })}>
            {t("allTeams")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        {can(user, "departments.create") ? (
          <Card title={t("newDepartment")}>
            <CreateDepartmentForm />
          </Card>
        ) : null}
        {all.length ? (
          <Card title={t("newTeam")}>
            <CreateTeamForm departments={all} />
          </Card>
        ) : null}
      </div>
      <h2 className="mb-3 mt-8 text-lg font-semibold text-slate-900">{t("departments")}</h2>
      {departments.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {departments.map((d) => (
            <li key={d.id}>
              <Card>
                <div className="flex flex-wrap items-start justify-between gap-4">
                  <div>
                    <h3 className="font-semibold text-slate-900">{d.name}</h3>
                    <p className="text-sm text-slate-600">
                      {t("counts", { teams: d.teamCount, members: d.memberCount })} ·{" "}
                      <Link
                        href={teamQuery("/teams", { q: d.name })}
                        className="text-brand-700 underline hover:text-brand-900"
                      >
                        {t("itsTeams")}
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
