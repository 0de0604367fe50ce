// The gap dashboard's URL state: its scope and the field of the level-trend chart; the targets page's scope; and each
// list's paged view and CSV (/gaps/lists, /api/export/gaps: list, scope, filters, sort, page). Used by the pages, the
// scope picker, the chart's field form, the export route and every link to them.
import { createLoader, createSerializer, type inferParserType } from "nuqs/server";
import { FIELDS, type Field } from "../itss/fields";
import {
  exportFormatParser,
  PAGE_SIZES,
  pageParser,
  parseAsBoundedInt,
  parseAsOneOf,
  type ExportFormat,
  type SearchParams,
} from "./table";
import { legacyScopeHref, redirectLegacyScope, scopeOf, scopeParsers, type ScopeParams } from "./scope";

export const gapsParsers = { ...scopeParsers, field: parseAsOneOf(FIELDS).withDefault("hardware") };

export type GapsParams = ScopeParams & { field: Field };

const loadGaps = createLoader(gapsParsers);
const loadScope = createLoader(scopeParsers);

/** /gaps's params (an old scope spelling is redirected first). */
export function parseGapsParams(sp: SearchParams): GapsParams {
  redirectLegacyScope("/gaps", sp);
  const p = loadGaps(sp);
  return { ...scopeOf(p), field: p.field };
}

/** The targets page's scope (it has no other parameter). */
export function parseTargetsParams(sp: SearchParams): ScopeParams {
  redirectLegacyScope("/gaps/targets", sp);
  return scopeOf(loadScope(sp));
}

const serialize = createSerializer(gapsParsers);

/** /gaps with this scope and chart field (the default field left out). */
export const gapsHref = (p: Partial<GapsParams>): string => serialize("/gaps", p);

/** /gaps/targets of a team or department (or the reader's default). */
export const targetsHref = (p: Partial<ScopeParams>): string => createSerializer(scopeParsers)("/gaps/targets", p);

/** The gap dashboard's lists, each with its own paged view (/gaps/lists?list=…) and CSV (/api/export/gaps?list=…). */
export const GAP_LISTS = ["singles", "nobody", "oneStep", "certifications", "apart", "stale"] as const;
export type GapListKey = (typeof GAP_LISTS)[number];

/** Each list's sort keys (its columns), the first its default order. */
export const GAP_LIST_SORTS = {
  singles: ["team", "item", "level", "member"],
  nobody: ["team", "item", "level"],
  oneStep: ["team", "member", "field", "level"],
  certifications: ["expires", "member", "team", "certification"],
  apart: ["apart", "member", "team", "item", "self", "lead"],
  stale: ["oldest", "member", "team", "items"],
} as const satisfies Record<GapListKey, readonly string[]>;
export type GapListSort = (typeof GAP_LIST_SORTS)[GapListKey][number];

/** The direction each list opens in: the widest divergence first, else ascending. */
export const GAP_LIST_DEFAULT_DIR: Record<GapListKey, "asc" | "desc"> = {
  singles: "asc",
  nobody: "asc",
  oneStep: "asc",
  certifications: "asc",
  apart: "desc",
  stale: "asc",
};

/** Which filters a list has: the field (lists of items or field levels) and the level (the level a row is about). */
export const GAP_LIST_FILTERS: Record<GapListKey, { field: boolean; level: boolean }> = {
  singles: { field: true, level: true },
  nobody: { field: true, level: true },
  oneStep: { field: true, level: true },
  certifications: { field: false, level: false },
  apart: { field: true, level: false },
  stale: { field: false, level: false },
};

/** The app's page sizes and 10: a team's lists are often short, and ten rows fit a phone's screen. */
export const GAP_LIST_PAGE_SIZES = [10, ...PAGE_SIZES] as const;
type GapListPageSize = (typeof GAP_LIST_PAGE_SIZES)[number];

