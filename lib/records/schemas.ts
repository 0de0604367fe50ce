// zod schemas of a member's records, checked by the server actions; built from lib/validation.ts's pieces.
import { z } from "zod";
import { say, sayError, type TextKey } from "../i18n/text";
import {
  fieldLabel,
  idNumber,
  isoDateField,
  nameField,
  optionalDateField,
  requiredDateField,
  specialtyName,
  textField,
  type FieldKey,
} from "../validation";
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
import { FIELDS, MAX_LEVEL, skillItemsOf, specialtyKeysOf, type Field } from "../itss/fields";
import type { RecordEntity as StoredRecordEntity } from "../db/record-tables";

const specialtyFieldEnum = z.enum(FIELDS, sayError("validation.specialtyField"));

// Each kind has its table in lib/db/record-tables.ts (the `satisfies` keeps the two lists to the same names).
export const RECORD_ENTITIES = [
  "project",
  "specialty",
  "succession",
  "mentoring",
  "exam",
  "certification",
] as const satisfies readonly StoredRecordEntity[];
export type RecordEntity = (typeof RECORD_ENTITIES)[number];

export const ENTITY_LABEL: Record<RecordEntity, string> = {
  project: "project",
  specialty: "specialty area",
  succession: "expertise-succession achievement",
  mentoring: "mentoring record",
  exam: "exam",
  certification: "certification",
};

// The record actions take typed JSON from their forms: ids are numbers, never strings of digits.
const id = idNumber("record");
const memberId = idNumber("member");
const version = idNumber("version");
const text = (field: FieldKey, max: number) => textField(field, max);
const required = (field: FieldKey, max: number) => nameField(field, max);

/** YYYY-MM-DD that is a real calendar date. */
export const isoDate = isoDateField();
const optionalDate = optionalDateField;
const requiredDate = requiredDateField;

function dateOrder(ctx: z.RefinementCtx, from: string | null, to: string | null, path: string, message: TextKey) {
  if (from && to && to < from) ctx.addIssue({ code: "custom", path: [path], message: say(message) });
}

// ---- projects ----

const count = (field: FieldKey, max = 1_000_000) =>
  z
    .number(sayError("validation.number", { field: fieldLabel(field) }))
    .int(sayError("validation.wholeNumber", { field: fieldLabel(field) }))
    .min(0, sayError("validation.atLeast", { field: fieldLabel(field), min: 0 }))
    .max(max, sayError("validation.atMost", { field: fieldLabel(field), max }));

const projectShape = {
  memberId,
  field: specialtyFieldEnum,
  name: required("projectName", 200),
  customer: text("customer", 200).default(""),
  startDate: optionalDate("startDate"),
  endDate: optionalDate("endDate"),
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
  computerRoomSites: count("computerRoomSites").default(0),
  floorSpaceM2: z
    .number(sayError("validation.number", { field: fieldLabel("floorSpaceM2") }))
    .min(0, sayError("validation.atLeast", { field: fieldLabel("floorSpaceM2"), min: 0 }))
    .max(1e9, sayError("validation.atMost", { field: fieldLabel("floorSpaceM2"), max: 1e9 }))
    .default(0),
  networkSites: count("networkSites").default(0),
  description: text("description", 5000).default(""),
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
  const label = specialtyName(p.field);
  const allowed = COMPLEXITY_OF[p.field] as readonly string[];
  const bad = p.complexity.find((c) => !allowed.includes(c));
  if (bad !== undefined)
    ctx.addIssue({
      code: "custom",
      path: ["complexity"],
      message: say("records.errors.notCriterion", { value: bad, field: label }),
    });
  else if (new Set(p.complexity).size !== p.complexity.length)
    ctx.addIssue({ code: "custom", path: ["complexity"], message: say("records.errors.criterionTwice") });
  const areas = COMPONENT_AREAS[p.field] as readonly string[];
  if (p.componentArea !== null && !areas.includes(p.componentArea)) {
    ctx.addIssue({
      code: "custom",
      path: ["componentArea"],
      message: areas.length
        ? say("records.errors.notComponentArea", { value: p.componentArea, field: label })
        : say("records.errors.noComponentArea", { field: label }),
    });
  }
  if (p.field === "facility") {
    if (p.scope !== null)
      ctx.addIssue({
        code: "custom",
        path: ["scope"],
        message: say("records.errors.scopeForFacility"),
      });
    if (p.facilityScope === null)
      ctx.addIssue({ code: "custom", path: ["facilityScope"], message: say("records.errors.chooseFacilityScope") });
  } else {
    if (p.scope === null)
      ctx.addIssue({ code: "custom", path: ["scope"], message: say("records.errors.chooseScope", { field: label }) });
    if (p.facilityScope !== null)
      ctx.addIssue({
        code: "custom",
        path: ["facilityScope"],
        message: say("records.errors.notUsed", { field: label }),
      });
    for (const k of ["computerRoomSites", "floorSpaceM2", "networkSites"] as const) {
      if (p[k] !== 0)
        ctx.addIssue({ code: "custom", path: [k], message: say("records.errors.notUsed", { field: label }) });
    }
  }
  dateOrder(ctx, p.startDate, p.endDate, "endDate", "records.errors.endBeforeStart");
}

