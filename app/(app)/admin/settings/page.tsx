import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { loadOrganisationSettings } from "@/lib/db/queries/settings";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { SettingsForm } from "@/components/admin/settings-form";
import { mailSettings } from "@/lib/notify/mail/config";

export async function generateMetadata() {
  const t = await getTranslations("admin.settings");
  return { title: t("metaTitle") };
}

export default async function SettingsPage() {
  const [settings, t, tAdmin, tMail] = await Promise.all([
    loadOrganisationSettings(await getDb()),
    getTranslations("admin.settings"),
    getTranslations("admin"),
    getTranslations("notifications.server"),
  ]);
  const mail = mailSettings();
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
      <Card title={tMail("title")} className="mt-6 max-w-2xl">
        <p className="text-sm text-slate-700" data-testid="mail-status">
          {mail.status === "on"
            ? tMail("on", { host: `${mail.smtp.host}:${mail.smtp.port}`, from: mail.from, url: mail.baseUrl })
            : mail.status === "off"
              ? tMail("off")
              : tMail("invalid", { error: mail.error })}
        </p>
      </Card>
    </>
  );
}