export const gapListParsers = {
  list: parseAsOneOf(GAP_LISTS).withDefault("oneStep"),
  ...scopeParsers,
  field: parseAsOneOf(FIELDS),
  level: parseAsBoundedInt(0, 7),
  sort: parseAsOneOf<GapListSort>([...new Set(Object.values(GAP_LIST_SORTS).flat())]),
  dir: parseAsOneOf(["asc", "desc"] as const),
  page: pageParser,
  size: parseAsOneOf(GAP_LIST_PAGE_SIZES.map(String) as `${GapListPageSize}`[]).withDefault("50"),
};

/** A list's view: which list, its scope (the team filter is a team scope), filters, sort and page. */
export type GapListParams = ScopeParams & {
  list: GapListKey;
  field: Field | null;
  level: number | null;
  sort: GapListSort;
  dir: "asc" | "desc";
  page: number;
  size: GapListPageSize;
};

const loadGapList = createLoader(gapListParsers);

function gapListParamsOf(raw: inferParserType<typeof gapListParsers>): GapListParams {
  const list = raw.list;
  const sorts: readonly GapListSort[] = GAP_LIST_SORTS[list];
  const filters = GAP_LIST_FILTERS[list];
  const sort = raw.sort && sorts.includes(raw.sort) ? raw.sort : sorts[0];
  return {
    list,
    ...scopeOf(raw),
    field: filters.field ? raw.field : null,
    level: filters.level ? raw.level : null,
    sort,
    dir: raw.dir ?? (sort === sorts[0] ? GAP_LIST_DEFAULT_DIR[list] : "asc"),
    page: raw.page,
    size: Number(raw.size) as GapListPageSize,
  };
}

/** /gaps/lists's params (an old scope spelling is redirected first); a sort key the list has not falls back to its default. */
export function parseGapListParams(sp: SearchParams): GapListParams {
  redirectLegacyScope("/gaps/lists", sp);
  return gapListParamsOf(loadGapList(sp));
}

const loadExportFormat = createLoader({ format: exportFormatParser });

/**
 * The export's params (the page's URL on /api/export/gaps, and `format`: csv for the list, xlsx for every list of the
 * scope as one workbook), or the URL to redirect an old scope spelling to.
 */
export function gapListExportParams(url: string): (GapListParams & { format: ExportFormat }) | string {
  const u = new URL(url);
  const legacy = legacyScopeHref(u.pathname, u.searchParams);
  return legacy ? new URL(legacy, u).toString() : { ...gapListParamsOf(loadGapList(u)), ...loadExportFormat(u) };
}

const serializeList = createSerializer(gapListParsers);

/** A list's paged view (or, with `base` "/api/export/gaps", its CSV) with the params and `changes`; defaults left out but the list. */
export function gapListHref(
  p: Partial<GapListParams> & { list: GapListKey },
  changes: { [K in Exclude<keyof GapListParams, "list">]?: GapListParams[K] | null } = {},
  base = "/gaps/lists",
): string {
  const v = { ...p, ...changes };
  const sorts: readonly string[] = GAP_LIST_SORTS[v.list];
  const defaultOrder = (!v.sort || v.sort === sorts[0]) && (!v.dir || v.dir === GAP_LIST_DEFAULT_DIR[v.list]);
  return serializeList(base, {
    ...v,
    sort: defaultOrder ? null : v.sort,
    dir: defaultOrder ? null : v.dir,
    page: v.page === 1 ? null : v.page,
    size: v.size === undefined || v.size === null || v.size === 50 ? null : (String(v.size) as `${GapListPageSize}`),
    list: v.list,
  } as Parameters<typeof serializeList>[1]);
}

/** The sort link of a column: ascending first, toggled when already sorted by it. */
export function gapListSortChange(p: GapListParams, key: GapListSort): Pick<GapListParams, "sort" | "dir" | "page"> {
  return { sort: key, dir: p.sort === key ? (p.dir === "asc" ? "desc" : "asc") : "asc", page: 1 };
}
