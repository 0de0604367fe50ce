// /teams/[id]/ratings?field=: the team rating grid — the team's members × the field's 7 skill items, the lead rating
// of each (editable) beside the member's self-rating. For those who may give the team's members lead ratings (the
// policy's member.skills.lead); three reads (the user, the team, its members with their ratings).
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/policy";
import { ratingGridMembers, ratingGridTeam } from "@/lib/db/queries/rating-grid";
import { gridField, parseRatingGridParams, ratingGridHref } from "@/lib/search-params/rating-grid";
import type { SearchParams } from "@/lib/search-params/table";
import { FIELDS, skillItemsOf } from "@/lib/itss/fields";
import { skillLevelDescription } from "@/lib/itss/catalog";
import { countingRatingDate, ratingCurrency } from "@/lib/itss/currency";
import { parseRouteId as segmentId } from "@/lib/validation";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { TeamBreadcrumb } from "@/components/roster/team-breadcrumb";
import { RatingGrid, type RatingGridRow } from "@/components/ratings/rating-grid";

export async function generateMetadata() {
  const t = await getTranslations("ratings.grid");
  return { title: t("metaTitle") };
}

export default async function TeamRatingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const [{ id }, p, user, db, t, ts, tRoster] = await Promise.all([
    params,
    searchParams.then(parseRatingGridParams),
    requireUser(),
    getDb(),
    getTranslations("ratings.grid"),
    getTranslations("itss"),
    getTranslations("roster"),
  ]);
  const teamId = segmentId(id);
  const team = teamId ? await ratingGridTeam(db, teamId) : null;
  if (!team) notFound();
  const scope = { departmentId: team.departmentId, teamId: team.id };
  if (!can(user, "member.skills.lead", scope)) forbidden();
  const field = gridField(team.field, p.field);
  const members = await ratingGridMembers(db, team.id, field);
  const today = new Date().toISOString().slice(0, 10);
  const itemKeys = skillItemsOf(field);
  const items = itemKeys.map((key) => {
    const descriptions: string[] = [];
    for (let level = 1; skillLevelDescription(field, key, level) !== null; level++)
      descriptions.push(skillLevelDescription(field, key, level)!);
    return { key, name: ts(`items.${key}`), descriptions };
  });
  // Compact rows: per item [lead, self, version, stale (0/1)].
  const rows: RatingGridRow[] = members.map((m) => {
    const byItem = new Map(m.cells.map((c) => [c.item, c]));
    return {
      id: m.id,
      name: m.name,
      editable: can(user, "member.skills.lead", { ...scope, memberId: m.id }),
      cells: itemKeys.map((key) => {
        const c = byItem.get(key);
        if (!c) return [null, null, null, 0];
        const stale = ratingCurrency(countingRatingDate(c), team.assessmentIntervalMonths, today) === "stale";
        return [c.leadLevel, c.selfLevel, c.version, stale ? 1 : 0];
      }),
    };
  });
  const fieldName = ts(`fields.${field}`);
  return (
    <>
      <TeamBreadcrumb label={tRoster("breadcrumb")} teams={t("breadcrumbTeams")} team={team} here={t("breadcrumb")} />
      <PageHeader
        title={t("title", { team: team.name })}
        description={t("description", { field: fieldName, months: team.assessmentIntervalMonths })}
      />
      {team.field === null ? (
        <nav aria-label={t("fieldSwitch")} className="mb-3 flex flex-wrap gap-2 text-sm">
          {FIELDS.map((f) => (
            <Link
              key={f}
              href={ratingGridHref(team.id, f)}
              aria-current={f === field ? "page" : undefined}
              className={`rounded-md border px-3 py-1 ${f === field ? "border-brand-700 bg-brand-50 font-semibold text-brand-900" : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50"}`}
            >
              {ts(`fields.${f}`)}
            </Link>
          ))}
        </nav>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <RatingGrid
          key={field}
          field={field}
          fieldName={fieldName}
          items={items}
          rows={rows}
          months={team.assessmentIntervalMonths}
          caption={t("caption", { team: team.name, field: fieldName })}
        />
      )}
    </>
  );
}
