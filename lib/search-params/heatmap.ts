// The heatmap's URL state — field, scope, the grid's filters, sort and page, the summary's threshold, sort and page — as nuqs
// parsers, for the page, its filter form, its sort and page links and its CSV export alike. Lenient: a bad value falls
// back to its default, so a hand-edited URL never breaks the page; the read API validates strictly instead
// (lib/api/heatmap.ts).
import { createLoader, createSerializer, type inferParserType } from "nuqs/server";
import { ALL_SKILL_ITEMS, FIELDS, skillItemsOf, type Field, type SkillItem } from "../itss/fields";
import {
  pageParser,
  parseAsBoundedInt,
  parseAsFlag,
  parseAsOneOf,
  parseAsPageSize,
  parseAsSearch,
  PAGE_SIZES,
  exportFormatParser,
  type ExportFormat,
  type SearchParams,
} from "./table";
import { MAX_ID } from "../limits";
import { legacyScopeHref, redirectLegacyScope, scopeOf, scopeParsers, type ScopeParams } from "./scope";

/** The app's one set of page sizes (lib/search-params/table.ts). */
export const HEATMAP_PAGE_SIZES = PAGE_SIZES;
export const TEAM_SUMMARY_PAGE_SIZE = 25;
export const DEFAULT_SUMMARY_MIN = 3;
/** Sort keys: the member, the team, the field level, or one of the field's skill items. */
export type HeatmapSort = "name" | "team" | "level" | SkillItem;
/** The team summary's sort keys: the team's name, its members, or how many hold one of the field's skill items. */
export type SummarySort = "team" | "members" | SkillItem;

export type HeatmapParams = {
  field: Field;
  /** The scope (lib/search-params/scope.ts): at most one of these. */
  teamId: number | null;
  departmentId: number | null;
  /** Grid filters: one team of the scope, official level ≥ minLevel, `item` at proficiency ≥ itemMin. */
  team: number | null;
  /** Teams whose name contains this (the Team filter when a scope has too many teams for a list). */
  teamq: string;
  minLevel: number;
  item: SkillItem | null;
  itemMin: number;
  /** The team × item summary counts members with proficiency ≥ n. */
  n: number;
  sort: HeatmapSort;
  dir: "asc" | "desc";
  /** Rows grouped by team (team name first in the order), or one ranking across the scope. */
  group: boolean;
  page: number;
  size: (typeof HEATMAP_PAGE_SIZES)[number];
  /** Page of the team summary. */
  tpage: number;
  /** The teams shown: those that serve the field (its own teams and mixed teams; lib/heatmap/gap.ts), or all. */
  teams: "serving" | "all";
  /** The team summary's order. */
  tsort: SummarySort;
  tdir: "asc" | "desc";
  /** The export's file format (the page ignores it). */
  format: ExportFormat;
};

export const heatmapParsers = {
  field: parseAsOneOf(FIELDS),
  ...scopeParsers,
  team: parseAsBoundedInt(1, MAX_ID),
  teamq: parseAsSearch(100).withDefault(""),
  minLevel: parseAsBoundedInt(0, 6).withDefault(0),
  item: parseAsOneOf(ALL_SKILL_ITEMS),
  itemMin: parseAsBoundedInt(1, 6).withDefault(3),
  n: parseAsBoundedInt(1, 6).withDefault(DEFAULT_SUMMARY_MIN),
  sort: parseAsOneOf<HeatmapSort>(["name", "team", "level", ...ALL_SKILL_ITEMS]).withDefault("team"),
  dir: parseAsOneOf(["asc", "desc"] as const).withDefault("asc"),
  group: parseAsFlag.withDefault(true),
  page: pageParser,
  size: parseAsPageSize.withDefault(50),
  tpage: pageParser,
  teams: parseAsOneOf(["serving", "all"] as const).withDefault("serving"),
  tsort: parseAsOneOf<SummarySort>(["team", "members", ...ALL_SKILL_ITEMS]).withDefault("team"),
  tdir: parseAsOneOf(["asc", "desc"] as const).withDefault("asc"),
  format: exportFormatParser,
};

const loadHeatmap = createLoader(heatmapParsers);
const asInput = (sp: unknown) =>
  sp instanceof URL || sp instanceof URLSearchParams || typeof sp === "string"
    ? sp
    : sp && typeof sp === "object"
      ? (sp as SearchParams)
      : {};

