// zod schemas of the target actions and their forms: owner (team or department), field, kind, skill item, levels.
// Every rule names the field at fault: minLevel within 1..the field's highest, skillItem only (and always) for
// kind skill and one of the field's 7 items, minCount 1..MAX_TARGET_COUNT.
import { z } from "zod";
import { FIELDS, FIELD_LABEL, MAX_LEVEL, skillItemsOf } from "../itss/fields";
import { idField, versionField } from "../roster/inputs";

/** No team or department needs more than this many members at a level; larger numbers are typing mistakes. */
export const MAX_TARGET_COUNT = 10_000;
/** Targets one team or department may carry: a page of them stays readable. */
export const MAX_TARGETS_PER_OWNER = 50;

const whole = (what: string, min: number, max: number) =>
  z.preprocess(
    (v) =>
      typeof v === "string" && v.trim() !== "" && /^-?\d+$/.test(v.trim())
        ? Number(v.trim())
        : v === ""
          ? undefined
          : v,
    z
      .number({ error: `Enter the ${what} as a whole number.` })
      .int(`Enter the ${what} as a whole number.`)
      .min(min, `The ${what} must be at least ${min}.`)
      .max(max, `The ${what} may be at most ${max}.`),
  );

const optionalId = (label: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), idField(label).optional());
const skillItemInput = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z.string({ error: "Choose a skill item." }).max(100, "Choose a skill item of the field.").optional(),
);

const body = {
  field: z.enum(FIELDS, { error: "Choose Hardware, Software or Facility Management." }),
  kind: z.enum(["level", "skill"], { error: "Choose a level target or a skill target." }),
  skillItem: skillItemInput,
  // The field's own bound is checked below, once the field is known.
  minLevel: whole("minimum level", 1, 99),
  minCount: whole("number of members", 1, MAX_TARGET_COUNT),
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
      message: `${FIELD_LABEL[t.field]} levels go up to ${MAX_LEVEL[t.field]}.`,
    });
  }
  if (t.kind === "skill") {
    if (t.skillItem === undefined)
      ctx.addIssue({ code: "custom", path: ["skillItem"], message: "Choose the skill item a skill target counts." });
    else if (!(skillItemsOf(t.field) as readonly string[]).includes(t.skillItem)) {
      ctx.addIssue({
        code: "custom",
        path: ["skillItem"],
        message: `Choose one of the 7 ${FIELD_LABEL[t.field]} skill items.`,
      });
    }
  } else if (t.skillItem !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["skillItem"],
      message: "A level target counts levels, not a skill item: leave the skill item empty.",
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
        message: "A target belongs to one team or to one department: choose one.",
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
