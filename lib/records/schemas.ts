// zod schemas of a member's records, shared by the forms (client-side hints) and the server actions (authoritative).
import { z } from "zod";
import { FIELD_LABEL, FIELDS, MAX_LEVEL, skillItemsOf, specialtyKeysOf, type Field } from "../itss/fields";
import {
  COMPLEXITY_OF,
  COMPONENT_AREAS,
  EXAMS,
  FACILITY_SCOPES,
  PROJECT_ROLES,
  PROJECT_STATUSES,
  SCOPES,
  SUCCESSION_KINDS,
} from "../itss/record-options";

export const RECORD_ENTITIES = ["project", "specialty", "succession", "mentoring", "exam", "certification"] as const;
export type RecordEntity = (typeof RECORD_ENTITIES)[number];

export const ENTITY_LABEL: Record<RecordEntity, string> = {
  project: "project",
  specialty: "specialty area",
  succession: "expertise-succession achievement",
  mentoring: "mentoring record",
  exam: "exam",
  certification: "certification",
};

const id = z.number({ error: "expected a record id" }).int().positive();
const version = z.number({ error: "expected the version you loaded" }).int().positive();
const text = (max: number) => z.string().trim().max(max, `at most ${max} characters`);
const required = (max: number, what: string) => text(max).min(1, `Enter ${what}`);

/** YYYY-MM-DD that is a real calendar date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "not a real date");
/** An optional date: absent, null or "" mean none. */
const optionalDate = z
  .preprocess((v) => (v === "" ? null : v), isoDate.nullable())
  .optional()
  .transform((v) => v ?? null);
const requiredDate = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .min(1, `Enter ${what}`)
    .pipe(isoDate);

function dateOrder(ctx: z.RefinementCtx, from: string | null, to: string | null, path: string, message: string) {
  if (from && to && to < from) ctx.addIssue({ code: "custom", path: [path], message });
}

// ---- projects ----

const count = (what: string) =>
  z
    .number({ error: `${what}: expected a number` })
    .int(`${what}: a whole number`)
    .min(0, "must not be negative")
    .max(1_000_000);

const projectShape = {
  memberId: id,
  field: z.enum(FIELDS),
  name: required(200, "the project's name"),
  customer: text(200).default(""),
  startDate: optionalDate,
  endDate: optionalDate,
  componentArea: z
    .string()
    .max(50)
    .nullable()
    .optional()
    .transform((v) => v || null),
  role: z.enum(PROJECT_ROLES),
  status: z.enum(PROJECT_STATUSES),
  successful: z.boolean().default(false),
  complexity: z.array(z.string().max(100)).max(20).default([]),
  scope: z
    .enum(SCOPES)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  facilityScope: z
    .enum(FACILITY_SCOPES)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  computerRoomSites: count("computer-room sites").default(0),
  floorSpaceM2: z
    .number({ error: "floor space: expected a number" })
    .min(0, "must not be negative")
    .max(1e9)
    .default(0),
  networkSites: count("network sites").default(0),
  description: text(5000).default(""),
};

type ProjectDraft = {
  field: Field;
  startDate: string | null;
  endDate: string | null;
  componentArea: string | null;
  complexity: string[];
  scope: string | null;
  facilityScope: string | null;
  computerRoomSites: number;
  floorSpaceM2: number;
  networkSites: number;
};

function checkProject(p: ProjectDraft, ctx: z.RefinementCtx) {
  const label = FIELD_LABEL[p.field];
  const allowed = COMPLEXITY_OF[p.field] as readonly string[];
  const bad = p.complexity.find((c) => !allowed.includes(c));
  if (bad !== undefined)
    ctx.addIssue({ code: "custom", path: ["complexity"], message: `${bad} is not a ${label} criterion` });
  else if (new Set(p.complexity).size !== p.complexity.length)
    ctx.addIssue({ code: "custom", path: ["complexity"], message: "a criterion is listed twice" });
  const areas = COMPONENT_AREAS[p.field] as readonly string[];
  if (p.componentArea !== null && !areas.includes(p.componentArea)) {
    ctx.addIssue({
      code: "custom",
      path: ["componentArea"],
      message: areas.length
        ? `${p.componentArea} is not a ${label} component area`
        : `${label} projects have no IT component area`,
    });
  }
  if (p.field === "facility") {
    if (p.scope !== null)
      ctx.addIssue({
        code: "custom",
        path: ["scope"],
        message: "not used for a Facility Management project (use the facility scope)",
      });
    if (p.facilityScope === null)
      ctx.addIssue({ code: "custom", path: ["facilityScope"], message: "Choose the facility scope" });
  } else {
    if (p.scope === null)
      ctx.addIssue({ code: "custom", path: ["scope"], message: `Choose the service scope of the ${label} project` });
    if (p.facilityScope !== null)
      ctx.addIssue({ code: "custom", path: ["facilityScope"], message: `not used for a ${label} project` });
    for (const k of ["computerRoomSites", "floorSpaceM2", "networkSites"] as const) {
      if (p[k] !== 0) ctx.addIssue({ code: "custom", path: [k], message: `not used for a ${label} project` });
    }
  }
  dateOrder(ctx, p.startDate, p.endDate, "endDate", "The end date is before the start date");
}

