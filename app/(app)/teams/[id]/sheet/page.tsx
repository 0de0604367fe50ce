// /teams/[id]/sheet?members=1,2,3: the skill sheets of a team's members in one document, each member on a new page;
// checkboxes choose whose (every active member by default). The team layout answers 404 for a team out of reach
// before any loading boundary; members not of this team are left out.
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { parseRouteId } from "@/lib/validation";
import { parseSheetParams } from "@/lib/search-params/sheet";
import type { SearchParams } from "@/lib/search-params/table";
import { loadSkillSheets, teamSheetMembers } from "@/lib/views/sheet";
import { isLocale } from "@/lib/i18n/locales";
import { SheetDocument } from "@/components/sheet/sheet-document";

export async function generateMetadata() {
  const t = await getTranslations("members.sheet");
  return { title: t("titleMany") };
}

export default async function TeamSheetPage({
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
  const teamId = parseRouteId(id);
  if (!teamId) notFound();
  const members = await teamSheetMembers(db, teamId);
  const chosen = p.members ? members.filter((m) => p.members!.includes(m.id)) : members;
  const sheets = await loadSkillSheets(
    db,
    user,
    chosen.map((m) => m.id),
  );
  if (!sheets) notFound();
  const lang = p.lang ?? (isLocale(uiLocale) ? uiLocale : "en");
  return (
    <SheetDocument
      sheets={sheets}
      p={p}
      lang={lang}
      base={`/teams/${teamId}/sheet`}
      backHref={`/teams/${teamId}`}
      teamMembers={members}
    />
  );
}
