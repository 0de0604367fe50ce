// GET /api/v1/reviews: the query it accepts and the answer it gives, as zod schemas (the route validates with them,
// the OpenAPI document is generated from them).
import { z } from "zod";
import { FIELDS } from "../itss/fields";
import { MISSING_CODES } from "../itss/types";
import { queryId as id, queryLimit, queryOffset } from "../search-params/query";

export const reviewsQuerySchema = z
  .object({
    teamId: id("teamId").optional(),
    departmentId: id("departmentId").optional(),
    limit: queryLimit(),
    offset: queryOffset(),
  })
  .refine((q) => !(q.teamId && q.departmentId), { message: "give teamId or departmentId, not both", path: ["teamId"] });
export type ReviewsQuery = z.infer<typeof reviewsQuerySchema>;

export const reviewImpactSchema = z.object({
  /** Every field whose official level the approval would change (empty when none). */
  levels: z.array(z.object({ field: z.enum(FIELDS), before: z.number().int().min(0), after: z.number().int().min(0) })),
  /** The engine's missing codes (the path to the next level, docs/evaluation.md section 5) the approval would meet. */
  satisfies: z.array(z.enum(MISSING_CODES)),
  /** Level targets of the member's team and department that the approval alone would make met. */
  targetsMet: z.array(z.number().int()),
});

export const reviewsResponseSchema = z.object({
  /** Records the caller may review in the scope (all pages). */
  total: z.number().int().min(0),
  items: z.array(
    z.object({
      kind: z.enum(["project", "specialty", "succession", "mentoring", "exam"]),
      id: z.number().int(),
      memberId: z.number().int(),
      /** null for an exam, which counts in every field */
      field: z.enum(FIELDS).nullable(),
      submittedAt: z.iso.datetime(),
      /** The approved record this one would replace; null for a new record. */
      revisionOf: z.number().int().nullable(),
      impact: reviewImpactSchema,
    }),
  ),
});
export type ReviewsResponse = z.infer<typeof reviewsResponseSchema>;
