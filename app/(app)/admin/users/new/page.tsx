import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { allDepartments } from "@/lib/db/queries/departments";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { requireSection } from "@/lib/auth/section";
import { CreateUserForm } from "@/components/roster/user-forms";

export async function generateMetadata() {
  const t = await getTranslations("admin.newUser");
  return { title: t("title") };
}

export default async function NewUserPage() {
  await requireSection("admin");
  const [t, tAdmin] = await Promise.all([getTranslations("admin.newUser"), getTranslations("admin")]);
  const departments = await allDepartments(await getDb());
  return (
    <>
      <nav aria-label={tAdmin("breadcrumb")} className="mb-2 text-sm text-slate-600">
        <Link href="/admin" className="hover:underline">
          {tAdmin("breadcrumbAdmin")}
        </Link>{" "}
        /{" "}
        <Link href="/admin/users" className="hover:underline">
          {tAdmin("breadcrumbUsers")}
        </Link>{" "}
        / {t("breadcrumb")}
      </nav>
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CreateUserForm departments={departments} />
      </Card>
    </>
  );
}
