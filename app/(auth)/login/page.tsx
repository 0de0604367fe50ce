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
import { parseLoginParams, type LoginError } from "@/lib/search-params/login";
import type { SearchParams } from "@/lib/search-params/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signIn") };
}

/** Auth.js sends a refused or failed sign-in back here with ?error=…: one message, whatever the reason (no enumeration). */
function errorMessage(t: Awaited<ReturnType<typeof getTranslations<"auth">>>, error: LoginError | null): string | null {
  if (!error) return null;
  if (error.kind === "tooMany") return t("errors.tooMany", { minutes: error.minutes });
  return t(`errors.${error.kind}`);
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // The same check as the app's pages: a stale cookie (disabled account, ended session) stays here instead of looping.
  if (await currentUser()) redirect("/");
  const { callbackUrl: target, error } = parseLoginParams(await searchParams);
  const localeCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const t = await getTranslations("auth");
  const message = errorMessage(t, error);
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
