// The quick update's URL state: the field whose 7 items it shows (`?field=hardware`). Lenient: an unknown value is
// null, and the page takes the member's team's field.
import { createLoader } from "nuqs/server";
import { FIELDS, type Field } from "../itss/fields";
import { parseAsOneOf, type SearchParams } from "./table";

const load = createLoader({ field: parseAsOneOf(FIELDS) });

export function parseQuickUpdateParams(sp: SearchParams | URLSearchParams | string): { field: Field | null } {
  return { field: load(sp).field };
}

export const quickUpdateHref = (memberId: number, field: Field | null) =>
  `/members/${memberId}/quick-update${field ? `?field=${field}` : ""}`;
