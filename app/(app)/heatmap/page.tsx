// The skill heatmap: members × the field's 7 skill items (and level), with two summaries above it, one page of members
// at a time (lib/views/heatmap.ts loads it). The scope is resolved before the loading boundary, so a team or
// department out of reach answers 404.
import { Suspense } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/policy";
import { requireSection } from "@/lib/auth/section";
import { resolveScope, type ViewScope } from "@/lib/views/scope";
import { loadHeatmap } from "@/lib/views/heatmap";
import { COMMON_SKILL_ITEMS, FIELD_SKILL_ITEM, FIELDS, MAX_LEVEL, skillItemsOf } from "@/lib/itss/fields";
import { skillLevelDescription } from "@/lib/itss/catalog";
import { scopeName } from "@/components/views/scope-name";
import { scopeChoiceValue, scopeChoices } from "@/components/views/scope-choices";
import {
  heatmapHref,
  parseHeatmapPage,
  sortChange,
  summarySortChange,
  TEAM_SUMMARY_PAGE_SIZE,
  type HeatmapSearch,
  type HeatmapSort,
} from "@/lib/search-params/heatmap";
import type { SearchParams } from "@/lib/search-params/table";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { EmptyState } from "@/components/ui/empty-state";
import { HeatmapFilters } from "@/components/heatmap/heatmap-filters";
import { HeatmapGrid, type GridColumn, type GridRow } from "@/components/heatmap/heatmap-grid";
import { TeamSummary } from "@/components/heatmap/team-summary";
import { FieldSummary } from "@/components/heatmap/field-summary";
import { FieldComparison } from "@/components/heatmap/field-comparison";
import { GridLegend, SummaryLegend } from "@/components/heatmap/legend";
import { HeatmapStyle } from "@/components/heatmap/palette-style";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("heatmap");
  return { title: t("title") };
}

export default async function HeatmapPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [asked, user, db] = await Promise.all([
    searchParams.then(parseHeatmapPage),
    requireSection("heatmap"),
    getDb(),
  ]);
  const resolved = await resolveScope(db, user, asked);
  if (!resolved.ok) notFound();
  return (
    <Suspense fallback={<PageSkeleton />}>
      <Heatmap user={user} scope={resolved.scope} asked={asked} />
    </Suspense>
  );
}

