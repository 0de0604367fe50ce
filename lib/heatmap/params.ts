// The heatmap page's URL state, parsed once (page, CSV export and links use the same parser): field, scope, the
// grid's filters, sort and page, the summary threshold. Lenient: a bad value falls back to its default, so a
// hand-edited URL never breaks the page; the read API validates strictly instead (lib/api/heatmap.ts).
import { z } from "zod";
import { ALL_SKILL_ITEMS, FIELDS, skillItemsOf, type Field, type SkillItem } from "../itss/fields";
import { PAGE_SIZES } from "../search-params/table";
import { MAX_ID, withoutUnstorable } from "../validation";

/** The app's one set of page sizes (lib/search-params/table.ts). */
export const HEATMAP_PAGE_SIZES = PAGE_SIZES;
export const TEAM_SUMMARY_PAGE_SIZE = 25;
export const DEFAULT_SUMMARY_MIN = 3;
/** Sort keys: the member, the team, the field level, or one of the field's skill items. */
export type HeatmapSort = "name" | "team" | "level" | SkillItem;

export type HeatmapParams = {
  field: Field;
  /** The scope (lib/views/scope.ts): at most one of these. */
  teamId: number | null;
  departmentId: number | null;
  mine: boolean;
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
};

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const lenient = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  z.preprocess(first, schema.catch(fallback as never)) as unknown as z.ZodType<z.output<T>>;
const id = z.coerce.number().int().positive().max(MAX_ID);
const level = (min: number) => z.coerce.number().int().min(min).max(6);

const schema = z.object({
  field: lenient(z.enum(FIELDS).nullable(), null),
  teamId: lenient(id.nullable(), null),
  departmentId: lenient(id.nullable(), null),
  /** "mine", or the scope picker's "team:ID" / "department:ID" / "org". */
  scope: lenient(z.string().max(40).nullable(), null),
  team: lenient(id.nullable(), null),
  teamq: lenient(z.string().transform(withoutUnstorable).pipe(z.string().trim().max(100)), ""),
  minLevel: lenient(level(0), 0),
  item: lenient(z.enum(ALL_SKILL_ITEMS as [SkillItem, ...SkillItem[]]).nullable(), null),
  itemMin: lenient(level(1), 3),
  n: lenient(level(1), DEFAULT_SUMMARY_MIN),
  sort: lenient(z.enum(["name", "team", "level", ...ALL_SKILL_ITEMS] as [string, ...string[]]), "team"),
  dir: lenient(z.enum(["asc", "desc"]), "asc"),
  group: lenient(z.enum(["0", "1"]), "1"),
  page: lenient(z.coerce.number().int().min(1).max(100_000), 1),
  size: lenient(
    z.coerce
      .number()
      .pipe(
        z.union(HEATMAP_PAGE_SIZES.map((n) => z.literal(n)) as [z.ZodLiteral<25>, z.ZodLiteral<50>, z.ZodLiteral<100>]),
      ),
    50,
  ),
  tpage: lenient(z.coerce.number().int().min(1).max(100_000), 1),
});

/**
 * Parses Next's searchParams (or URLSearchParams entries). `defaultField` is the field when the URL names none
 * (the page passes the scope's team field when it has one). An item or sort key that is not one of the field's
 * 7 items is dropped; teamId and departmentId together keep the team.
 */
export function parseHeatmapParams(sp: unknown, defaultField: Field = "hardware"): HeatmapParams {
  const raw = schema.parse(sp && typeof sp === "object" ? sp : {});
  const picked = /^(team|department):([1-9]\d{0,9})$/.exec(raw.scope ?? "");
  if (picked && Number(picked[2]) <= MAX_ID) {
    if (picked[1] === "team") raw.teamId = Number(picked[2]);
    else if (!raw.teamId) raw.departmentId = Number(picked[2]);
  }
  const field = raw.field ?? defaultField;
  const items = skillItemsOf(field);
  const item = raw.item && items.includes(raw.item) ? raw.item : null;
  const sort = (
    ["name", "team", "level"].includes(raw.sort) || items.includes(raw.sort as SkillItem) ? raw.sort : "team"
  ) as HeatmapSort;
  return {
    field,
    teamId: raw.teamId,
    departmentId: raw.teamId ? null : raw.departmentId,
    mine: !raw.teamId && !raw.departmentId && raw.scope === "mine",
    team: raw.teamId ? null : raw.team,
    teamq: raw.teamId ? "" : raw.teamq,
    minLevel: raw.minLevel,
    item,
    itemMin: raw.itemMin,
    n: raw.n,
    sort,
    dir: raw.dir,
    group: raw.group === "1",
    page: raw.page,
    size: raw.size as HeatmapParams["size"],
    tpage: raw.tpage,
  };
}

/** Whether the URL names a field (else the page may pick the scope's team field). */
export function fieldOf(sp: Record<string, unknown>): Field | null {
  const v = first(sp.field);
  return typeof v === "string" && (FIELDS as readonly string[]).includes(v) ? (v as Field) : null;
}

/** The params as a query string, defaults left out, with `changes` applied (null removes a key). */
export function heatmapQuery(
  p: HeatmapParams,
  changes: Partial<Record<keyof HeatmapParams, string | number | boolean | null>> = {},
): string {
  const v: Record<string, string | number | boolean | null> = {
    field: p.field,
    teamId: p.teamId,
    departmentId: p.departmentId,
    scope: p.mine ? "mine" : null,
    team: p.team,
    teamq: p.teamq || null,
    minLevel: p.minLevel || null,
    item: p.item,
    itemMin: p.item ? p.itemMin : null,
    n: p.n === DEFAULT_SUMMARY_MIN ? null : p.n,
    sort: p.sort === "team" ? null : p.sort,
    dir: p.dir === "asc" ? null : p.dir,
    group: p.group ? null : "0",
    page: p.page === 1 ? null : p.page,
    size: p.size === 50 ? null : p.size,
    tpage: p.tpage === 1 ? null : p.tpage,
  };
  for (const [k, c] of Object.entries(changes)) {
    if (k === "mine") v.scope = c ? "mine" : null;
    else if (k === "group") v.group = c ? null : "0";
    else v[k] = c;
  }
  const q = new URLSearchParams();
  for (const [k, val] of Object.entries(v))
    if (val !== null && val !== undefined && val !== "" && val !== false) q.set(k, String(val));
  return q.toString();
}

/** The sort link of a column: ascending first (descending for levels and items: the strongest on top), toggled when already sorted. */
export function sortChange(p: HeatmapParams, key: HeatmapSort): { sort: HeatmapSort; dir: "asc" | "desc"; page: null } {
  const numeric = key !== "name" && key !== "team";
  const dir = p.sort === key ? (p.dir === "asc" ? "desc" : "asc") : numeric ? "desc" : "asc";
  return { sort: key, dir, page: null };
}
