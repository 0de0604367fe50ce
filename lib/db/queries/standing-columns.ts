// member_standings joined once per field onto a members query: the readers that list members with their levels
// (team roster, /api/v1/members) select these columns with the page's rows instead of evaluating anyone.
import { and, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { members, memberStandings } from "../schema";
import type { Field } from "../../itss/fields";

/** One alias of member_standings per field. */
export const standingOf = {
  hardware: alias(memberStandings, "standing_hardware"),
  software: alias(memberStandings, "standing_software"),
  facility: alias(memberStandings, "standing_facility"),
} satisfies Record<Field, unknown>;

/** The join condition of `standingOf[field]` to `members` (left join: a member without a standing yet reads as 0). */
export const standingJoin = (field: Field) =>
  and(eq(standingOf[field].memberId, members.id), eq(standingOf[field].field, field));
