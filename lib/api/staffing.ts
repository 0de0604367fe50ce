// GET /api/v1/staffing: its query (the need, the scope, a page) and its response, as zod schemas the route validates
// with and the OpenAPI document is generated from. The planner page parses its URL with the same need checks.
import { z } from "zod";
import { ALL_SKILL_ITEMS, FIELDS, type Field } from "../itss/fields";
import { minLevelError, parseSkillList, type StaffingNeed } from "../staffing/need";

export const whole = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(min, `${name} must be at least ${min}`)
    .max(max, `${name} must be at most ${max}`);

const id = (name: string) => whole(name, 1, 2_147_483_647);

/** The need's parameters, shared by the API and the planner page. */
export const staffingNeedShape = {
  field: z.enum(FIELDS, {
    error: (issue) =>
      issue.input === undefined
        ? "field is required: hardware, software or facility"
        : "field must be hardware, software or facility",
  }),
  minLevel: whole("minLevel", 1, 99)
    .optional()
    .describe("1 to the field's highest level (5 for hardware and software, 6 for facility)"),
  skill: z
    .string()
    .max(1000, "skill is too long")
    .optional()
    .describe("Comma-separated item:minimumProficiency, e.g. technology:3,communication:2 (the field's 7 skill items)"),
  teamId: id("teamId").optional(),
  departmentId: id("departmentId").optional(),
  scope: z.enum(["mine"], { error: "scope must be mine (the teams you lead)" }).optional(),
};

type NeedInput = { field: Field; minLevel?: number; skill?: string; teamId?: number; departmentId?: number };

/** Checks that need the field: minLevel within the field's levels, the skill list, one scope id at most. */
export function checkNeed(data: NeedInput, ctx: z.RefinementCtx): void {
  if (data.teamId && data.departmentId)
    ctx.addIssue({ code: "custom", path: ["teamId"], message: "give teamId or departmentId, not both" });
  const levelError = minLevelError(data.field, data.minLevel);
  if (levelError) ctx.addIssue({ code: "custom", path: ["minLevel"], message: levelError });
  const skills = parseSkillList(data.field, data.skill);
  if (!skills.ok) for (const message of skills.errors) ctx.addIssue({ code: "custom", path: ["skill"], message });
}

export const staffingQuerySchema = z
  .object({
    ...staffingNeedShape,
    limit: whole("limit", 1, 500).default(100),
    offset: whole("offset", 0, 1_000_000).default(0),
  })
  .superRefine(checkNeed);
export type StaffingQuery = z.infer<typeof staffingQuerySchema>;

/** The checked query as a need (call after a successful parse). */
export function needOf(q: NeedInput): StaffingNeed {
  const skills = parseSkillList(q.field, q.skill);
  return { field: q.field, minLevel: q.minLevel ?? null, skills: skills.ok ? skills.skills : [] };
}

/**
 * URL parameters as the schemas take them: list parameters (skill, criteria) given several times are joined
 * with commas, others take their first value, and empty values count as not given.
 */
export function flatParams(
  input: URLSearchParams | Record<string, string | string[] | undefined>,
  lists: readonly string[] = ["skill", "criteria"],
): Record<string, string> {
  const entries: [string, string[]][] =
    input instanceof URLSearchParams
      ? [...new Set(input.keys())].map((k) => [k, input.getAll(k)])
      : Object.entries(input).map(([k, v]) => [k, v === undefined ? [] : Array.isArray(v) ? v : [v]]);
  const out: Record<string, string> = {};
  for (const [k, values] of entries) {
    const given = values.filter((v) => v.trim() !== "");
    if (!given.length) continue;
    out[k] = lists.includes(k) ? given.join(",") : given[0];
  }
  return out;
}

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