export const createProjectSchema = z.strictObject(projectShape).superRefine(checkProject);
export const updateProjectSchema = z.strictObject({ ...projectShape, id, version }).superRefine(checkProject);
export type ProjectInput = z.input<typeof createProjectSchema>;

// ---- professional contribution ----

export const saveSpecialtiesSchema = z
  .strictObject({ memberId, field: specialtyFieldEnum, areas: z.array(z.string().max(100)).max(30) })
  .superRefine((s, ctx) => {
    const keys = specialtyKeysOf(s.field);
    const bad = s.areas.find((a) => !keys.includes(a));
    if (bad !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["areas"],
        message: say("records.errors.notSpecialty", { value: bad, field: specialtyName(s.field) }),
      });
  });

const successionShape = {
  memberId,
  field: specialtyFieldEnum,
  kind: z.enum(SUCCESSION_KINDS, sayError("validation.choose", { field: fieldLabel("kind") })),
  title: required("title", 200),
  achievedOn: optionalDate("achievedOn"),
};
export const createSuccessionSchema = z.strictObject(successionShape);
export const updateSuccessionSchema = z.strictObject({ ...successionShape, id, version });

const mentoringShape = {
  memberId,
  field: specialtyFieldEnum,
  mentee: required("mentee", 200),
  fromDate: optionalDate("fromDate"),
  toDate: optionalDate("toDate"),
};
const mentoringOrder = (m: { fromDate: string | null; toDate: string | null }, ctx: z.RefinementCtx) =>
  dateOrder(ctx, m.fromDate, m.toDate, "toDate", "records.errors.mentoringEndBeforeStart");
export const createMentoringSchema = z.strictObject(mentoringShape).superRefine(mentoringOrder);
export const updateMentoringSchema = z.strictObject({ ...mentoringShape, id, version }).superRefine(mentoringOrder);

// ---- exams and certifications ----

const examShape = {
  memberId,
  exam: z.enum(EXAMS, sayError("validation.choose", { field: fieldLabel("exam") })),
  passedOn: requiredDate("passedOn"),
};
export const createExamSchema = z.strictObject(examShape);
export const updateExamSchema = z.strictObject({ ...examShape, id, version });

const certificationShape = {
  memberId,
  name: required("certificationName", 200),
  issuer: text("issuer", 200).default(""),
  obtainedOn: optionalDate("obtainedOn"),
  expiresOn: optionalDate("expiresOn"),
};
const certificationOrder = (c: { obtainedOn: string | null; expiresOn: string | null }, ctx: z.RefinementCtx) =>
  dateOrder(ctx, c.obtainedOn, c.expiresOn, "expiresOn", "records.errors.expiresBeforeObtained");
