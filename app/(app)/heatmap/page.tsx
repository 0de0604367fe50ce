// The skill heatmap: members × the field's 7 skill items (and level), with two summaries above it, all read from the
// standings read model in a constant number of queries, one page of members at a time.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { fieldLevels, heatmapPage, pickerTeams, teamItemSummary, type ScopeTeam } from "@/lib/db/queries/heatmap";
import { resolveScope, type ViewScope } from "@/lib/views/scope";
import { MAX_LEVEL, skillItemsOf, type Field } from "@/lib/itss/fields";
import { skillLevelDescription } from "@/lib/itss/catalog";
import { scopeName } from "@/components/views/scope-name";
import {
  fieldOf,
  heatmapQuery,
  parseHeatmapParams,
  sortChange,
  TEAM_SUMMARY_PAGE_SIZE,
  type HeatmapParams,
  type HeatmapSort,
} from "@/lib/heatmap/params";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requireSection } from "@/lib/auth/section";
import { HeatmapFilters } from "@/components/heatmap/heatmap-filters";
import { HeatmapGrid, type GridColumn, type GridRow } from "@/components/heatmap/heatmap-grid";
import { TeamSummary } from "@/components/heatmap/team-summary";
import { FieldSummary } from "@/components/heatmap/field-summary";
import { GridLegend, SummaryLegend } from "@/components/heatmap/legend";
import { HeatmapStyle } from "@/components/heatmap/palette-style";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata() {
  const t = await getTranslations("heatmap");
  return { title: t("title") };
}

type HeatmapT = Awaited<ReturnType<typeof getTranslations<"heatmap">>>;

const inScope = (t: ScopeTeam, scope: ViewScope) =>
  scope.kind === "org" ||
  (scope.kind === "department" && t.departmentId === scope.departmentId) ||
  (scope.kind === "team" && t.id === scope.teamId) ||
  (scope.kind === "mine" && scope.teamIds.includes(t.id));

const scopeValueOf = (scope: ViewScope) =>
  scope.kind === "org"
    ? "org"
    : scope.kind === "department"
      ? `department:${scope.departmentId}`
      : scope.kind === "team"
        ? `team:${scope.teamId}`
        : "mine";

/** The scope picker: the whole organisation (admin), a department (head, admin) or the teams one leads; one team is the Team filter. */
function scopeOptions(t: HeatmapT, current: string, role: string, teams: ScopeTeam[], scope: ViewScope) {
  const departments = [...new Map(teams.map((t) => [t.departmentId, t.departmentName])).entries()];
  const out: { value: string; label: string; group?: string }[] = [];
  if (role === "admin") out.push({ value: "org", label: t("scope.org") });
  if (role === "lead") out.push({ value: "mine", label: t("scope.mine") });
  if (role === "admin" || role === "head")
    for (const [id, name] of departments)
      out.push({
        value: `department:${id}`,
        label: t("scope.department", { name }),
        group: t("scope.departmentGroup"),
      });
  if (!out.some((o) => o.value === scopeValueOf(scope))) out.unshift({ value: scopeValueOf(scope), label: current });
  return out;
}

export default async function HeatmapPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSection("heatmap");
  const [t, tg, ts] = await Promise.all([getTranslations("heatmap"), getTranslations("gaps"), getTranslations("itss")]);
  const [sp, db] = await Promise.all([searchParams, getDb()]);
  const asked = parseHeatmapParams(sp);
  const [resolved, allTeams] = await Promise.all([
    resolveScope(db, user, {
      teamId: asked.teamId ?? undefined,
      departmentId: asked.departmentId ?? undefined,
      scope: asked.mine ? "mine" : undefined,
    }),
    pickerTeams(db, user),
  ]);
  if (!resolved.ok) notFound();
  const scope = resolved.scope;
  const scopeTeams = allTeams.filter((t) => inScope(t, scope));
  // Without a field in the URL, a scope whose teams all serve one field opens on that field.
  const teamFields = [...new Set(scopeTeams.map((t) => t.field).filter((f): f is Field => f !== null))];
  const p: HeatmapParams = fieldOf(sp) || teamFields.length !== 1 ? asked : parseHeatmapParams(sp, teamFields[0]);
  const field = p.field;
  const team = p.team && scope.kind !== "team" && scopeTeams.some((t) => t.id === p.team) ? p.team : null;
  const teamq = scope.kind === "team" ? "" : p.teamq;
  const items = skillItemsOf(field).map((key) => ({ key, name: ts(`items.${key}`) }));
  const fieldName = ts(`fields.${field}`);

  const [grid, summary] = await Promise.all([
    heatmapPage(db, {
      actor: user,
      scope,
      field,
      filters: { team, teamName: teamq, minLevel: p.minLevel, item: p.item ? { item: p.item, min: p.itemMin } : null },
      order: { sort: p.sort, dir: p.dir, group: p.group },
      page: { limit: p.size, offset: (p.page - 1) * p.size },
    }),
    teamItemSummary(db, {
      actor: user,
      scope,
      field,
      min: p.n,
      team,
      teamName: teamq,
      page: { limit: TEAM_SUMMARY_PAGE_SIZE, offset: (p.tpage - 1) * TEAM_SUMMARY_PAGE_SIZE },
    }),
  ]);
  const levels = await fieldLevels(
    db,
    grid.rows.map((r) => r.memberId),
  );

  const href = (changes: Parameters<typeof heatmapQuery>[1]) => `/heatmap?${heatmapQuery(p, changes)}`;
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
    cells: r.cells.map((c) => (c ? [c.level, c.source === "lead" ? 0 : 1, c.selfLevel, c.leadLevel] : null)),
  }));
  const descriptions = items.map((i) =>
    Array.from({ length: MAX_LEVEL[field] }, (_, l) => skillLevelDescription(field, i.key, l + 1) ?? ""),
  );
  const pages = Math.max(1, Math.ceil(grid.total / p.size));
  const teamPages = Math.max(1, Math.ceil(summary.totalTeams / TEAM_SUMMARY_PAGE_SIZE));
  const from = grid.total === 0 ? 0 : (p.page - 1) * p.size + 1;
  const to = Math.min(grid.total, p.page * p.size);
  const filtered = team !== null || teamq !== "" || p.minLevel > 0 || p.item !== null;
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
          <a
            href={`/api/export/heatmap?${heatmapQuery(p, { page: null, size: null, tpage: null })}`}
            download
            className={buttonClass({ variant: "secondary" })}
          >
            {t("exportCsv")}
          </a>
        }
      />
      <HeatmapFilters
        p={{ ...p, team, teamq }}
        scopes={scopeOptions(t, current, user.role, allTeams, scope)}
        fieldNames={{
          hardware: ts("fields.hardware"),
          software: ts("fields.software"),
          facility: ts("fields.facility"),
        }}
        scopeValue={scopeValueOf(scope)}
        teams={scope.kind === "team" ? [] : scopeTeams}
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
          n={p.n}
          page={p.tpage}
          pages={teamPages}
          totalTeams={summary.totalTeams}
          hrefOf={(c) => href(c)}
        />
      </section>

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
