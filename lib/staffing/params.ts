// The staffing planner's URL: the need (as the API takes it), the scope, how many to show, and optionally the
// planned project. Parsed with zod on the server; every problem is a message naming its parameter.
import { z } from "zod";
import { FIELD_LABEL, type Field } from "../itss/fields";
import { FACILITY_SCOPES, PROJECT_ROLES, SCOPES } from "../itss/record-options";
import { checkNeed, flatParams, needOf, staffingNeedShape, whole } from "./need-params";
import type { ScopeParams } from "../search-params/scope";
import { parseCriteria, type PlannedProject, type StaffingNeed } from "./need";

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
    ...staffingNeedShape,
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
  | { kind: "error"; messages: string[]; raw: Record<string, string> }
  | { kind: "ok"; need: StaffingNeed; project: PlannedProject | null; scope: ScopeParams; limit: number };

const SCOPE_KEYS = ["teamId", "departmentId", "scope", "limit"];

/** Parses the planner's search params: blank (nothing asked yet), an error naming parameters, or the query. */
export function parseStaffingPage(sp: Record<string, string | string[] | undefined>): StaffingPageQuery {
  const raw = flatParams(sp);
  const asked = Object.keys(raw).some((k) => !SCOPE_KEYS.includes(k));
  const parsed = staffingPageSchema.safeParse(raw);
  if (!asked) {
    const scopeOnly = staffingPageSchema.safeParse({ ...raw, field: "hardware" });
    if (scopeOnly.success) {
      const { teamId, departmentId, scope } = scopeOnly.data;
      return { kind: "blank", scope: { teamId, departmentId, scope } };
    }
  }
  if (!parsed.success) return { kind: "error", messages: parsed.error.issues.map((i) => i.message), raw };
  const d = parsed.data;
  return {
    kind: "ok",
    need: needOf(d),
    project: d.role ? projectOf(d.field, d) : null,
    scope: { teamId: d.teamId, departmentId: d.departmentId, scope: d.scope },
    limit: d.limit,
  };
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
