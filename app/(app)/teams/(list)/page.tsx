import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { allDepartments } from "@/lib/db/queries/departments";
import { listTeamsTable } from "@/lib/db/queries/teams";
import { parseTeamParams, teamQuery } from "@/lib/search-params/roster";
import { PageHeader } from "@/components/ui/page-header";
import { requireSection } from "@/lib/auth/section";
import { TeamsTable } from "@/components/roster/teams-table";
import { CreateTeamForm } from "@/components/roster/team-forms";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("teams.list");
  return { title: t("title") };
}

export default async function TeamsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSection("teams");
  const t = await getTranslations("teams.list");
  const db = await getDb();
  const p = parseTeamParams(await searchParams);
  const [{ rows, total }, departments] = await Promise.all([listTeamsTable(db, user, p), allDepartments(db)]);
  const creatable = departments.filter((d) => can(user, "team.manage", { departmentId: d.id }));
  // Heads and leads may import members and assessments into the teams they manage (Admin is admins' only).
  const canImport = rows.some((t) => can(user, "member.manage", { departmentId: t.departmentId, teamId: t.id }));
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canImport ? (
            <Link href="/import" className={buttonClass({ variant: "secondary" })}>
              {t("import")}
            </Link>
          ) : undefined
        }
      />
      {creatable.length ? (
        <details className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("create")}</summary>
          <div className="mt-4">
            <CreateTeamForm departments={creatable} />
          </div>
        </details>
      ) : null}
      <TeamsTable
        rows={rows}
        total={total}
        exportHref={teamQuery("/api/export/teams", { ...p, page: null, size: null })}
      />
    </>
  );
}
