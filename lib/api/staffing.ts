// GET /api/v1/staffing: its query (the need, the scope, a page) and its response, as zod schemas the route validates
// with and the OpenAPI document is generated from. The planner page parses its URL with the same need checks.
import { z } from "zod";
import { ALL_SKILL_ITEMS, FIELDS } from "../itss/fields";
import { queryLimit, queryOffset } from "../search-params/query";
import { checkNeed, flatParams, staffingNeedShape } from "../search-params/staffing";

export { flatParams, needOf } from "../search-params/staffing";

export const staffingQuerySchema = z
  .object({
    ...staffingNeedShape,
    limit: queryLimit(),
    offset: queryOffset(),
  })
  .superRefine(checkNeed);
export type StaffingQuery = z.infer<typeof staffingQuerySchema>;

/** The API route's query input: the URL's parameters, lists joined (flatParams). */
export const staffingQueryInput = (url: URL): Record<string, string> => flatParams(url.searchParams);

const judgedSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("level"), need: z.number().int(), have: z.number().int() }),
  z.object({
    kind: z.literal("skill"),
    item: z.enum(ALL_SKILL_ITEMS as [string, ...string[]]),
    need: z.number().int(),
    have: z.number().int().nullable(),
    source: z.enum(["lead", "self"]).nullable(),
    counts: z
      .boolean()
      .describe(
        "false: a self-rating alone that does not count (self-rated, not confirmed; an administrator's setting)",
      ),
  }),
]);

export const staffingCandidateSchema = z.object({
  memberId: z.number().int(),
  name: z.string(),
  teamId: z.number().int(),
  match: z.enum(["qualified", "close"]),
  /** Official level in the field. */
  level: z.number().int(),
  ongoingProjects: z.number().int().describe("Ongoing projects in any field, approved or submitted for review"),
  missing: z
    .array(judgedSchema)
    .describe("The requirement a close candidate misses by one level (empty when qualified)"),
});

export const staffingResponseSchema = z.object({
  field: z.enum(FIELDS),
  total: z.number().int().describe("Candidates in all (qualified and close)"),
  qualified: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  candidates: z.array(staffingCandidateSchema),
});
export type StaffingResponse = z.infer<typeof staffingResponseSchema>;
