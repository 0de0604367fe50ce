// next-intl's per-request configuration (wired in next.config.mjs; next-intl's own place for it, outside lib/ because it
// reads the session, and lib/auth reads lib/i18n): the language of this request and its
// messages. The language is the signed-in user's saved choice, else the visitor's cookie (the login page's
// picker), else the browser's Accept-Language. currentUser() is cached per request and every signed-in page
// loads it anyway, so this costs no extra query.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentUser } from "../lib/auth/session";
import { LOCALE_COOKIE, pickLocale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { FORMATS, TIME_ZONE } from "../lib/i18n/formats";

export default getRequestConfig(async () => {
  const [user, cookieStore, headerList] = await Promise.all([currentUser().catch(() => null), cookies(), headers()]);
  const locale = pickLocale(user?.locale, cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  return { locale, messages: messagesFor(locale), timeZone: TIME_ZONE, formats: FORMATS };
});
