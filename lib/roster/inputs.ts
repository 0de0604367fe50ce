// zod pieces shared by the roster's server actions and forms: ids, names, emails, versions — lengths capped.
import { z } from "zod";
import { FIELDS } from "../itss/fields";
import { ROLES } from "../db/schema";

/** A positive integer id; forms send it as a string of digits. */
export const idField = (label = "id") =>
  z
    .union(
      [
        z.number(),
        z
          .string()
          .trim()
          .regex(/^\d{1,9}$/, `Choose a valid ${label}.`)
          .transform(Number),
      ],
      { error: `Choose a valid ${label}.` },
    )
    .pipe(
      z
        .number({ error: `Choose a valid ${label}.` })
        .int(`Choose a valid ${label}.`)
        .positive(`Choose a valid ${label}.`)
        .max(2_147_483_647, `Choose a valid ${label}.`),
    );

/** An optional id: "" or null mean none; absent stays undefined (an edit leaves it unchanged). */
export const optionalIdField = (label: string) =>
  z.preprocess((v) => (v === "" ? null : v), idField(label).nullable().optional());

export const versionField = idField("version");

export const nameField = (what = "name") =>
  z
    .string({ error: `Enter a ${what}.` })
    .trim()
    .min(1, `Enter a ${what}.`)
    .max(200, `The ${what} may be at most 200 characters.`);

/** Optional short text; "" becomes null; absent stays undefined (an edit leaves it unchanged). */
export const optionalTextField = (what: string, max = 200) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z
      .string({ error: `The ${what} must be text.` })
      .trim()
      .max(max, `The ${what} may be at most ${max} characters.`)
      .nullable()
      .optional(),
  );

export const emailField = z
  .string({ error: "Enter an email address." })
  .trim()
  .max(254, "The email address may be at most 254 characters.")
  .toLowerCase()
  .pipe(z.email("Enter a valid email address, like name@example.com."));

export const optionalEmailField = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  emailField.nullable().optional(),
);

/** A team's specialty field; "" or "mixed" mean a mixed team (null). */
export const teamFieldField = z.preprocess(
  (v) => (v === "" || v === "mixed" || v === undefined ? null : v),
  z.enum(FIELDS, { error: "Choose Hardware, Software, Facility Management or mixed." }).nullable(),
);

export const roleField = z.enum(ROLES, { error: "Choose a role: admin, head, lead or member." });

export const passwordField = z
  .string({ error: "Enter a password." })
  .min(12, "The password needs at least 12 characters.")
  .max(200, "The password may be at most 200 characters.");

/** An id list (repeated form key or array), at most 50, duplicates removed. */
export const idListField = (label: string) =>
  z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z
      .array(idField(label))
      .max(50, `Choose at most 50 ${label}s.`)
      .transform((ids) => [...new Set(ids)]),
  );
