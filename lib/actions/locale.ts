"use server";
// The interface language. Signed in: saved on the user (audited) and followed on every device; signed out (the
// login page's picker): a cookie only. "auto" clears the choice so the browser's Accept-Language decides again.
import { cookies } from "next/headers";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { writeAudit } from "../db/audit";
import { users } from "../db/schema";
import { LOCALE_COOKIE, LOCALES } from "../i18n/locales";
import { revalidatePath } from "next/cache";
import { actionContext } from "./context";
import { runAction, type ActionResult } from "./run";
import { sayError } from "../i18n/text";

const localeSchema = z.strictObject({
  locale: z.enum([...LOCALES, "auto"], sayError("validation.localeChoice")),
});

const YEAR = 60 * 60 * 24 * 365;

/** Saves the signed-in user's language ("auto": none). */
export async function setUserLocale(raw: unknown): Promise<ActionResult> {
  return runAction(localeSchema, raw, async ({ tx, actor, input }) => {
    const locale = input.locale === "auto" ? null : input.locale;
    const [before] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, actor.userId)).limit(1);
    if ((before?.locale ?? null) !== locale) {
      await tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, actor.userId));
      await writeAudit(tx, {
        actorUserId: actor.userId,
        action: "user.locale",
        entity: "user",
        entityId: actor.userId,
        before: { locale: before?.locale ?? null },
        after: { locale },
      });
    }
    return { data: undefined };
  });
}

/** The language picker's form action (works without JavaScript): saves for a signed-in user, and sets the cookie. */
export async function chooseLocale(formData: FormData): Promise<void> {
  const raw = { locale: formData.get("locale") };
  const parsed = localeSchema.safeParse(raw);
  if (!parsed.success) return;
  const { actor } = await actionContext();
  if (actor) {
    const result = await setUserLocale(raw);
    if (!result.ok) return;
  }
  const store = await cookies();
  if (parsed.data.locale === "auto") store.delete(LOCALE_COOKIE);
  else store.set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
  // Every page renders in the new language: the whole layout tree, not one path.
  revalidatePath("/", "layout");
}