export const createCertificationSchema = z.strictObject(certificationShape).superRefine(certificationOrder);
export const updateCertificationSchema = z
  .strictObject({ ...certificationShape, id, version })
  .superRefine(certificationOrder);

// ---- skill assessment ----

export const setSkillRatingSchema = z
  .strictObject({
    memberId,
    field: specialtyFieldEnum,
    item: z.string().max(100),
    rater: z.enum(["self", "lead"]),
    /** null clears the rating */
    level: z
      .number(sayError("validation.choose", { field: fieldLabel("level") }))
      .int()
      .min(1)
      .max(6)
      .nullable(),
    /** the row's version, or null when the item was never assessed */
    version: version.nullable(),
  })
  .superRefine((s, ctx) => {
    if (!(skillItemsOf(s.field) as readonly string[]).includes(s.item)) {
      ctx.addIssue({
        code: "custom",
        path: ["item"],
        message: say("records.errors.notSkillItem", { value: s.item, field: specialtyName(s.field) }),
      });
    }
    if (s.level !== null && s.level > MAX_LEVEL[s.field]) {
      ctx.addIssue({
        code: "custom",
        path: ["level"],
        message: say("records.errors.levelMax", { field: specialtyName(s.field), max: MAX_LEVEL[s.field] }),
      });
    }
  });

/** At most this many cells in one save of the team rating grid (100 members × 7 items, with room). */
export const MAX_GRID_CELLS = 2000;

/**
 * The team rating grid's save: the lead ratings of the cells the lead changed, each with the version its row had
 * when the grid was loaded (null: no row then). Items and levels are checked against the field.
 */
export const saveRatingGridSchema = z
  .strictObject({
    field: specialtyFieldEnum,
    cells: z
      .array(
        z.strictObject({
          memberId,
          item: z.string().max(100),
          level: z
            .number(sayError("validation.choose", { field: fieldLabel("level") }))
            .int()
            .min(1)
            .max(6)
            .nullable(),
          version: version.nullable(),
        }),
      )
      .min(1)
      .max(MAX_GRID_CELLS),
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.cells.forEach((c, i) => {
      if (!(skillItemsOf(s.field) as readonly string[]).includes(c.item))
        ctx.addIssue({
          code: "custom",
          path: ["cells", i, "item"],
          message: say("records.errors.notSkillItem", { value: c.item, field: specialtyName(s.field) }),
        });
      if (c.level !== null && c.level > MAX_LEVEL[s.field])
        ctx.addIssue({
          code: "custom",
          path: ["cells", i, "level"],
          message: say("records.errors.levelMax", { field: specialtyName(s.field), max: MAX_LEVEL[s.field] }),
        });
      const key = `${c.memberId}:${c.item}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["cells", i], message: say("records.grid.twice") });
      seen.add(key);
    });
  });
export type SaveRatingGrid = z.output<typeof saveRatingGridSchema>;

// ---- review transitions (any record kind) ----

const entity = z.enum(RECORD_ENTITIES, sayError("validation.choose", { field: fieldLabel("entity") }));
export const recordRefSchema = z.strictObject({ entity, id, memberId, version });
export type RecordRef = z.infer<typeof recordRefSchema>;
export const rejectRecordSchema = z.strictObject({
  entity,
  id,
  memberId,
  version,
  comment: text("comment", 2000).min(1, sayError("records.errors.rejectWhy")),
});
export const approveRecordSchema = z.strictObject({
  entity,
  id,
  memberId,
  version,
  comment: text("comment", 2000).default(""),
});
const recordRefs = z
  .array(recordRefSchema)
  .min(1, sayError("records.errors.selectOne"))
  .max(200, sayError("validation.tooMany", { field: fieldLabel("record"), max: 200 }));
export const approveRecordsSchema = z.strictObject({ records: recordRefs });
/** The queue's bulk Reject: one comment for the selection, required (the members read it). */
export const rejectRecordsSchema = z.strictObject({
  records: recordRefs,
  comment: text("comment", 2000).min(1, sayError("records.errors.rejectWhy")),
});
