// GET /api/v1/heatmap: the query it accepts and the answer it gives, as zod schemas (the route validates with them,
// the OpenAPI document is generated from them).
import { z } from "zod";
import { ALL_SKILL_ITEMS, FIELDS } from "../itss/fields";

import { queryId as id, queryLimit, queryOffset } from "../search-params/query";

export const heatmapQuerySchema = z
  .object({
    field: z.enum(FIELDS, { error: `field must be one of ${FIELDS.join(", ")}` }),
    teamId: id("teamId").optional(),
    departmentId: id("departmentId").optional(),
    limit: queryLimit(),
    offset: queryOffset(),
  })
  .refine((q) => !(q.teamId && q.departmentId), { message: "give teamId or departmentId, not both", path: ["teamId"] });
export type HeatmapQuery = z.infer<typeof heatmapQuerySchema>;

export const heatmapCellSchema = z.object({ level: z.number().int(), source: z.enum(["lead", "self"]) }).nullable();

export const heatmapResponseSchema = z.object({
  field: z.enum(FIELDS),
  /** The field's 7 skill item keys, in the standard's order. */
  items: z.array(z.enum(ALL_SKILL_ITEMS as [string, ...string[]])).length(7),
  /** Active members in scope (all pages). */
  total: z.number().int().min(0),
  rows: z.array(
    z.object({
      memberId: z.number().int(),
      name: z.string(),
      teamId: z.number().int(),
      /** Official level in the field (0 = none yet). */
      level: z.number().int().min(0),
      /** One entry per item; null = not assessed. */
      cells: z.record(z.string(), heatmapCellSchema),
    }),
  ),
});
export type HeatmapResponse = z.infer<typeof heatmapResponseSchema>;
