// The member routes of the read API (/api/v1/members, /{id}, /{id}/evaluation): the zod schemas their query is
// validated with and their responses are described by (the OpenAPI document is generated from these).
import { z } from "zod";
import { REVIEW_STATES } from "../db/schema";
import { FIELDS } from "../itss/fields";
import { MAX_ID } from "../validation";
import { queryLimit, queryOffset } from "../search-params/query";
import {
  EXAMS,
  FACILITY_SCOPES,
  PROJECT_ROLES,
  PROJECT_STATUSES,
  SCOPES,
  SUCCESSION_KINDS,
} from "../itss/record-options";

// ---------- shared pieces ----------

/** Every 4xx/5xx answer of the read API: a sentence naming the parameter at fault, with field errors for validation failures. */
export const apiErrorSchema = z.object({
  error: z.string().describe("What went wrong, as a sentence naming the parameter at fault"),
  fieldErrors: z.record(z.string(), z.string()).optional(),
});

const int = () => z.number().int();
const level = () => z.number().int().min(0);
const timestamp = () => z.iso.datetime({ offset: true });
const isoDate = () => z.iso.date();
const fieldSchema = z.enum(FIELDS);
const levelSourceSchema = z.enum(["kpi", "exam", "none"]);
const perField = <T extends z.ZodType>(schema: T) =>
  z.strictObject({ hardware: schema, software: schema, facility: schema });

/** The `{id}` path segment of /api/v1/members/{id}: a positive whole number that fits PostgreSQL's integer. */
export const memberIdParamsSchema = z.object({
  id: z
    .string()
    .regex(/^[1-9]\d{0,9}$/, "The member id must be a positive whole number.")
    .transform(Number)
    .refine((n) => n <= MAX_ID, "The member id must be a positive whole number."),
});

// ---------- GET /api/v1/members ----------

export const membersQuerySchema = z.object({ limit: queryLimit(), offset: queryOffset() });
export type MembersQuery = z.infer<typeof membersQuerySchema>;

/** A member's official level in one field, as the read model holds it. */
export const memberLevelSchema = z.strictObject({
  level: level(),
  source: levelSourceSchema,
  skillLevel: level().nullable(),
});

export const membersResponseSchema = z.strictObject({
  members: z.array(
    z.strictObject({
      id: int(),
      name: z.string(),
      teamId: int(),
      teamName: z.string(),
      archived: z.boolean(),
      levels: perField(memberLevelSchema),
    }),
  ),
  total: int().min(0),
  limit: int(),
  offset: int(),
});
export type MembersResponse = z.infer<typeof membersResponseSchema>;

// ---------- GET /api/v1/members/{id} ----------

const reviewColumns = {
  /** Who wrote the record (never its reviewer); null on rows older than that rule. */
  createdBy: int().nullable(),
  reviewState: z.enum(REVIEW_STATES),
  reviewComment: z.string().nullable(),
  reviewedBy: int().nullable(),
  reviewedAt: timestamp().nullable(),
  revisionOf: int().nullable(),
  supersededAt: timestamp().nullable(),
  version: int(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
};
const owned = { id: int(), memberId: int() };

export const projectRecordSchema = z.strictObject({
  ...owned,
  field: fieldSchema,
  name: z.string(),
  customer: z.string(),
  startDate: isoDate().nullable(),
  endDate: isoDate().nullable(),
  componentArea: z.string().nullable(),
  role: z.enum(PROJECT_ROLES),
  status: z.enum(PROJECT_STATUSES),
  successful: z.boolean(),
  complexity: z.array(z.string()),
  scope: z.enum(SCOPES).nullable(),
  facilityScope: z.enum(FACILITY_SCOPES).nullable(),
  computerRoomSites: int(),
  floorSpaceM2: z.number(),
  networkSites: int(),
  description: z.string(),
  ...reviewColumns,
});
export const specialtyRecordSchema = z.strictObject({
  ...owned,
  field: fieldSchema,
  area: z.string(),
  ...reviewColumns,
});
export const successionRecordSchema = z.strictObject({
  ...owned,
  field: fieldSchema,
  kind: z.enum(SUCCESSION_KINDS),
  title: z.string(),
  achievedOn: isoDate().nullable(),
  ...reviewColumns,
});
export const mentoringRecordSchema = z.strictObject({
  ...owned,
  field: fieldSchema,
  mentee: z.string(),
  fromDate: isoDate().nullable(),
  toDate: isoDate().nullable(),
  ...reviewColumns,
});
export const examRecordSchema = z.strictObject({
  ...owned,
  exam: z.enum(EXAMS),
  passedOn: isoDate().nullable(),
  ...reviewColumns,
});
export const certificationRecordSchema = z.strictObject({
  ...owned,
  name: z.string(),
  issuer: z.string(),
  obtainedOn: isoDate().nullable(),
  expiresOn: isoDate().nullable(),
  ...reviewColumns,
});
export const skillAssessmentRecordSchema = z.strictObject({
  ...owned,
  field: fieldSchema,
  item: z.string(),
  selfLevel: level().nullable(),
  selfAssessedOn: isoDate().nullable(),
  leadLevel: level().nullable(),
  leadAssessedOn: isoDate().nullable(),
  leadAssessorId: int().nullable(),
  version: int(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});

export const memberResponseSchema = z.strictObject({
  id: int(),
  name: z.string(),
  email: z.string().nullable(),
  jobTitle: z.string().nullable(),
  teamId: int(),
  teamName: z.string(),
  departmentId: int(),
  userId: int().nullable(),
  archivedAt: timestamp().nullable(),
  archived: z.boolean(),
  version: int(),
  /** Every record of the member, each kind ordered by id, with its review state. */
  records: z.strictObject({
    projects: z.array(projectRecordSchema),
    specialties: z.array(specialtyRecordSchema),
    successions: z.array(successionRecordSchema),
    mentorings: z.array(mentoringRecordSchema),
    exams: z.array(examRecordSchema),
    certifications: z.array(certificationRecordSchema),
    assessments: z.array(skillAssessmentRecordSchema),
  }),
});

// ---------- GET /api/v1/members/{id}/evaluation ----------

export const memberEvaluationQuerySchema = z.object({
  mode: z.enum(["official", "provisional"], { error: "mode must be official or provisional." }).default("official"),
});

/** What the next level still needs (the engine's Missing codes; docs/evaluation.md#5-the-path-to-the-next-level). */
export const missingSchema = z.discriminatedUnion("code", [
  z.strictObject({ code: z.literal("projects"), need: int(), have: int(), minLevel: level() }),
  z.strictObject({ code: z.literal("key_project"), level: level() }),
  z.strictObject({ code: z.literal("specialty"), level: level() }),
  z.strictObject({ code: z.literal("succession"), need: int(), have: int() }),
  z.strictObject({ code: z.literal("develops_subordinates") }),
]);

export const fieldEvaluationSchema = z.strictObject({
  level: level(),
  source: levelSourceSchema,
  kpiLevel: level(),
  examLevel: level(),
  skillLevel: level().nullable(),
  /** The projects that counted: index into the member's projects of this mode, and the level each reached. */
  projects: z.array(z.strictObject({ index: int().min(0), projectLevel: level() })),
  next: z.strictObject({ level: level(), missing: z.array(missingSchema) }).nullable(),
});

/** The evaluation in the CLI's JSON shape. */
export const memberEvaluationResponseSchema = z.strictObject({ fields: perField(fieldEvaluationSchema) });
