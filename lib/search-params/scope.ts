// What a view's URL may say about its scope (`?teamId=`, `?departmentId=`, `?scope=mine`), parsed with zod; the scope
// it resolves to, checked against the policy, is lib/views/scope.ts. Pure, so the views' own parameter modules can
// use it (they sit below the queries).
import { z } from "zod";

const id = z.coerce.number().int().positive().max(2_147_483_647);
/** What a view's URL may say about its scope; both ids at once is an error. */
export const scopeParamsSchema = z
  .object({
    teamId: id.optional(),
    departmentId: id.optional(),
    scope: z.enum(["mine"]).optional(),
  })
  .refine((p) => !(p.teamId && p.departmentId), { message: "give teamId or departmentId, not both", path: ["teamId"] });
export type ScopeParams = z.infer<typeof scopeParamsSchema>;
