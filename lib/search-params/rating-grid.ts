// The team rating grid's URL state (/teams/[id]/ratings?field=software): the field shown, for a mixed team. Lenient:
// an unknown field is dropped (the page then shows the team's own field, or the first).
import { createLoader } from "nuqs/server";
import { FIELDS, type Field } from "../itss/fields";
import { parseAsOneOf, type SearchParams } from "./table";

const load = createLoader({ field: parseAsOneOf(FIELDS) });

export function parseRatingGridParams(sp: SearchParams | URLSearchParams | string): { field: Field | null } {
  return { field: load(sp).field };
}

/** The field shown: a team's own field always; a mixed team's the one asked for, else the first of the standard. */
export function gridField(teamField: Field | null, asked: Field | null): Field {
  return teamField ?? asked ?? FIELDS[0];
}

export const ratingGridHref = (teamId: number, field?: Field) =>
  `/teams/${teamId}/ratings${field ? `?field=${field}` : ""}`;
