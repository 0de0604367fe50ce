import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { logout } from "@/lib/actions/auth";
import { Nav } from "@/components/shell/nav";
import { navItemsFor } from "@/components/shell/nav-items";
import { LocalePicker } from "@/components/shell/locale-picker";
import { Button } from "@/components/ui/button";
import { Bell } from "@/components/shell/bell";
import { getDb } from "@/lib/db/client";
import { unreadNotificationCount } from "@/lib/db/queries/notifications";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [t, tn, unread] = await Promise.all([
    getTranslations("shell"),
    getTranslations("notifications.bell"),
    getDb().then((db) => unreadNotificationCount(db, user.userId)),
  ]);
  const items = navItemsFor(user).map(({ href, key }) => ({ href, label: t(`nav.${key}`) }));
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("skipToContent")}
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight text-brand-900">
            Levelboard
          </Link>
          <Nav items={items} label={t("mainNav")} />
          <div className="ml-auto flex min-w-0 flex-wrap items-center justify-end gap-1.5 text-sm">
            <Bell unread={unread} label={tn("label", { count: unread })} />
            {/* The name above the role, a long name cut with an ellipsis (the whole of it in its title): the header
                stays one line at desktop width. */}
            <Link
              href="/account"
              title={`${user.name} · ${t("account")}`}
              className="flex min-w-0 flex-col rounded leading-tight text-slate-700 hover:underline"
            >
              <span className="max-w-32 truncate font-medium" data-testid="current-user" title={user.name}>
                {user.name}
              </span>
              <span className="whitespace-nowrap text-xs text-slate-500">{t(`role.${user.role}`)}</span>
            </Link>
            <LocalePicker saved={user.locale ?? "auto"} />
            <form action={logout}>
              <Button type="submit" variant="secondary">
                {t("signOut")}
              </Button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
