import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { getDb } from "@/lib/db/client";
import { listUsers } from "@/lib/db/queries/users";
import { parseUserParams, userQuery } from "@/lib/search-params/roster";
import { PageHeader } from "@/components/ui/page-header";
import { requireSection } from "@/lib/auth/section";
import { UsersTable } from "@/components/roster/users-table";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("admin.users");
  return { title: t("metaTitle") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSection("admin");
  const [t, tAdmin] = await Promise.all([getTranslations("admin.users"), getTranslations("admin")]);
  const p = parseUserParams(await searchParams);
  const { rows, total } = await listUsers(await getDb(), p);
  return (
    <>
      <nav aria-label={tAdmin("breadcrumb")} className="mb-2 text-sm text-slate-600">
        <Link href="/admin" className="hover:underline">
          {tAdmin("breadcrumbAdmin")}
        </Link>{" "}
        / {t("breadcrumb")}
      </nav>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/admin/users/new" className={buttonClass()}>
            {t("new")}
          </Link>
        }
      />
      <UsersTable
        rows={rows}
        total={total}
        exportHref={userQuery("/api/export/users", { ...p, page: null, size: null })}
      />
    </>
  );
}
