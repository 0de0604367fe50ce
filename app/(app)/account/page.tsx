// The signed-in user's own account: who they are and the browsers signed in as them, with "End other sessions".
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { SESSION_UNUSED_AFTER_S } from "@/lib/auth/sessions";
import { endOtherSessions } from "@/lib/actions/sessions";
import { getDb } from "@/lib/db/client";
import { activeSessions } from "@/lib/db/queries/sessions";
import { PageHeader } from "@/components/ui/page-header";
import { browserLabel } from "@/components/account/browser-label";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/forms/action-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings");
  return { title: t("metaTitle") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [t, tPrefs, tShell, format, rows] = await Promise.all([
    getTranslations("settings"),
    getTranslations("notifications.prefs"),
    getTranslations("shell"),
    getFormatter(),
    getDb().then((db) => activeSessions(db, user.userId, SESSION_UNUSED_AFTER_S)),
  ]);
  /** "Chrome 142 on Windows"; a User-Agent we cannot name is shown as it is. */
  const browserText = (userAgent: string | null) => {
    const label = browserLabel(userAgent);
    if (!label) return userAgent ?? t("sessions.unknownBrowser");
    return label.system ? t("sessions.browserOn", { browser: label.browser, system: label.system }) : label.browser;
  };
  const hasOthers = rows.some((r) => r.id !== user.sessionId);
  return (
    <>
      <PageHeader title={t("title")} description={`${user.email} · ${tShell(`role.${user.role}`)}`} />
      <Card title={t("sessions.title")} className="max-w-4xl">
        <p className="mb-4 text-sm text-slate-600">{t("sessions.description")}</p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" data-testid="sessions">
            <caption className="sr-only">{t("sessions.caption")}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("sessions.browser")}
                </th>
                <th scope="col" className="py-2 pr-4 font-medium">
                  {t("sessions.signedIn")}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t("sessions.lastSeen")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-100 align-top">
                  <td className="py-2 pr-4 break-all text-slate-800" title={r.userAgent ?? undefined}>
                    {browserText(r.userAgent)}
                    {r.id === user.sessionId ? (
                      <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium whitespace-nowrap text-brand-900">
                        {t("sessions.thisBrowser")}
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-4 whitespace-nowrap text-slate-700">
                    {format.dateTime(r.createdAt, "dateTime")}
                  </td>
                  <td className="py-2 whitespace-nowrap text-slate-700">{format.dateTime(r.lastSeenAt, "dateTime")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {hasOthers ? null : <p className="mt-4 text-sm text-slate-600">{t("sessions.noOthers")}</p>}
        {/* Always there, so its answer ("Ended 2 other sessions.") stays after the list refreshes. */}
        <ActionForm
          action={endOtherSessions}
          submitLabel={t("sessions.endOthers")}
          confirm={hasOthers ? t("sessions.endOthersConfirm") : undefined}
          variant="danger"
          className="mt-4"
        />
      </Card>
      <Card title={tPrefs("accountLink")} className="mt-6 max-w-4xl">
        <p className="text-sm text-slate-600">
          {tPrefs("accountLinkText")}{" "}
          <Link href="/account/notifications" className="font-medium text-brand-700 hover:underline">
            {tPrefs("accountLinkAction")}
          </Link>
        </p>
      </Card>
    </>
  );
}