type RawHeatmap = inferParserType<typeof heatmapParsers>;

/** The params for `field`: an item or sort key that is not one of its 7 items is dropped; a team scope wins over a
 * department and drops the team filter. */
function paramsOf(raw: RawHeatmap, field: Field): HeatmapParams {
  const items = skillItemsOf(field);
  const item = raw.item && items.includes(raw.item) ? raw.item : null;
  const sort =
    ["name", "team", "level"].includes(raw.sort) || items.includes(raw.sort as SkillItem) ? raw.sort : "team";
  const tsort = raw.tsort === "team" || raw.tsort === "members" || items.includes(raw.tsort) ? raw.tsort : "team";
  const scope = scopeOf(raw);
  return {
    field,
    ...scope,
    team: scope.teamId !== null ? null : raw.team,
    teamq: scope.teamId !== null ? "" : raw.teamq,
    minLevel: raw.minLevel,
    item,
    itemMin: raw.itemMin,
    n: raw.n,
    sort,
    dir: raw.dir,
    group: raw.group,
    page: raw.page,
    size: raw.size,
    tpage: raw.tpage,
    teams: raw.teams,
    tsort,
    tdir: raw.tdir,
    format: raw.format,
  };
}

/** Parses Next's searchParams, a URL or its query; `defaultField` is the field when the URL names none. */
export function parseHeatmapParams(sp: unknown, defaultField: Field = "hardware"): HeatmapParams {
  const raw = loadHeatmap(asInput(sp));
  return paramsOf(raw, raw.field ?? defaultField);
}

/**
 * What the page asked for (an old scope spelling is redirected first). `field` is null when the URL names none: the
 * loader then opens on the scope's team field, else hardware (`at(field)` gives the params for it).
 */
export type HeatmapSearch = ScopeParams & { field: Field | null; at: (field: Field) => HeatmapParams };

export function parseHeatmapPage(sp: SearchParams): HeatmapSearch {
  redirectLegacyScope("/heatmap", sp);
  const raw = loadHeatmap(sp);
  return { ...scopeOf(raw), field: raw.field, at: (field) => paramsOf(raw, raw.field ?? field) };
}

/** The export's params (CSV or workbook) (its URL, as the page's export link writes it), or the URL to redirect an old scope spelling to. */
export function heatmapExportParams(url: string): HeatmapParams | string {
  const u = new URL(url);
  const legacy = legacyScopeHref(u.pathname, u.searchParams);
  return legacy ? new URL(legacy, u).toString() : parseHeatmapParams(u);
}

const serialize = createSerializer(heatmapParsers);

/** The params as a query string, defaults left out (the field always written), with `changes` applied (null removes a key). */
export function heatmapQuery(
  p: HeatmapParams,
  changes: { [K in keyof HeatmapParams]?: HeatmapParams[K] | null } = {},
): string {
  const v = { ...p, ...changes };
  return serialize({ ...v, itemMin: v.item ? v.itemMin : null }).replace(/^\?/, "");
}

/** /heatmap (or its CSV export, `base` "/api/export/heatmap") with the params and `changes`. */
export function heatmapHref(
  p: HeatmapParams,
  changes: { [K in keyof HeatmapParams]?: HeatmapParams[K] | null } = {},
  base = "/heatmap",
): string {
  return `${base}?${heatmapQuery(p, changes)}`;
}

/** The sort link of a column: ascending first (descending for levels and items: the strongest on top), toggled when already sorted. */
export function sortChange(p: HeatmapParams, key: HeatmapSort): { sort: HeatmapSort; dir: "asc" | "desc"; page: null } {
  const numeric = key !== "name" && key !== "team";
  const dir = p.sort === key ? (p.dir === "asc" ? "desc" : "asc") : numeric ? "desc" : "asc";
  return { sort: key, dir, page: null };
}

/**
 * The sort link of a team summary column: ascending first — for a count that puts the weakest teams on top — toggled
 * when already sorted; back to the summary's first page.
 */
export function summarySortChange(
  p: HeatmapParams,
  key: SummarySort,
): { tsort: SummarySort; tdir: "asc" | "desc"; tpage: null } {
  const tdir = p.tsort === key && p.tdir === "asc" ? "desc" : "asc";
  return { tsort: key, tdir, tpage: null };
}
