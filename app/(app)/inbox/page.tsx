// The inbox: the reader's notifications, newest first, a page at a time; each in the reader's language with its
// link (opening it marks it read, /inbox/<id>), the unread ones marked in words and weight, "Mark read" per item
// and "Mark all read".
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { SearchParams } from "nuqs/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { notificationsPage } from "@/lib/db/queries/notifications";
import { INBOX_PAGE_SIZE, inboxHref, parseInboxSearch } from "@/lib/search-params/inbox";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/actions/notifications";
import { isLocale } from "@/lib/i18n/locales";
import { isText, translate } from "@/lib/i18n/text";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { ActionButton } from "@/components/forms/action-form";

export async function generateMetadata() {
  const t = await getTranslations("notifications.inbox");
  return { title: t("title") };
}

export default async function InboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [user, params, t, format, requestLocale] = await Promise.all([
    requireUser(),
    searchParams.then(parseInboxSearch),
    getTranslations("notifications.inbox"),
    getFormatter(),
    getLocale(),
  ]);
  const locale = isLocale(requestLocale) ? requestLocale : "en";
  const db = await getDb();
  let page = params.page;
  let data = await notificationsPage(db, user.userId, {
    limit: INBOX_PAGE_SIZE,
    offset: (page - 1) * INBOX_PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(data.total / INBOX_PAGE_SIZE));
  if (page > pages) {
    // A page past the end (the link was old): the last page.
    page = pages;
    data = await notificationsPage(db, user.userId, { limit: INBOX_PAGE_SIZE, offset: (page - 1) * INBOX_PAGE_SIZE });
  }
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          data.unread > 0 ? (
            <ActionButton action={markAllNotificationsRead} input={{}} label={t("markAllRead")} variant="primary" />
          ) : undefined
        }
      />
      <p className="mb-4 text-sm text-slate-700" data-testid="inbox-unread">
        {t("unreadCount", { count: data.unread })}
      </p>
      {data.total === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
      ) : (
        <ul
          aria-label={t("listLabel")}
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        >
          {data.items.map((n) => {
            const unread = n.readAt === null;
            return (
              <li
                key={n.id}
                data-testid="notification"
                data-unread={unread ? "true" : "false"}
                className={`flex flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3 ${unread ? "border-l-4 border-l-brand-700 bg-brand-50/40" : "border-l-4 border-l-transparent"}`}
              >
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-baseline gap-x-2">
                    <span
                      className={`shrink-0 rounded px-1.5 text-xs font-semibold ${unread ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-600"}`}
                    >
                      {unread ? t("unread") : t("read")}
                    </span>
                    {/* A whole page load, not a client navigation: the route marks it read, and the header's bell (in
                        the layout, which a client navigation keeps) shows the new count. */}
                    <a
                      href={`/inbox/${n.id}`}
                      className={`break-words text-slate-900 underline-offset-2 hover:underline ${unread ? "font-semibold" : ""}`}
                    >
                      {isText(n.text) ? translate(locale, n.text) : n.kind}
                    </a>
                  </p>
                  <p className="mt-1 text-xs text-slate-500">
                    <time dateTime={n.createdAt.toISOString()}>
                      {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </p>
                </div>
                {unread ? (
                  <ActionButton action={markNotificationRead} input={{ id: n.id }} label={t("markRead")} />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          <p className="text-slate-600">{t("page", { page, pages })}</p>
          {page > 1 ? (
            <Link className={buttonClass({ variant: "secondary" })} href={inboxHref(page - 1)}>
              {t("previous")}
            </Link>
          ) : null}
          {page < pages ? (
            <Link className={buttonClass({ variant: "secondary" })} href={inboxHref(page + 1)}>
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
