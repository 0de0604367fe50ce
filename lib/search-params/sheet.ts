// The skill sheet's URL state — its language (independent of the interface's), whether customers and self-ratings
// are hidden, the fields to include, and (for a team's sheets) the members — for the sheet pages and their option
// links alike. Lenient: an unknown value is dropped. Lists come comma-separated (`members=1,2,3`) or repeated
// (`members=1&members=2`, as a form's checkboxes send them).
import { createLoader, createSerializer, parseAsNativeArrayOf, parseAsString } from "nuqs/server";
import { FIELDS, type Field } from "../itss/fields";
import { LOCALES, type Locale } from "../i18n/locales";
import { MAX_ID } from "../limits";
import { parseAsFlag, parseAsOneOf, type SearchParams } from "./table";

/** At most this many members in one document. */
export const MAX_SHEET_MEMBERS = 50;

export const sheetParsers = {
  lang: parseAsOneOf(LOCALES),
  hideCustomers: parseAsFlag.withDefault(false),
  hideSelf: parseAsFlag.withDefault(false),
  fields: parseAsNativeArrayOf(parseAsString),
  members: parseAsNativeArrayOf(parseAsString),
};

export type SheetParams = {
  /** The document's language; null = the interface's. */
  lang: Locale | null;
  hideCustomers: boolean;
  hideSelf: boolean;
  /** Fields to include; null = the member's own (their team's and every field they have records in). */
  fields: Field[] | null;
  /** The team sheet's selection; null = every active member of the team. */
  members: number[] | null;
};

const load = createLoader(sheetParsers);
const items = (values: string[]) => values.flatMap((v) => v.split(",")).map((v) => v.trim());

export function parseSheetParams(sp: SearchParams | URLSearchParams | string): SheetParams {
  const raw = load(sp);
  const fields = FIELDS.filter((f) => items(raw.fields).includes(f));
  const members = [
    ...new Set(
      items(raw.members)
        .filter((v) => /^\d{1,10}$/.test(v))
        .map(Number)
        .filter((n) => n >= 1 && n <= MAX_ID),
    ),
  ].slice(0, MAX_SHEET_MEMBERS);
  return {
    lang: raw.lang,
    hideCustomers: raw.hideCustomers,
    hideSelf: raw.hideSelf,
    fields: fields.length ? fields : null,
    members: members.length ? members : null,
  };
}

const serialize = createSerializer({
  ...sheetParsers,
  fields: parseAsString,
  members: parseAsString,
});

/** `base` with the params and `changes` (null removes a key); lists written comma-separated. */
export function sheetHref(base: string, p: SheetParams, changes: Partial<SheetParams> = {}): string {
  const v = { ...p, ...changes };
  return serialize(base, {
    lang: v.lang,
    hideCustomers: v.hideCustomers || null,
    hideSelf: v.hideSelf || null,
    fields: v.fields?.join(",") || null,
    members: v.members?.join(",") || null,
  });
}
