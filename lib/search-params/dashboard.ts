// The dashboard's URL state: the teams table's sort, direction, page and page size (the dashboard has no scope of its
// own: it always shows the reader's default scope). A bad value falls back to worst gap first, 25 a page.
import { createLoader, createSerializer } from "nuqs/server";
import {
  directionParser,
  pageParser,
  pageSizeParser,
  PAGE_SIZES,
  sortParser,
  type PageSize,
  type SearchParams,
} from "./table";

export const DASHBOARD_SORTS = ["name", "members", "level", "met", "gap"] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];
export const DASHBOARD_PAGE_SIZES = PAGE_SIZES;

export const dashboardParsers = {
  sort: sortParser(DASHBOARD_SORTS, "gap"),
  dir: directionParser("desc"),
  page: pageParser,
  size: pageSizeParser,
};

export type DashboardParams = { sort: DashboardSort; dir: "asc" | "desc"; page: number; size: PageSize };

const loadDashboardParams = createLoader(dashboardParsers);

/** The table's state when the URL says nothing: worst gap first, 25 a page. */
export const DEFAULT_DASHBOARD_PARAMS: DashboardParams = { sort: "gap", dir: "desc", page: 1, size: 25 };

/** The teams table's URL state; anything invalid falls back to the default. */
export const parseDashboardParams = (sp: unknown): DashboardParams =>
  loadDashboardParams(sp && typeof sp === "object" && !Array.isArray(sp) ? (sp as SearchParams) : {});

const serialize = createSerializer(dashboardParsers);

/** The dashboard's URL with `changes` applied (sort and dir always written, other defaults left out). */
export const dashboardHref = (p: DashboardParams, changes: Partial<DashboardParams> = {}): string =>
  serialize("/", { ...p, ...changes });
