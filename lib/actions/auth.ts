"use server";
// Sign-in and sign-out. One message for unknown email and wrong password: no user enumeration.
import { AuthError, type CredentialsSignin } from "next-auth";
import { z } from "zod";
import { cookies, headers } from "next/headers";
import { signIn, signOut } from "../auth/auth";
import { LOCALE_COOKIE, pickLocale, type Locale } from "../i18n/locales";
import { inLocale, sayError, text, translate } from "../i18n/text";
import { EMAIL_MAX } from "../validation";

export type LoginState = { error?: string; fieldErrors?: { email?: string; password?: string }; email?: string };

const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, sayError("errors.signIn.emailRequired"))
    .max(EMAIL_MAX, sayError("errors.signIn.emailTooLong"))
    .email(sayError("errors.signIn.emailInvalid")),
  password: z
    .string()
    .min(1, sayError("errors.signIn.passwordRequired"))
    .max(200, sayError("errors.signIn.passwordTooLong")),
});

/** A signed-out visitor's language: the login page's picker (cookie), else the browser's. */
async function visitorLocale(): Promise<Locale> {
  try {
    const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
    return pickLocale(null, cookieStore.get(LOCALE_COOKIE)?.value, headerList.get("accept-language"));
  } catch {
    return "en";
  }
}

/** The form's message: the throttle's refusal says how long to wait (the same for known and unknown emails). */
function signInMessage(error: AuthError, locale: Locale): string {
  const minutes = /^too_many_attempts:(\d+)$/.exec((error as CredentialsSignin).code ?? "")?.[1];
  if (minutes) return translate(locale, text("errors.signIn.tooMany", { minutes: Number(minutes) }));
  return translate(locale, text("errors.signIn.failed"));
}

/** Only same-site paths: never redirect off-site after sign-in. */
function safeCallback(raw: FormDataEntryValue | null): string {
  const value = typeof raw === "string" ? raw : "";
  return value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/login") ? value : "/";
}

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const locale = await visitorLocale();
  const raw = { email: formData.get("email"), password: formData.get("password") };
  const email = typeof formData.get("email") === "string" ? String(formData.get("email")) : "";
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) {
    // zod words its messages when they are read: read them in the visitor's language.
    const fieldErrors = inLocale(locale, () => {
      const out: LoginState["fieldErrors"] = {};
      for (const issue of loginSchema.safeParse(raw).error?.issues ?? []) {
        const key = issue.path[0] as "email" | "password";
        out[key] ??= issue.message;
      }
      return out;
    });
    return { fieldErrors, email };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeCallback(formData.get("callbackUrl")),
    });
  } catch (error) {
    if (error instanceof AuthError) return { error: signInMessage(error, locale), email };
    throw error; // the redirect on success
  }
  return {};
}

export async function logout(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}

export async function loginWithOidc(): Promise<void> {
  await signIn("oidc", { redirectTo: "/" });
}
