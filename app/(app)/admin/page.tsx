import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { orgCounts } from "@/lib/db/queries/org";
import { PageHeader } from "@/components/ui/page-header";
import { requireSection } from "@/lib/auth/section";
import { OrgCountStats } from "@/components/dashboard/org-counts";
import { JobRuns } from "@/components/admin/job-runs";
import { recentJobRuns } from "@/lib/db/queries/job-runs";
import { can } from "@/lib/auth/policy";
import { parseJobsSetting } from "@/lib/jobs/schedule";

export async function generateMetadata() {
  const t = await getTranslations("admin.index");
  return { title: t("metaTitle") };
}

const LINKS = [
  { href: "/admin/users", key: "users" },
  { href: "/admin/departments", key: "departments" },
  { href: "/import", key: "import" },
  { href: "/admin/export", key: "export" },
  { href: "/admin/audit", key: "audit" },
  { href: "/admin/settings", key: "settings" },
] as const;

export default async function AdminPage() {
  const user = await requireSection("admin");
  const db = await getDb();
  const [counts, runs, t] = await Promise.all([orgCounts(db), recentJobRuns(db, 5), getTranslations("admin.index")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <OrgCountStats counts={counts} className="mb-8" />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link
              href={l.href}
              className="block h-full rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-brand-600 focus-visible:border-brand-600"
            >
              <span className="font-semibold text-brand-700">{t(`links.${l.key}.title`)}</span>
              <span className="mt-1 block text-sm text-slate-600">{t(`links.${l.key}.text`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <JobRuns
        runs={runs}
        serverRunsJobs={parseJobsSetting(process.env.LEVELBOARD_JOBS).enabled}
        canRun={can(user, "jobs.run")}
      />
    </>
  );
}
