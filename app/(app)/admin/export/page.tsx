import { forbidden } from "next/navigation";
// Export (admin): the whole organisation as one JSON file, restorable into an empty database.
import Link from "next/link";
import { getTableConfig } from "drizzle-orm/pg-core";
import { getDb } from "@/lib/db/client";
import { can } from "@/lib/auth/policy";
import { ORG_TABLES, ORG_VERSION, organisationRowCounts, type OrgTableName } from "@/lib/transfer/org-json";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { userForSection } from "@/lib/auth/section";

export const metadata = { title: "Export" };

export default async function ExportPage() {
  const { user, allowed } = await userForSection("admin");
  if (!allowed || !can(user, "org.export")) forbidden(); // 403: no loading boundary above this page, so the status still holds
  const counts = await organisationRowCounts(await getDb());
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/admin" className="text-brand-700 hover:underline">
          Admin
        </Link>{" "}
        / Export
      </nav>
      <PageHeader
        title="Export"
        description="The whole organisation as one JSON file: every table, ids preserved, ready to restore into an empty database."
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Download" className="lg:col-span-2">
          <p className="text-sm text-slate-700">
            The file holds every row of every table below (format version {ORG_VERSION}), ordered by id, dates as ISO
            8601 in UTC. Exporting twice without changes gives the same file.
          </p>
          <p role="note" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            It includes the users&apos; password hashes (so a restore is complete) and the audit log. Keep it as safe as
            the database itself.
          </p>
          <a
            href="/api/admin/export.json"
            download
            className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            Download organisation JSON
          </a>
          <p className="mt-3 text-sm text-slate-600">
            To restore it, open{" "}
            <Link href="/import?tab=json" className="text-brand-700 hover:underline">
              Import → Restore organisation
            </Link>{" "}
            on a new, empty database.
          </p>
        </Card>
        <Card title="What it contains">
          <table className="w-full text-sm">
            <caption className="sr-only">Rows per table</caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col">Table</th>
                <th scope="col" className="text-right">
                  Rows
                </th>
              </tr>
            </thead>
            <tbody>
              {(Object.keys(ORG_TABLES) as OrgTableName[]).map((name) => (
                <tr key={name} className="border-t border-slate-100">
                  <td className="py-1 font-mono text-xs">{getTableConfig(ORG_TABLES[name]).name}</td>
                  <td className="py-1 text-right tabular-nums">{counts[name]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      </div>
    </>
  );
}
