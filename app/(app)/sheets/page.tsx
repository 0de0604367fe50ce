// /sheets?members=1,2,3: the skill sheets of members chosen anywhere (the staffing results' checkboxes) in one
// document, each on a new page, in the order given. Any member out of reach is a 404, as on the member page (no
// loading boundary above this page, so the status is decided before anything streams).
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { parseSheetParams } from "@/lib/search-params/sheet";
import type { SearchParams } from "@/lib/search-params/table";
import { loadSkillSheets } from "@/lib/views/sheet";
import { isLocale } from "@/lib/i18n/locales";
import { SheetDocument } from "@/components/sheet/sheet-document";

export async function generateMetadata() {
  const t = await getTranslations("members.sheet");
  return { title: t("titleMany") };
}

export default async function SheetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [p, user, db, uiLocale] = await Promise.all([
    searchParams.then(parseSheetParams),
    requireUser(),
    getDb(),
    getLocale(),
  ]);
  const sheets = await loadSkillSheets(db, user, p.members ?? []);
  if (!sheets) notFound();
  const lang = p.lang ?? (isLocale(uiLocale) ? uiLocale : "en");
  return <SheetDocument sheets={sheets} p={p} lang={lang} base="/sheets" backHref="/staffing" />;
}
