// /members/[id]/sheet: a member's printable skill sheet (A4). Who may see it is decided by the member layout before
// any loading boundary (404 out of reach, as the member page); the options live in the URL (lib/search-params/sheet).
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { parseRouteId } from "@/lib/validation";
import { parseSheetParams } from "@/lib/search-params/sheet";
import type { SearchParams } from "@/lib/search-params/table";
import { loadSkillSheets } from "@/lib/views/sheet";
import { isLocale } from "@/lib/i18n/locales";
import { SheetDocument } from "@/components/sheet/sheet-document";

export async function generateMetadata() {
  const t = await getTranslations("members.sheet");
  return { title: t("title") };
}

export default async function MemberSheetPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, p, user, db, uiLocale] = await Promise.all([
    params,
    searchParams.then(parseSheetParams),
    requireUser(),
    getDb(),
    getLocale(),
  ]);
  const memberId = parseRouteId(id);
  const sheets = memberId ? await loadSkillSheets(db, user, [memberId]) : null;
  if (!sheets?.length) notFound();
  const lang = p.lang ?? (isLocale(uiLocale) ? uiLocale : "en");
  return (
    <SheetDocument
      sheets={sheets}
      p={{ ...p, members: null }}
      lang={lang}
      base={`/members/${memberId}/sheet`}
      backHref={`/members/${memberId}`}
    />
  );
}
