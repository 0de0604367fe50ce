// What every server action needs from the request: the database, the signed-in actor and the language to answer
// in (the actor's saved choice, else the visitor's cookie, else Accept-Language); and revalidation.
// Integration tests stand in for the database, the session and the request (lib/testing/setup-integration.ts).
import "server-only";
import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { getDb, type Db } from "../db/client";
import { currentUser, type CurrentUser } from "../auth/session";
import { LOCALE_COOKIE, pickLocale, type Locale } from "../i18n/locales";

export async function actionContext(): Promise<{ db: Db; actor: CurrentUser | null; locale?: Locale }> {
  const [db, actor, cookieStore, headerList] = await Promise.all([getDb(), currentUser(), cookies(), headers()]);
  const locale = pickLocale(actor?.locale, cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  return { db, actor, locale };
}

export function revalidate(paths: readonly string[]): void {
  for (const p of paths) revalidatePath(p);
}
