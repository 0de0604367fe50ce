// The staffing planner's URL: the need (as the API takes it), the scope, how many to show, and optionally the
// planned project — for the page, the need form and its links alike. The scope is read with the shared parsers
// (lib/search-params/scope.ts); the need keeps the API's strict zod checks, so every problem is a message naming its
// parameter (a hand-made staffing link is worth correcting, not silently widening).
import { createLoader } from "nuqs/server";
import { z } from "zod";
import { FIELDS, FIELD_LABEL, skillItemsOf, type Field } from "../itss/fields";
import { COMPLEXITY_OF, FACILITY_SCOPES, PROJECT_ROLES, SCOPES } from "../itss/record-options";
import { minLevelError, parseCriteria, parseSkillList, type PlannedProject, type StaffingNeed } from "../staffing/need";
import { queryId as id, whole } from "./query";
import { fromPickerValue, redirectLegacyScope, scopeOf, scopeParsers, type ScopeParams } from "./scope";
import type { SearchParams } from "./table";

/** The need's parameters, shared by the API and the planner page (which reads its scope with the shared parsers). */
export const needShape = {
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
};

export const staffingNeedShape = {
  ...needShape,
  teamId: id("teamId").optional(),
  departmentId: id("departmentId").optional(),
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

/** The planner shows at most this many candidates (growth fit runs the engine on each one shown). */
export const MAX_SHOWN = 100;
export const PAGE_STEP = 25;

const projectShape = {
  role: z.enum(PROJECT_ROLES, { error: "role must be member, leader or responsible" }).optional(),
  criteria: z.string().max(1000, "criteria is too long").optional(),
  serviceScope: z.enum(SCOPES, { error: `serviceScope must be one of ${SCOPES.join(", ")}` }).optional(),
  facilityScope: z.enum(FACILITY_SCOPES, { error: "facilityScope must be part or whole" }).optional(),
  rooms: whole("rooms", 0, 100_000).optional(),
  floor: z.coerce
    .number({ error: "floor must be a number of square metres" })
    .min(0, "floor must be 0 or more")
    .max(10_000_000, "floor must be at most 10000000")
    .optional(),
  sites: whole("sites", 0, 1_000_000).optional(),
};
const PROJECT_KEYS = Object.keys(projectShape) as (keyof typeof projectShape)[];

export const staffingPageSchema = z
  .object({
    ...needShape,
    limit: whole("limit", 1, MAX_SHOWN).default(PAGE_STEP),
    ...projectShape,
  })
  .superRefine((d, ctx) => {
    checkNeed(d, ctx);
    const given = PROJECT_KEYS.filter((k) => k !== "role" && d[k] !== undefined);
    if (!d.role && given.length)
      ctx.addIssue({
        code: "custom",
        path: ["role"],
        message: `role is required to describe the planned project (${given.join(", ")} given)`,
      });
    const criteria = parseCriteria(d.field, d.criteria);
    if (!criteria.ok)
      for (const message of criteria.errors) ctx.addIssue({ code: "custom", path: ["criteria"], message });
    const isFacility = d.field === "facility";
    if (isFacility && d.serviceScope)
      ctx.addIssue({
        code: "custom",
        path: ["serviceScope"],
        message: `serviceScope is for Hardware and Software projects; a ${FIELD_LABEL.facility} project gives facilityScope`,
      });
    if (!isFacility) {
      for (const k of ["facilityScope", "rooms", "floor", "sites"] as const) {
        if (d[k] !== undefined)
          ctx.addIssue({
            code: "custom",
            path: [k],
            message: `${k} is for ${FIELD_LABEL.facility} projects; a ${FIELD_LABEL[d.field]} project gives serviceScope`,
          });
      }
    }
  });

export type StaffingPageQuery =
  | { kind: "blank"; scope: ScopeParams }
  | { kind: "error"; messages: string[]; raw: Record<string, string>; scope: ScopeParams }
  | { kind: "ok"; need: StaffingNeed; project: PlannedProject | null; scope: ScopeParams; limit: number };

const SCOPE_KEYS = ["teamId", "departmentId", "limit"];
const loadScope = createLoader(scopeParsers);

/** Parses the planner's search params: blank (nothing asked yet), an error naming parameters, or the query. */
export function parseStaffingPage(sp: SearchParams): StaffingPageQuery {
  redirectLegacyScope("/staffing", sp);
  const raw = flatParams(sp);
  const scope = scopeOf(loadScope(sp));
  const asked = Object.keys(raw).some((k) => !SCOPE_KEYS.includes(k));
  if (!asked) return { kind: "blank", scope };
  const parsed = staffingPageSchema.safeParse(raw); // teamId and departmentId are not its keys: left out

  if (!parsed.success) return { kind: "error", messages: parsed.error.issues.map((i) => i.message), raw, scope };
  const d = parsed.data;
  return { kind: "ok", need: needOf(d), project: d.role ? projectOf(d.field, d) : null, scope, limit: d.limit };
}

/** What the need form holds (strings as typed); `scope` is the scope picker's value ("" = the reader's default). */
export type StaffingFormValues = {
  scope: string;
  field: Field;
  minLevel: string;
  skills: Partial<Record<string, string>>;
  role: string;
  criteria: string[];
  serviceScope: string;
  facilityScope: string;
  rooms: string;
  floor: string;
  sites: string;
};

// Item lists stay readable (technology:2,communication:3), as the API documents them.
const hrefOf = (pairs: [string, string][]) =>
  `/staffing?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%3A/g, ":").replace(/%2C/g, ",")}`).join("&")}`;

const scopePairs = (s: ScopeParams): [string, string][] =>
  s.teamId !== null
    ? [["teamId", String(s.teamId)]]
    : s.departmentId !== null
      ? [["departmentId", String(s.departmentId)]]
      : [];

/** The planner's link for a parsed query: scope (the default left out), need, planned project, how many to show. */
export function staffingHref(q: {
  scope: ScopeParams;
  need: StaffingNeed;
  project?: PlannedProject | null;
  limit?: number;
}): string {
  const pairs = scopePairs(q.scope);
  pairs.push(["field", q.need.field]);
  if (q.need.minLevel !== null) pairs.push(["minLevel", String(q.need.minLevel)]);
  if (q.need.skills.length) pairs.push(["skill", q.need.skills.map((s) => `${s.item}:${s.minLevel}`).join(",")]);
  const p = q.project;
  if (p) {
    pairs.push(["role", p.role]);
    if (p.complexity.length) pairs.push(["criteria", p.complexity.join(",")]);
    if (p.scope) pairs.push(["serviceScope", p.scope]);
    if (p.facility) {
      pairs.push(["facilityScope", p.facility.scope]);
      if (p.facility.computerRoomSites) pairs.push(["rooms", String(p.facility.computerRoomSites)]);
      if (p.facility.floorSpaceM2) pairs.push(["floor", String(p.facility.floorSpaceM2)]);
      if (p.facility.networkSites) pairs.push(["sites", String(p.facility.networkSites)]);
    }
  }
  if (q.limit !== undefined && q.limit !== PAGE_STEP) pairs.push(["limit", String(q.limit)]);
  return hrefOf(pairs);
}

/**
 * The need form's link (skills and criteria comma-joined in the standard's order, as the API takes them). The
 * reader's default scope is left out, so a shared link opens in the reader's own default scope.
 */
export function staffingFormHref(v: StaffingFormValues): string {
  const pairs = scopePairs(fromPickerValue(v.scope));
  pairs.push(["field", v.field]);
  if (v.minLevel) pairs.push(["minLevel", v.minLevel]);
  const skills = skillItemsOf(v.field)
    .filter((i) => v.skills[i])
    .map((i) => `${i}:${v.skills[i]}`);
  if (skills.length) pairs.push(["skill", skills.join(",")]);
  if (v.role) {
    pairs.push(["role", v.role]);
    const criteria = COMPLEXITY_OF[v.field].filter((c) => v.criteria.includes(c));
    if (criteria.length) pairs.push(["criteria", criteria.join(",")]);
    if (v.field === "facility") {
      if (v.facilityScope) pairs.push(["facilityScope", v.facilityScope]);
      for (const k of ["rooms", "floor", "sites"] as const) if (v[k] && Number(v[k]) !== 0) pairs.push([k, v[k]]);
    } else if (v.serviceScope) pairs.push(["serviceScope", v.serviceScope]);
  }
  return hrefOf(pairs);
}

function projectOf(field: Field, d: z.infer<typeof staffingPageSchema>): PlannedProject {
  const criteria = parseCriteria(field, d.criteria);
  const complexity = criteria.ok ? criteria.criteria : [];
  if (field === "facility") {
    return {
      role: d.role!,
      complexity,
      facility: {
        scope: d.facilityScope ?? "part",
        computerRoomSites: d.rooms ?? 0,
        floorSpaceM2: d.floor ?? 0,
        networkSites: d.sites ?? 0,
      },
    };
  }
  return d.serviceScope ? { role: d.role!, complexity, scope: d.serviceScope } : { role: d.role!, complexity };
}
