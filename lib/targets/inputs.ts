// zod schemas of the target actions and their forms: owner (team or department), field, kind, skill item, levels.
// Every rule names the field at fault: minLevel within 1..the field's highest, skillItem only (and always) for
// kind skill and one of the field's 7 items, minCount 1..MAX_TARGET_COUNT.
import { z } from "zod";
import { FIELDS, MAX_LEVEL, skillItemsOf } from "../itss/fields";
import { fieldLabel, idField, specialtyName, versionField, type FieldKey } from "../validation";
import { say, sayError } from "../i18n/text";

/** No team or department needs more than this many members at a level; larger numbers are typing mistakes. */
export const MAX_TARGET_COUNT = 10_000;
/** Targets one team or department may carry: a page of them stays readable. */
export const MAX_TARGETS_PER_OWNER = 50;

const whole = (field: FieldKey, min: number, max: number) =>
  z.preprocess(
    (v) =>
      typeof v === "string" && v.trim() !== "" && /^-?\d+$/.test(v.trim())
        ? Number(v.trim())
        : v === ""
          ? undefined
          : v,
    z
      .number(sayError("validation.wholeNumber", { field: fieldLabel(field) }))
      .int(sayError("validation.wholeNumber", { field: fieldLabel(field) }))
      .min(min, sayError("validation.atLeast", { field: fieldLabel(field), min }))
      .max(max, sayError("validation.atMost", { field: fieldLabel(field), max })),
  );

const optionalId = (label: FieldKey) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), idField(label).optional());
const skillItemInput = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z
    .string(sayError("validation.choose", { field: fieldLabel("skillItem") }))
    .max(100, sayError("validation.choose", { field: fieldLabel("skillItem") }))
    .optional(),
);

const body = {
  field: z.enum(FIELDS, sayError("validation.specialtyField")),
  kind: z.enum(["level", "skill"], sayError("forms.target.errors.kind")),
  skillItem: skillItemInput,
  // The field's own bound is checked below, once the field is known.
  minLevel: whole("minLevel", 1, 99),
  minCount: whole("minCount", 1, MAX_TARGET_COUNT),
};

type Body = {
  field: (typeof FIELDS)[number];
  kind: "level" | "skill";
  skillItem?: string;
  minLevel: number;
  minCount: number;
};

function checkBody(t: Body, ctx: z.RefinementCtx) {
  if (t.minLevel > MAX_LEVEL[t.field]) {
    ctx.addIssue({
      code: "custom",
      path: ["minLevel"],
      message: say("forms.target.errors.levelMax", { field: specialtyName(t.field), max: MAX_LEVEL[t.field] }),
    });
  }
  if (t.kind === "skill") {
    if (t.skillItem === undefined)
      ctx.addIssue({ code: "custom", path: ["skillItem"], message: say("forms.target.errors.skillItemMissing") });
    else if (!(skillItemsOf(t.field) as readonly string[]).includes(t.skillItem)) {
      ctx.addIssue({
        code: "custom",
        path: ["skillItem"],
        message: say("forms.target.errors.skillItemOfField", { field: specialtyName(t.field) }),
      });
    }
  } else if (t.skillItem !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["skillItem"],
      message: say("forms.target.errors.skillItemUnused"),
    });
  }
}

export const createTargetSchema = z
  .strictObject({ teamId: optionalId("team"), departmentId: optionalId("department"), ...body })
  .superRefine((t, ctx) => {
    if ((t.teamId === undefined) === (t.departmentId === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["teamId"],
        message: say("forms.target.errors.owner"),
      });
    }
    checkBody(t, ctx);
  });

export const updateTargetSchema = z
  .strictObject({ id: idField("target"), version: versionField, ...body })
  .superRefine(checkBody);

export const deleteTargetSchema = z.strictObject({ id: idField("target"), version: versionField });

export type CreateTargetInput = z.output<typeof createTargetSchema>;
export type UpdateTargetInput = z.output<typeof updateTargetSchema>;
