import { forbidden } from "next/navigation";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { orgCounts } from "@/lib/db/queries/org";
import { PageHeader } from "@/components/ui/page-header";
import { userForSection } from "@/lib/auth/section";
import { OrgCountStats } from "@/components/dashboard/org-counts";

export const metadata = { title: "Admin" };

const LINKS = [
  {
    href: "/admin/users",
    title: "Users and roles",
    text: "Create accounts, change roles, disable and enable, reset passwords.",
  },
  {
    href: "/admin/departments",
    title: "Departments and teams",
    text: "Create and rename departments; create teams; leads and archiving in each team's settings.",
  },
  {
    href: "/import",
    title: "Import",
    text: "CSV import of members and skill assessments (dry run first); restore an organisation from JSON.",
  },
  {
    href: "/admin/export",
    title: "Export",
    text: "The whole organisation as JSON. Each table also has its own “Export CSV” link.",
  },
  { href: "/admin/audit", title: "Audit log", text: "Who changed what and when, with the values before and after." },
];

export default async function AdminPage() {
  const { allowed } = await userForSection("admin");
  if (!allowed) forbidden(); // 403: no loading boundary above this page, so the status still holds
  const counts = await orgCounts(await getDb());
  return (
    <>
      <PageHeader
        title="Administration"
        description="Departments, teams, users and roles; import and export; the audit log."
      />
      <OrgCountStats counts={counts} className="mb-8" />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600 focus-visible:border-brand-600"
            >
              <span className="font-semibold text-brand-700">{l.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{l.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
