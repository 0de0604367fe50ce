// The URL state every table shares — search, sort, direction, page, page size, "include archived" — as nuqs parsers:
// the server page parses with them (createLoader), the client table reads and writes the URL with the same ones
// (useQueryStates), export links serialise with them (createSerializer). A bad value falls back to its default, so a
// hand-edited URL never crashes a page. Imports "nuqs/server" (no "use client"), so server and client share it.
import { createParser, type ParserMap, type inferParserType } from "nuqs/server";
import { withoutUnstorable } from "../limits";

/** The page sizes every table offers (one set for the whole app). */
export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;
export const MAX_PAGE = 100_000;
export const MAX_QUERY_LENGTH = 200;

export type SortDirection = "asc" | "desc";

/** Next's searchParams: each key a string, an array (repeated key: the first counts) or absent. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A whole number in [min, max] ("3" → 3; "3.5", "-1", "abc" → default). */
export const parseAsBoundedInt = (min: number, max: number) =>
  createParser({
    parse: (v: string) => {
      const n = Number(v);
      return v.trim() !== "" && Number.isInteger(n) && n >= min && n <= max ? n : null;
    },
    serialize: (n: number) => String(n),
  });

/** One of `values` ("asc", "name", …); anything else → default. */
export const parseAsOneOf = <T extends string>(values: readonly T[]) =>
  createParser({
    parse: (v: string) => ((values as readonly string[]).includes(v) ? (v as T) : null),
    serialize: (v: T) => v,
  });

/** An export's file format: CSV (the default) or an Excel workbook, from the same URL (`&format=xlsx`). */
export const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportFormatParser = parseAsOneOf(EXPORT_FORMATS).withDefault("csv");

/** Search text: without NUL and lone surrogates (lib/validation.ts), trimmed; longer than `max` → default (no search). */
export const parseAsSearch = (max = MAX_QUERY_LENGTH) =>
  createParser({
    parse: (v: string) => {
      const t = withoutUnstorable(v).trim();
      return t.length <= max ? t : null;
    },
    serialize: (v: string) => v,
  });

/** A flag written as "1" / "0". */
export const parseAsFlag = createParser({
  parse: (v: string) => (v === "1" ? true : v === "0" ? false : null),
  serialize: (v: boolean) => (v ? "1" : "0"),
});

/** A page size from PAGE_SIZES. */
export const parseAsPageSize = createParser({
  parse: (v: string) => {
    const n = Number(v);
    return (PAGE_SIZES as readonly number[]).includes(n) ? (n as PageSize) : null;
  },
  serialize: (n: PageSize) => String(n),
});

export const pageParser = parseAsBoundedInt(1, MAX_PAGE).withDefault(1);
export const pageSizeParser = parseAsPageSize.withDefault(DEFAULT_PAGE_SIZE);
export const directionParser = (fallback: SortDirection) =>
  // Always written: a link or a click on a header says both the column and the direction (…?sort=name&dir=asc).
  parseAsOneOf<SortDirection>(["asc", "desc"]).withDefault(fallback).withOptions({ clearOnDefault: false });
export const sortParser = <S extends string>(sorts: readonly S[], fallback: NoInfer<S>) =>
  parseAsOneOf(sorts).withDefault(fallback).withOptions({ clearOnDefault: false });

/** The params of a searchable, sortable, paginated table with an "include archived" switch. */
export function tableParsers<S extends string>(sorts: readonly S[], defaultSort: NoInfer<S>) {
  return {
    q: parseAsSearch().withDefault(""),
    sort: sortParser(sorts, defaultSort),
    dir: directionParser("asc"),
    page: pageParser,
    size: pageSizeParser,
    archived: parseAsFlag.withDefault(false),
  };
}

export type TableParams<S extends string = string> = {
  q: string;
  sort: S;
  dir: SortDirection;
  page: number;
  size: PageSize;
  archived: boolean;
};

/** What a parser map parses to. */
export type ParsedParams<P extends ParserMap> = inferParserType<P>;