export const createProjectSchema = z.strictObject(projectShape).superRefine(checkProject);
export const updateProjectSchema = z.strictObject({ ...projectShape, id, version }).superRefine(checkProject);
export type ProjectInput = z.input<typeof createProjectSchema>;

// ---- professional contribution ----

export const saveSpecialtiesSchema = z
  .strictObject({ memberId: id, field: z.enum(FIELDS), areas: z.array(z.string().max(100)).max(30) })
  .superRefine((s, ctx) => {
    const keys = specialtyKeysOf(s.field);
    const bad = s.areas.find((a) => !keys.includes(a));
    if (bad !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["areas"],
        message: `${bad} is not a ${FIELD_LABEL[s.field]} specialty area`,
      });
  });

const successionShape = {
  memberId: id,
  field: z.enum(FIELDS),
  kind: z.enum(SUCCESSION_KINDS),
  title: required(200, "a title"),
  achievedOn: optionalDate,
};
export const createSuccessionSchema = z.strictObject(successionShape);
export const updateSuccessionSchema = z.strictObject({ ...successionShape, id, version });

const mentoringShape = {
  memberId: id,
  field: z.enum(FIELDS),
  mentee: required(200, "the mentee's name"),
  fromDate: optionalDate,
  toDate: optionalDate,
};
const mentoringOrder = (m: { fromDate: string | null; toDate: string | null }, ctx: z.RefinementCtx) =>
  dateOrder(ctx, m.fromDate, m.toDate, "toDate", "The end of the mentoring is before its start");
export const createMentoringSchema = z.strictObject(mentoringShape).superRefine(mentoringOrder);
export const updateMentoringSchema = z.strictObject({ ...mentoringShape, id, version }).superRefine(mentoringOrder);

// ---- exams and certifications ----

const examShape = { memberId: id, exam: z.enum(EXAMS), passedOn: requiredDate("the date passed") };
export const createExamSchema = z.strictObject(examShape);
export const updateExamSchema = z.strictObject({ ...examShape, id, version });

const certificationShape = {
  memberId: id,
  name: required(200, "the certification's name"),
  issuer: text(200).default(""),
  obtainedOn: optionalDate,
  expiresOn: optionalDate,
};
const certificationOrder = (c: { obtainedOn: string | null; expiresOn: string | null }, ctx: z.RefinementCtx) =>
  dateOrder(ctx, c.obtainedOn, c.expiresOn, "expiresOn", "The expiry date is before the date obtained");
export const createCertificationSchema = z.strictObject(certificationShape).superRefine(certificationOrder);
export const updateCertificationSchema = z
  .strictObject({ ...certificationShape, id, version })
  .superRefine(certificationOrder);

// ---- skill assessment ----

export const setSkillRatingSchema = z
  .strictObject({
    memberId: id,
    field: z.enum(FIELDS),
    item: z.string().max(100),
    rater: z.enum(["self", "lead"]),
    /** null clears the rating */
    level: z.number({ error: "Choose a level" }).int().min(1).max(6).nullable(),
    /** the row's version, or null when the item was never assessed */
    version: version.nullable(),
  })
  .superRefine((s, ctx) => {
    if (!(skillItemsOf(s.field) as readonly string[]).includes(s.item)) {
      ctx.addIssue({
        code: "custom",
        path: ["item"],
        message: `${s.item} is not a ${FIELD_LABEL[s.field]} skill item`,
      });
    }
    if (s.level !== null && s.level > MAX_LEVEL[s.field]) {
      ctx.addIssue({
        code: "custom",
        path: ["level"],
        message: `${FIELD_LABEL[s.field]} levels go up to ${MAX_LEVEL[s.field]}`,
      });
    }
  });

// ---- review transitions (any record kind) ----

export const recordRefSchema = z.strictObject({ entity: z.enum(RECORD_ENTITIES), id, memberId: id, version });
export type RecordRef = z.infer<typeof recordRefSchema>;
export const rejectRecordSchema = z.strictObject({
  entity: z.enum(RECORD_ENTITIES),
  id,
  memberId: id,
  version,
  comment: text(2000).min(1, "Say why the record is rejected, so the member can fix it"),
});
export const approveRecordSchema = z.strictObject({
  entity: z.enum(RECORD_ENTITIES),
  id,
  memberId: id,
  version,
  comment: text(2000).default(""),
});
export const approveRecordsSchema = z.strictObject({
  records: z.array(recordRefSchema).min(1, "Select at least one record").max(200),
});
