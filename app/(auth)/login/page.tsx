import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { oidcEnabled, oidcName } from "@/lib/auth/auth";
import { currentUser } from "@/lib/auth/session";
import { loginWithOidc } from "@/lib/actions/auth";
import { LoginForm } from "./login-form";
import { cookies } from "next/headers";
import { LocalePicker } from "@/components/shell/locale-picker";
import { Button } from "@/components/ui/button";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn") };
}

/** Auth.js sends a refused or failed sign-in back here with ?error=…: one message, whatever the reason (no enumeration). */
function errorMessage(
  t: Awaited<ReturnType<typeof getTranslations<"auth">>>,
  error: string | string[] | undefined,
  code: string | string[] | undefined,
): string | null {
  if (typeof error !== "string" || error === "") return null;
  // A sign-in posted straight to Auth.js (not through the form) that the throttle refused.
  const minutes = typeof code === "string" ? /^too_many_attempts:(\d{1,3})$/.exec(code)?.[1] : undefined;
  if (minutes) return t("errors.tooMany", { minutes: Number(minutes) });
  if (error === "AccessDenied") return t("errors.accessDenied");
  if (error === "CredentialsSignin") return t("errors.credentials");
  return t("errors.other");
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; code?: string | string[] }>;
}) {
  // The same check as the app's pages: a stale cookie (disabled account, ended session) stays here instead of looping.
  if (await currentUser()) redirect("/");
  const { callbackUrl, error, code } = await searchParams;
  const localeCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const t = await getTranslations("auth");
  const message = errorMessage(t, error, code);
  const raw = typeof callbackUrl === "string" ? callbackUrl : "/";
  let target = "/";
  try {
    const url = new URL(raw, "http://localhost");
    if (url.host === "localhost" || raw.startsWith("/")) target = url.pathname + url.search;
  } catch {}
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-3xl font-bold tracking-tight text-brand-900">Levelboard</p>
          <p className="mt-1 text-sm text-slate-600">{t("tagline")}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-lg font-semibold">{t("signIn")}</h1>
          {message ? (
            <p role="alert" className="mb-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
              {message}
            </p>
          ) : null}
          <LoginForm callbackUrl={target} />
          {oidcEnabled ? (
            <form action={loginWithOidc} className="mt-4">
              <Button type="submit" variant="secondary" className="w-full">
                {t("signInWith", { provider: oidcName })}
              </Button>
            </form>
          ) : null}
        </div>
        <div className="mt-4 flex justify-center">
          <LocalePicker saved={isLocale(localeCookie) ? localeCookie : "auto"} />
        </div>
      </div>
    </main>
  );
}
