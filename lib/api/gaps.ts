// GET /api/v1/gaps: the query it accepts and the answer it gives (the OpenAPI document is generated from these).
import { z } from "zod";
import { FIELDS, ALL_SKILL_ITEMS } from "../itss/fields";

import { queryId as id } from "../search-params/query";

/** `teamId` or `departmentId` (not both); neither means the caller's default scope (a head's department, a lead's teams). */
export const gapsQuerySchema = z
  .object({ teamId: id("teamId").optional(), departmentId: id("departmentId").optional() })
  .refine((q) => !(q.teamId && q.departmentId), { message: "give teamId or departmentId, not both", path: ["teamId"] });
export type GapsQuery = z.infer<typeof gapsQuerySchema>;

export const gapsTargetSchema = z.object({
  id: z.number().int(),
  teamId: z.number().int().nullable(),
  departmentId: z.number().int().nullable(),
  field: z.enum(FIELDS),
  kind: z.enum(["level", "skill"]),
  skillItem: z.enum(ALL_SKILL_ITEMS as [string, ...string[]]).nullable(),
  minLevel: z.number().int().min(1),
  minCount: z.number().int().min(1),
  /** Active members meeting the target now (a self-rating alone counts only where the organisation says so). */
  actual: z.number().int().min(0),
  /** Besides them, members meeting a skill target by their own rating alone: self-rated, not confirmed. */
  selfRatedNotConfirmed: z
    .number()
    .int()
    .min(0)
    .describe("Members meeting a skill target by their own rating alone (0 when self-ratings count)"),
  met: z.boolean(),
});

export const gapsSinglePointSchema = z.object({
  teamId: z.number().int(),
  field: z.enum(FIELDS),
  /** null: the field level itself. */
  item: z.enum(ALL_SKILL_ITEMS as [string, ...string[]]).nullable(),
  minLevel: z.number().int().min(1),
  /** The one member who holds it. */
  memberId: z.number().int(),
});

export const gapsResponseSchema = z.object({
  targets: z.array(gapsTargetSchema),
  singlePoints: z.array(gapsSinglePointSchema),
});
export type GapsResponse = z.infer<typeof gapsResponseSchema>;
