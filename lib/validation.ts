// The one set of validators every boundary uses (server actions, forms, route segments, CSV imports): ids, ISO dates,
// emails, names and free text. Text fields refuse what PostgreSQL cannot store (NUL, a lone UTF-16 surrogate) with a
// message naming the field, instead of failing in the database. Messages are message keys (validation.*) said in
// the parse's language (lib/i18n/text.ts); a field's label comes from validation.fields.
import { z } from "zod";
import { sayError, text, type Text } from "./i18n/text";
import type { Messages } from "./i18n/messages";
import { FIELDS, type Field } from "./itss/fields";
import { ROLES } from "./db/schema";
import { MAX_ID, isStorable } from "./limits";

export { MAX_ID, MAX_OFFSET, isStorable, withoutUnstorable } from "./limits";

/** One limit for email addresses everywhere (forms, CSV imports, sign-in): RFC 5321's path limit. */
export const EMAIL_MAX = 254;
/** Names (people, teams, departments, records' titles). */
export const NAME_MAX = 200;
export const PASSWORD_MIN = 12;

/** A field's label, as validation.fields names it ("teamName" → "team name" / "チーム名"). */
export type FieldKey = keyof Messages["validation"]["fields"];
export const fieldLabel = (field: FieldKey): Text => text(`validation.fields.${field}`);
/** An ITSS specialty field's name: Hardware / ハードウェア. */
export const specialtyName = (field: Field): Text => text(`validation.specialties.${field}`);

// ---------- ids ----------

const ID_DIGITS = /^[1-9]\d{0,9}$/;

/** A route segment or form value as an id: a positive whole number that fits PostgreSQL's integer, else null. */
export function parseRouteId(raw: string): number | null {
  return ID_DIGITS.test(raw) && Number(raw) <= MAX_ID ? Number(raw) : null;
}

/** A positive integer id, 1..MAX_ID, as a number (typed input: the record actions' JSON). */
export const idNumber = (field: FieldKey = "id") => {
  const message = sayError("validation.id", { field: fieldLabel(field) });
  return z.number(message).int(message).positive(message).max(MAX_ID, message);
};

/** The same id from a form: a number, or a string of digits as a form posts it. */
export const idField = (field: FieldKey = "id") => {
  const message = sayError("validation.id", { field: fieldLabel(field) });
  return z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,10}$/, message)
          .transform(Number),
      ],
      message,
    )
    .pipe(idNumber(field));
};

/** An optional id: "" or null mean none; absent stays undefined (an edit leaves it unchanged). */
export const optionalIdField = (field: FieldKey) =>
  z.preprocess((v) => (v === "" ? null : v), idField(field).nullable().optional());

/** The version of a row the form loaded (optimistic locking). */
export const versionField = idField("version");

/** An id list (repeated form key or array), at most `max`, duplicates removed. */
export const idListField = (field: FieldKey, max = 50) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(idField(field))
      .max(max, sayError("validation.tooMany", { field: fieldLabel(field), max }))
      .transform((ids) => [...new Set(ids)]),
  );

// ---------- text ----------

/** Any text field: trimmed, at most `max` characters, storable. Empty allowed (add .min for required). */
export const textField = (field: FieldKey, max: number) =>
  z
    .string(sayError("validation.text", { field: fieldLabel(field) }))
    .trim()
    .max(max, sayError("validation.tooLong", { field: fieldLabel(field), max }))
    .refine(isStorable, sayError("validation.unstorable", { field: fieldLabel(field) }));

/** A required name or title: 1..max characters after trimming. */
export const nameField = (field: FieldKey = "name", max = NAME_MAX) =>
  z
    .string(sayError("validation.required", { field: fieldLabel(field) }))
    .trim()
    .min(1, sayError("validation.required", { field: fieldLabel(field) }))
    .max(max, sayError("validation.tooLong", { field: fieldLabel(field), max }))
    .refine(isStorable, sayError("validation.unstorable", { field: fieldLabel(field) }));

/** Optional short text; "" becomes null; absent stays undefined (an edit leaves it unchanged). */
export const optionalTextField = (field: FieldKey, max = NAME_MAX) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    textField(field, max).nullable().optional(),
  );

// ---------- emails ----------

export const emailField = z
  .string(sayError("validation.emailRequired"))
  .trim()
  .min(1, sayError("validation.emailRequired"))
  .max(EMAIL_MAX, sayError("validation.tooLong", { field: fieldLabel("email"), max: EMAIL_MAX }))
  .toLowerCase()
  .pipe(z.email(sayError("validation.emailInvalid")));

export const optionalEmailField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  emailField.nullable().optional(),
);

/** True for an address emailField accepts (CSV imports check cells with it). */
export const isEmail = (s: string): boolean => emailField.safeParse(s).success;

// ---------- passwords ----------

export const passwordField = z
  .string(sayError("validation.passwordRequired"))
  .min(PASSWORD_MIN, sayError("validation.passwordTooShort", { min: PASSWORD_MIN }))
  .max(NAME_MAX, sayError("validation.tooLong", { field: fieldLabel("password"), max: NAME_MAX }));

// ---------- dates ----------

/** True for YYYY-MM-DD that is a real calendar date. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A calendar date as YYYY-MM-DD. */
export const isoDateField = (field: FieldKey = "date") =>
  z
    .string(sayError("validation.dateFormat", { field: fieldLabel(field) }))
    .regex(/^\d{4}-\d{2}-\d{2}$/, sayError("validation.dateFormat", { field: fieldLabel(field) }))
    .refine(isIsoDate, sayError("validation.dateInvalid", { field: fieldLabel(field) }));

/** An optional date: absent, null or "" mean none (→ null). */
export const optionalDateField = (field: FieldKey) =>
  z
    .preprocess((v) => (v === "" ? null : v), isoDateField(field).nullable())
    .optional()
    .transform((v) => v ?? null);

/** A required date. */
export const requiredDateField = (field: FieldKey) =>
  z
    .string(sayError("validation.required", { field: fieldLabel(field) }))
    .min(1, sayError("validation.required", { field: fieldLabel(field) }))
    .pipe(isoDateField(field));

// ---------- the roster's choices ----------

/** A team's specialty field; "" or "mixed" mean a mixed team (null). */
export const teamFieldField = z.preprocess(
  (v) => (v === "" || v === "mixed" || v === undefined ? null : v),
  z.enum(FIELDS, sayError("validation.teamField")).nullable(),
);

export const roleField = z.enum(ROLES, sayError("validation.role"));
