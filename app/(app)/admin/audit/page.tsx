import { forbidden } from "next/navigation";
// The audit log (admin): who changed what and when, with before/after; filters and pages live in the URL.
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { listAudit } from "@/lib/db/queries/audit";
import { can } from "@/lib/auth/policy";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { userForSection } from "@/lib/auth/section";
import { AuditTable } from "@/components/audit/audit-table";
import { auditHref, PAGE_SIZES, parseAuditSearch } from "@/components/audit/search";

export const metadata = { title: "Audit log" };

const input =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await userForSection("admin");
  if (!allowed || !can(user, "audit.read")) forbidden(); // 403: no loading boundary above this page, so the status still holds
  const search = parseAuditSearch(await searchParams);
  const data = await listAudit(await getDb(), { ...search, pageSize: search.size });
  const pages = Math.max(1, Math.ceil(data.total / search.size));
  const filtered = search.actor !== undefined || search.entity || search.from || search.to;
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 hover:underline">
          Admin
        </Link>{" "}
        / Audit log
      </nav>
      <PageHeader
        title="Audit log"
        description="Every change: who made it, when, and the values before and after. Newest first."
      />
      <form
        method="get"
        action="/admin/audit"
        className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-6"
        aria-label="Filter the audit log"
      >
        <label className="text-sm font-medium text-slate-700 lg:col-span-2">
          Actor
          <select name="actor" defaultValue={search.actor ?? ""} className={input}>
            <option value="">Anyone</option>
            {data.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.email})
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          Entity
          <select name="entity" defaultValue={search.entity ?? ""} className={input}>
            <option value="">All</option>
            {data.entities.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          From (UTC)
          <input type="date" name="from" defaultValue={search.from ?? ""} className={input} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          To (UTC, inclusive)
          <input type="date" name="to" defaultValue={search.to ?? ""} className={input} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          Rows per page
          <select name="size" defaultValue={search.size} className={input}>
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <div className="flex items-end gap-2 lg:col-span-6">
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
          >
            Apply filters
          </button>
          {filtered ? (
            <Link href="/admin/audit" className="rounded-md px-3 py-1.5 text-sm text-brand-700 hover:underline">
              Clear filters
            </Link>
          ) : null}
          <a
            href={`/api/export/audit${auditHref({ ...search, page: 1 }).replace(/^\/admin\/audit/, "")}`}
            className="ml-auto rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
          >
            Export CSV
          </a>
        </div>
      </form>
      {data.rows.length === 0 ? (
        <EmptyState title={filtered ? "No audit rows match these filters" : "The audit log is empty"}>
          {filtered ? (
            <Link href="/admin/audit" className="text-brand-700 hover:underline">
              Clear the filters
            </Link>
          ) : (
            "Changes appear here as people make them."
          )}
        </EmptyState>
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600" role="status">
            {data.total} row{data.total === 1 ? "" : "s"}; page {Math.min(search.page, pages)} of {pages}.
          </p>
          <AuditTable rows={data.rows} />
        </>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
          {search.page > 1 ? (
            <Link
              className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"
              href={auditHref({ ...search, page: search.page - 1 })}
            >
              ← Newer
            </Link>
          ) : null}
          {search.page < pages ? (
            <Link
              className="rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50"
              href={auditHref({ ...search, page: search.page + 1 })}
            >
              Older →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
