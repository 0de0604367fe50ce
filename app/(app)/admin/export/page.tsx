import { forbidden } from "next/navigation";
// Export (admin): the whole organisation as one JSON file, restorable into an empty database.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { getTableConfig } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { ORG_TABLES, ORG_VERSION, organisationRowCounts, type OrgTableName } from "@/lib/transfer/org-json";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { requireSection } from "@/lib/auth/section";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("admin.export");
  return { title: t("title") };
}

export default async function ExportPage() {
  const user = await requireSection("admin");
  if (!can(user, "org.export")) forbidden(); // 403: no loading boundary above this page, so the status still holds
  const [counts, t, tAdmin, format] = await Promise.all([
    organisationRowCounts(await getDb()),
    getTranslations("admin.export"),
    getTranslations("admin"),
    getFormatter(),
  ]);
  return (
    <>
      <nav aria-label={tAdmin("breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 underline hover:text-brand-900">
          {tAdmin("breadcrumbAdmin")}
        </Link>{" "}
        / {t("title")}
      </nav>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("download")} className="lg:col-span-2">
          <p className="text-sm text-slate-700">{t("fileNote", { version: ORG_VERSION })}</p>
          <p role="note" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            {t("secretNote")}
          </p>
          <a href="/api/admin/export.json" download className={buttonClass({ className: "mt-4" })}>
            {t("downloadJson")}
          </a>
          <p className="mt-3 text-sm text-slate-600">
            {t.rich("restoreNote", {
              link: (chunks) => (
                <Link href="/import?tab=json" className="text-brand-700 underline hover:text-brand-900">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </Card>
        <Card title={t("contents")}>
          <table className="w-full text-sm">
            <caption className="sr-only">{t("rowsPerTable")}</caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col">{t("table")}</th>
                <th scope="col" className="text-right">
                  {t("rows")}
                </th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(ORG_TABLES) as OrgTableName[]).map((name) => (
                <tr key={name} className="border-t border-slate-100">
                  <td className="py-1 font-mono text-xs">{getTableConfig(ORG_TABLES[name]).name}</td>
                  <td className="py-1 text-right tabular-nums">{format.number(counts[name])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </>
  );
}
