// GET /api/v1/me/notifications?unread=true&limit (1–100, default 20)&offset: the caller's own notifications, newest
// first, each in the caller's language (their saved language, else the language cookie's, else Accept-Language),
// with how many are unread and how many the filter matches. Any signed-in user; 401 signed out.
import { getDb } from "@/lib/db/client";
import { notificationsPage } from "@/lib/db/queries/notifications";
import { myNotificationsQuerySchema, type MyNotificationsResponse } from "@/lib/api/notifications";
import { isNotificationKind } from "@/lib/notify/kinds";
import { isText, translate } from "@/lib/i18n/text";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { jsonResponse, route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ query: myNotificationsQuerySchema }, async ({ actor, query, request }) => {
  const cookie = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(request.headers.get("cookie") ?? "")?.[1];
  const locale = pickLocale(actor.locale, cookie, request.headers.get("accept-language"));
  const page = await notificationsPage(await getDb(), actor.userId, {
    unreadOnly: query.unread,
    limit: query.limit,
    offset: query.offset,
  });
  const body: MyNotificationsResponse = {
    unread: page.unread,
    total: page.total,
    items: page.items.flatMap((n) =>
      isNotificationKind(n.kind)
        ? [
            {
              id: n.id,
              kind: n.kind,
              text: isText(n.text) ? translate(locale, n.text) : "",
              href: n.href,
              createdAt: n.createdAt.toISOString(),
              readAt: n.readAt?.toISOString() ?? null,
            },
          ]
        : [],
    ),
  };
  return jsonResponse(body);
});
