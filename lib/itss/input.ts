// The zod schema of a member's evidence JSON (docs/cli.md), with errors that name the path at fault.
import { z } from "zod";
import { FIELDS, MAX_LEVEL, skillItemsOf, specialtyKeysOf, type Field } from "./fields";
import {
  COMPLEXITY_OF, EXAMS, FACILITY_SCOPES, PROJECT_ROLES, PROJECT_STATUSES, SCOPES, SUCCESSION_KINDS,
} from "./record-options";
import type { Evidence } from "./types";

const count = z.number().int().nonnegative();

export const facilitySizeSchema = z.strictObject({
  scope: z.enum(FACILITY_SCOPES),
  computerRoomSites: count.default(0),
  floorSpaceM2: z.number().nonnegative().default(0),
  networkSites: count.default(0),
});

export const projectSchema = z
  .strictObject({
    field: z.enum(FIELDS),
    role: z.enum(PROJECT_ROLES),
    status: z.enum(PROJECT_STATUSES),
    successful: z.boolean().default(false),
    complexity: z.array(z.string()),
    scope: z.string().optional(), // checked by field below, so a facility project's stray scope is named as such
    facility: facilitySizeSchema.optional(),
  })
  .superRefine((p, ctx) => {
    const allowed = COMPLEXITY_OF[p.field] as readonly string[];
    p.complexity.forEach((c, i) => {
      if (!allowed.includes(c)) {
        ctx.addIssue({
          code: "custom",
          path: ["complexity", i],
          message: `${JSON.stringify(c)} is not a complexity criterion of ${p.field}; expected one of ${allowed.join(", ")}`,
        });
      }
    });
    if (p.field === "facility") {
      if (p.facility === undefined) {
        ctx.addIssue({ code: "custom", path: ["facility"], message: "required for a facility project" });
      }
      if (p.scope !== undefined) {
        ctx.addIssue({ code: "custom", path: ["scope"], message: "not allowed for a facility project (use facility.scope)" });
      }
    } else {
      if (p.scope === undefined) {
        ctx.addIssue({
          code: "custom",
          path: ["scope"],
          message: `required for a ${p.field} project: expected one of ${SCOPES.join(", ")}`,
        });
      } else if (!(SCOPES as readonly string[]).includes(p.scope)) {
        ctx.addIssue({ code: "custom", path: ["scope"], message: `expected one of ${SCOPES.join(", ")}` });
      }
      if (p.facility !== undefined) {
        ctx.addIssue({ code: "custom", path: ["facility"], message: `not allowed for a ${p.field} project (use scope)` });
      }
    }
  });

function professionalSchema(field: Field) {
  const keys = specialtyKeysOf(field);
  return z
    .strictObject({
      specialties: z.array(z.string()).default([]),
      succession: z.array(z.enum(SUCCESSION_KINDS)).default([]),
      mentoring: count.default(0),
    })
    .superRefine((p, ctx) => {
      p.specialties.forEach((k, i) => {
        if (!keys.includes(k)) {
          ctx.addIssue({
            code: "custom",
            path: ["specialties", i],
            message: `${JSON.stringify(k)} is not a specialty area of ${field}; expected one of ${keys.join(", ")}`,
          });
        }
      });
    });
}

function skillsSchema(field: Field) {
  const level = z.number().int().min(1).max(MAX_LEVEL[field]).nullable().optional();
  const rating = z.strictObject({ self: level, lead: level });
  const shape = Object.fromEntries(skillItemsOf(field).map((item) => [item, rating.optional()]));
  return z.strictObject(shape);
}

export const evidenceSchema = z.strictObject({
  projects: z.array(projectSchema),
  professional: z
    .strictObject({
      hardware: professionalSchema("hardware").optional(),
      software: professionalSchema("software").optional(),
      facility: professionalSchema("facility").optional(),
    })
    .optional(),
  exams: z.array(z.enum(EXAMS)).default([]),
  skills: z
    .strictObject({
      hardware: skillsSchema("hardware").optional(),
      software: skillsSchema("software").optional(),
      facility: skillsSchema("facility").optional(),
    })
    .optional(),
});

export type EvidenceError = { path: string; message: string };
export type ParseResult = { ok: true; evidence: Evidence } | { ok: false; errors: EvidenceError[] };

/** `["projects", 2, "scope"]` → `projects[2].scope`; the root is `(root)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || "(root)";
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function issueErrors(issue: z.core.$ZodIssue): EvidenceError[] {
  const path = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((k) => ({ path: formatPath([...issue.path, k]), message: "unknown key" }));
    case "invalid_value":
      return [{ path, message: `expected one of ${issue.values.map((v) => String(v)).join(", ")}` }];
    case "invalid_type": {
      if (input === undefined) {
        // a missing required key (JSON has no undefined values)
        return [{ path, message: `required (expected ${issue.expected === "int" ? "integer" : issue.expected})` }];
      }
      const expected = issue.expected === "int" ? "an integer" : issue.expected;
      return [{ path, message: `expected ${expected}, got ${describeType(input)}${typeof input === "number" ? ` ${input}` : ""}` }];
    }
    case "too_small":
      return [{ path, message: `must be ${issue.inclusive ? "at least" : "more than"} ${String(issue.minimum)}${typeof input === "number" ? `, got ${input}` : ""}` }];
    case "too_big":
      return [{ path, message: `must be ${issue.inclusive ? "at most" : "less than"} ${String(issue.maximum)}${typeof input === "number" ? `, got ${input}` : ""}` }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** Validate evidence JSON (already parsed) against the CLI contract. */
export function parseEvidence(json: unknown): ParseResult {
  const r = evidenceSchema.safeParse(json, { reportInput: true });
  if (r.success) return { ok: true, evidence: r.data as Evidence };
  return { ok: false, errors: r.error.issues.flatMap(issueErrors) };
}
