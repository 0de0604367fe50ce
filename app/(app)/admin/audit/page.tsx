import { forbidden } from "next/navigation";
// The audit log (admin): who changed what and when, with before/after; filters and pages live in the URL.
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { getDb } from "@/lib/db/client";
import { listAudit } from "@/lib/db/queries/audit";
import { can } from "@/lib/auth/policy";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireSection } from "@/lib/auth/section";
import { AuditTable } from "@/components/audit/audit-table";
import { auditHref, parseAuditSearch } from "@/lib/search-params/audit";
import { PAGE_SIZES } from "@/lib/search-params/table";
import { Select } from "@/components/ui/select";
import { Input } from "@/components/ui/input";
import { Button, buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("audit.page");
  return { title: t("title") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireSection("admin");
  if (!can(user, "audit.read")) forbidden(); // 403: no loading boundary above this page, so the status still holds
  const [search, t, tAdmin, format] = await Promise.all([
    searchParams.then(parseAuditSearch),
    getTranslations("audit.page"),
    getTranslations("admin"),
    getFormatter(),
  ]);
  const data = await listAudit(await getDb(), { ...search, pageSize: search.size });
  const pages = Math.max(1, Math.ceil(data.total / search.size));
  const filtered = search.actor !== undefined || search.entity || search.from || search.to;
  return (
    <>
      <nav aria-label={tAdmin("breadcrumb")} className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 underline hover:text-brand-900">
          {tAdmin("breadcrumbAdmin")}
        </Link>{" "}
        / {t("title")}
      </nav>
      <PageHeader title={t("title")} description={t("description")} />
      <form
        method="get"
        action="/admin/audit"
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
        aria-label={t("filterLabel")}
      >
        <label className="text-sm font-medium text-slate-700 lg:col-span-2">
          {t("actor")}
          <Select name="actor" defaultValue={search.actor ?? ""} className="mt-1">
            <option value="">{t("anyone")}</option>
            {data.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("entity")}
          <Select name="entity" defaultValue={search.entity ?? ""} className="mt-1">
            <option value="">{t("allEntities")}</option>
            {data.entities.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </Select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("from")}
          <Input type="date" name="from" defaultValue={search.from ?? ""} className="mt-1" />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("to")}
          <Input type="date" name="to" defaultValue={search.to ?? ""} className="mt-1" />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("rowsPerPage")}
          <Select name="size" defaultValue={search.size} className="mt-1">
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </label>
        <div className="flex items-end gap-2 lg:col-span-6">
          <Button type="submit">{t("apply")}</Button>
          {filtered ? (
            <Link href="/admin/audit" className={buttonClass({ variant: "ghost" })}>
              {t("clear")}
            </Link>
          ) : null}
          <a
            href={auditHref({ ...search, page: 1 }, "/api/export/audit")}
            className={buttonClass({ variant: "secondary", className: "ml-auto" })}
          >
            {t("exportCsv")}
          </a>
        </div>
      </form>
      {data.rows.length === 0 ? (
        <EmptyState title={filtered ? t("noMatchTitle") : t("emptyTitle")}>
          {filtered ? (
            <Link href="/admin/audit" className="text-brand-700 underline hover:text-brand-900">
              {t("clearTheFilters")}
            </Link>
          ) : (
            t("emptyText")
          )}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600" role="status">
            {t("summary", {
              total: data.total,
              totalText: format.number(data.total),
              page: Math.min(search.page, pages),
              pages,
            })}
          </p>
          <AuditTable rows={data.rows} />
        </>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex items-center gap-3 text-sm">
          {search.page > 1 ? (
            <Link
              className={buttonClass({ variant: "secondary" })}
              href={auditHref({ ...search, page: search.page - 1 })}
            >
              {t("newer")}
            </Link>
          ) : null}
          {search.page < pages ? (
            <Link
              className={buttonClass({ variant: "secondary" })}
              href={auditHref({ ...search, page: search.page + 1 })}
            >
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
