// The signed-in user's notification preferences: per kind, e-mail at once, daily digest or no e-mail. Says so when
// this server sends no e-mail (no SMTP_URL, or one that cannot be used).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { notificationPrefsOf } from "@/lib/db/queries/notification-prefs";
import { NOTIFICATION_MAIL_MODES } from "@/lib/db/schema";
import { NOTIFICATION_KINDS } from "@/lib/notify/kinds";
import { mailSettings } from "@/lib/notify/mail/config";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { NotificationPrefsForm } from "@/components/account/notification-prefs-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.prefs");
  return { title: t("metaTitle") };
}

export default async function NotificationPrefsPage() {
  const user = await requireUser();
  const [t, tSettings, saved] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("settings"),
    getDb().then((db) => notificationPrefsOf(db, user.userId)),
  ]);
  const mail = mailSettings().status;
  const rows = NOTIFICATION_KINDS.map((kind) => ({
    kind,
    label: t(`kinds.${kind}`),
    mode: saved[kind] ?? "immediate",
  }));
  const modes = NOTIFICATION_MAIL_MODES.map((m) => ({ value: m, label: t(`prefs.modes.${m}`) }));
  return (
    <>
      <nav aria-label={t("prefs.breadcrumb")} className="mb-2 text-sm text-slate-600">
        <Link href="/account" className="hover:underline">
          {tSettings("title")}
        </Link>{" "}
        / {t("prefs.title")}
      </nav>
      <PageHeader title={t("prefs.title")} description={t("prefs.description")} />
      {mail !== "on" ? (
        <p
          role="note"
          data-testid="mail-off"
          className="mb-4 max-w-4xl rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
        >
          {mail === "off" ? t("prefs.mailOff") : t("prefs.mailInvalid")}
        </p>
      ) : null}
      <Card className="max-w-4xl">
        <NotificationPrefsForm rows={rows} modes={modes} submitLabel={t("prefs.save")} />
      </Card>
    </>
  );
}
