// zod schemas of the assessment rounds' actions (docs/rounds.md): starting a round and the quick update.
import { z } from "zod";
import { sayError } from "../i18n/text";
import { addDays, addMonths } from "../itss/currency";
import { FIELDS, MAX_LEVEL, skillItemsOf } from "../itss/fields";
import { fieldLabel, idField, idNumber, optionalTextField, requiredDateField } from "../validation";

export const ROUND_MESSAGE_MAX = 2000;

/** Today as YYYY-MM-DD (UTC, as every date the app writes). */
export const todayIso = (now: Date = new Date()) => now.toISOString().slice(0, 10);

/** A round's due date: after today and at most a year ahead. */
const dueOnField = requiredDateField("dueOn")
  .refine((d) => d > todayIso(), sayError("validation.rounds.dueAfterToday"))
  .refine((d) => d <= addMonths(todayIso(), 12), sayError("validation.rounds.dueWithinYear"));

export const startRoundSchema = z
  .strictObject({
    scope: z.enum(["team", "department", "organisation"], sayError("validation.rounds.scope")),
    teamId: z.preprocess((v) => (v === "" ? undefined : v), idField("team").optional()),
    departmentId: z.preprocess((v) => (v === "" ? undefined : v), idField("department").optional()),
    dueOn: dueOnField,
    message: optionalTextField("message", ROUND_MESSAGE_MAX),
  })
  .superRefine((s, ctx) => {
    if (s.scope === "team" && s.teamId === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["teamId"],
        message: sayError("validation.id", { field: fieldLabel("team") }).error(),
      });
    if (s.scope === "department" && s.departmentId === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["departmentId"],
        message: sayError("validation.id", { field: fieldLabel("department") }).error(),
      });
  });
export type StartRoundInput = z.input<typeof startRoundSchema>;

/** One item of the quick update: the level chosen, whether "still accurate" was ticked, the version loaded. */
const quickItem = z.strictObject({
  item: z.string().max(100),
  level: z
    .number(sayError("validation.choose", { field: fieldLabel("level") }))
    .int()
    .min(1)
    .max(6)
    .nullable(),
  confirmed: z.boolean().default(false),
  /** the row's version, or null when the item was never assessed */
  version: idNumber("version").nullable(),
});

export const quickUpdateSchema = z
  .strictObject({
    memberId: idNumber("member"),
    field: z.enum(FIELDS, sayError("validation.specialtyField")),
    rater: z.enum(["self", "lead"]),
    items: z.array(quickItem).min(1).max(7),
  })
  .superRefine((s, ctx) => {
    const known = skillItemsOf(s.field) as readonly string[];
    const seen = new Set<string>();
    s.items.forEach((it, i) => {
      if (!known.includes(it.item) || seen.has(it.item))
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "item"],
          message: sayError("validation.rounds.item").error(),
        });
      seen.add(it.item);
      if (it.level !== null && it.level > MAX_LEVEL[s.field])
        ctx.addIssue({
          code: "custom",
          path: ["items", i, "level"],
          message: sayError("validation.atMost", { field: fieldLabel("level"), max: MAX_LEVEL[s.field] }).error(),
        });
    });
  });
export type QuickUpdateInput = z.input<typeof quickUpdateSchema>;

/** Reminders go out this many days before a round's due date, and on it. */
export const REMINDER_DAYS_BEFORE = 7;
export const reminderDay = (dueOn: string) => addDays(dueOn, -REMINDER_DAYS_BEFORE);
