import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { loadOrganisationSettings } from "@/lib/db/queries/settings";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { SettingsForm } from "@/components/admin/settings-form";

export async function generateMetadata() {
  const t = await getTranslations("admin.settings");
  return { title: t("metaTitle") };
}

export default async function SettingsPage() {
  const [settings, t, tAdmin] = await Promise.all([
    loadOrganisationSettings(await getDb()),
    getTranslations("admin.settings"),
    getTranslations("admin"),
  ]);
  return (
    <>
      <nav aria-label={tAdmin("breadcrumb")} className="mb-2 text-sm text-slate-600">
        <Link href="/admin" className="hover:underline">
          {tAdmin("breadcrumbAdmin")}
        </Link>{" "}
        / {t("metaTitle")}
      </nav>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="max-w-2xl">
        <SettingsForm settings={{ countSelfRatings: settings.countSelfRatings, version: settings.version ?? 1 }} />
      </Card>
    </>
  );
}