async function Heatmap({ user, scope, asked }: { user: Actor; scope: ViewScope; asked: HeatmapSearch }) {
  const [t, tg, ts, db] = await Promise.all([
    getTranslations("heatmap"),
    getTranslations("gaps"),
    getTranslations("itss"),
    getDb(),
  ]);
  const v = await loadHeatmap(db, user, scope, asked);
  const { p, grid, summary, levels, filtered } = v;
  const field = p.field;
  const items = skillItemsOf(field).map((key) => ({ key, name: ts(`items.${key}`) }));
  const fieldName = ts(`fields.${field}`);

  const href = (changes: Parameters<typeof heatmapHref>[1]) => heatmapHref(p, changes);
  const sortHeader = (key: HeatmapSort, label: string): GridColumn => ({
    key,
    label,
    href: href(sortChange(p, key)),
    sorted: p.sort === key ? (p.dir === "asc" ? "ascending" : "descending") : null,
  });
  const columns: GridColumn[] = [
    sortHeader("name", t("grid.member")),
    ...items.map((i) => sortHeader(i.key, i.name)),
    sortHeader("level", t("grid.fieldLevel", { field: fieldName })),
  ];
  const rows: GridRow[] = grid.rows.map((r) => ({
    id: r.memberId,
    name: r.name,
    teamId: r.teamId,
    teamName: r.teamName,
    level: r.level,
    cells: r.cells.map((c) =>
      c ? [c.level, c.source === "lead" ? 0 : 1, c.selfLevel, c.leadLevel, c.ratedOn, c.stale ? 1 : 0] : null,
    ),
  }));
  const descriptions = items.map((i) =>
    Array.from({ length: MAX_LEVEL[field] }, (_, l) => skillLevelDescription(field, i.key, l + 1) ?? ""),
  );
  const pages = Math.max(1, Math.ceil(grid.total / p.size));
  const teamPages = Math.max(1, Math.ceil(summary.totalTeams / TEAM_SUMMARY_PAGE_SIZE));
  const from = grid.total === 0 ? 0 : (p.page - 1) * p.size + 1;
  const to = Math.min(grid.total, p.page * p.size);
  const resetHref = href({
    team: null,
    teamq: null,
    minLevel: null,
    item: null,
    itemMin: null,
    page: null,
    tpage: null,
  });
  const current = scopeName(tg, scope);
  const label = current || tg("scopeName.yourDepartment");

  return (
    <>
      <HeatmapStyle />
      <PageHeader
        title={t("title")}
        description={t("description", { scope: label, field: fieldName })}
        actions={
          <>
            <a
              href={heatmapHref(p, { page: null, size: null, tpage: null }, "/api/export/heatmap")}
              download
              className={buttonClass({ variant: "secondary" })}
            >
              {t("exportCsv")}
            </a>
            <a
              href={heatmapHref(p, { page: null, size: null, tpage: null, format: "xlsx" }, "/api/export/heatmap")}
              download
              className={buttonClass({ variant: "secondary" })}
            >
              {t("exportXlsx")}
            </a>
          </>
        }
      />
      <HeatmapFilters
        p={p}
        scopes={scopeChoices(tg, user, scope, v.options)}
        scopeValue={scopeChoiceValue(user, scope)}
        fieldNames={{
          hardware: ts("fields.hardware"),
          software: ts("fields.software"),
          facility: ts("fields.facility"),
        }}
        teams={v.filterTeams}
        items={items}
        filtered={filtered}
        resetHref={resetHref}
      />

      <section aria-labelledby="team-summary" className="mb-6 space-y-2">
        <h2 id="team-summary" className="text-base font-semibold text-slate-900">
          {t("summary.heading", { n: p.n })}
        </h2>
        <SummaryLegend n={p.n} />
        <TeamSummary
          items={items}
          rows={summary.rows}
          total={{ members: summary.scope.members, counts: summary.scope.counts[field] }}
          n={p.n}
          page={p.tpage}
          pages={teamPages}
          totalTeams={summary.totalTeams}
          sort={{ key: p.tsort, dir: p.tdir }}
          sortHref={(key) => href(summarySortChange(p, key))}
          hrefOf={(c) => href(c)}
        />
      </section>

      {summary.scope.members ? (
        <section aria-labelledby="field-comparison" className="mb-6 space-y-2">
          <h2 id="field-comparison" className="text-base font-semibold text-slate-900">
            {t("compare.heading", { n: p.n, scope: label })}
          </h2>
          <p className="text-sm text-slate-600">{t("compare.note", { members: summary.scope.members })}</p>
          <FieldComparison
            columns={COMMON_SKILL_ITEMS.map((key) => ({ key, name: ts(`items.${key}`) }))}
            ownItem={t("compare.ownItem")}
            rows={FIELDS.map((f) => ({
              field: f,
              name: ts(`fields.${f}`),
              ownItemName: ts(`items.${FIELD_SKILL_ITEM[f]}`),
              href: href({ field: f, item: null, sort: null, tsort: null, page: null, tpage: null }),
              counts: summary.scope.counts[f],
            }))}
            members={summary.scope.members}
            current={field}
            n={p.n}
          />
        </section>
      ) : null}

      {grid.rows.length ? (
        <section aria-labelledby="field-summary" className="mb-6 space-y-2">
          <h2 id="field-summary" className="text-base font-semibold text-slate-900">
            {t("fields.heading")}
          </h2>
          <FieldSummary
            current={field}
            fieldNames={{
              hardware: ts("fields.hardware"),
              software: ts("fields.software"),
              facility: ts("fields.facility"),
            }}
            rows={grid.rows.map((r) => ({
              id: r.memberId,
              name: r.name,
              teamName: r.teamName,
              levels: levels.get(r.memberId)!,
            }))}
          />
        </section>
      ) : null}

      <section aria-labelledby="member-heatmap" className="space-y-3">
        <h2 id="member-heatmap" className="text-base font-semibold text-slate-900">
          {t("grid.heading", { field: fieldName })}
        </h2>
        <GridLegend maxLevel={MAX_LEVEL[field]} />
        {grid.rows.length ? (
          <HeatmapGrid
            fieldLabel={fieldName}
            columns={columns}
            rows={rows}
            descriptions={descriptions}
            grouped={p.group}
            caption={t("grid.caption", { field: fieldName, scope: label, from, to, total: grid.total })}
          />
        ) : (
          <EmptyState title={grid.total ? t("empty.noPage") : filtered ? t("empty.noMatch") : t("empty.none")}>
            {grid.total ? (
              <Link href={href({ page: null })} className="text-brand-700 underline hover:text-brand-900">
                {t("empty.firstPage")}
              </Link>
            ) : filtered ? (
              <Link href={resetHref} className="text-brand-700 underline hover:text-brand-900">
                {t("empty.clear")}
              </Link>
            ) : (
              t("empty.noneBody")
            )}
          </EmptyState>
        )}
        <nav aria-label={t("pages.label")} className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <span role="status">
            {grid.total === 0 ? t("pages.none") : t("pages.range", { from, to, total: grid.total })}
          </span>
          <div className="ml-auto flex items-center gap-2">
            {p.page > 1 ? (
              <Link
                className={buttonClass({ variant: "secondary" })}
                href={href({ page: p.page - 1 === 1 ? null : p.page - 1 })}
              >
                {t("pages.previous")}
              </Link>
            ) : null}
            <span>{t("pages.page", { page: Math.min(p.page, pages), pages })}</span>
            {p.page < pages ? (
              <Link className={buttonClass({ variant: "secondary" })} href={href({ page: p.page + 1 })}>
                {t("pages.next")}
              </Link>
            ) : null}
          </div>
        </nav>
      </section>
    </>
  );
}
