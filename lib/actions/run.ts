// The one path every server action takes: parse (zod) → authenticate → one transaction (authorize per row,
// write, audit, evaluation snapshot) → revalidate. Returns { ok } or { ok: false, error, fieldErrors }.
// Every text in the answer is said in the actor's language (else the request's; English by default): validation
// messages are spoken while zod parses, AppErrors and success messages are Texts translated here.
import "server-only";
import { z } from "zod";
import { ja as zodJapanese } from "zod/locales";
import type { Tx } from "../db/client";
import type { CurrentUser } from "../auth/session";
import { AppError, loggableError, type ErrorCode, type FieldErrors } from "../errors";
import { noteDatabaseError } from "../db/health";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import { inLocale, text, translate, type Text } from "../i18n/text";
import { MESSAGES } from "../i18n/messages";
import { actionContext, revalidate } from "./context";

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ErrorCode; error: string; fieldErrors?: FieldErrors; detail?: unknown };

/** What a handler gets: the transaction, the actor, the parsed input, and the language the answer is said in. */
export type ActionScope<I> = { tx: Tx; actor: CurrentUser; input: I; locale: Locale };
export type ActionOutcome<T> = { data: T; revalidate?: readonly string[]; message?: Text };

/** zod's own messages (for checks a schema gives no message) in languages other than English. */
const ZOD_LOCALE: Partial<Record<Locale, z.core.$ZodErrorMap>> = { ja: zodJapanese().localeError };

/** A field's label for summaries: validation.fields.<key>, else the key itself. */
function labelOf(locale: Locale, key: string): string {
  const fields = MESSAGES[locale].validation.fields as Record<string, string>;
  return fields[key.split(".")[0]] ?? key;
}

/** zod issues as `path → first message`, e.g. `facility.computerRoomSites`. */
export function fieldErrorsOf(error: z.ZodError, locale: Locale = DEFAULT_LOCALE): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    // An unknown key is named as its own field, so the message points at what to remove.
    if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys)
        out[[...issue.path, k].map(String).join(".")] ??= translate(
          locale,
          text("validation.unknownField", { name: k }),
        );
      continue;
    }
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    out[key] ??= issue.message;
  }
  return out;
}

function summarize(fieldErrors: FieldErrors, locale: Locale): string {
  const keys = Object.keys(fieldErrors);
  if (keys.length === 1)
    return translate(
      locale,
      text("validation.summaryOne", { field: labelOf(locale, keys[0]), message: fieldErrors[keys[0]] }),
    );
  const names = keys.slice(0, 5).map((k) => labelOf(locale, k));
  return translate(
    locale,
    text("validation.summaryMany", {
      count: keys.length,
      fields: `${names.join(", ")}${keys.length > 5 ? ", …" : ""}`,
    }),
  );
}

/** The language to answer a refused input in: the actor's (or the request's), English when unknown. */
async function localeForAnswer(): Promise<Locale> {
  try {
    const { actor, locale } = await actionContext();
    return isLocale(actor?.locale) ? actor.locale : (locale ?? DEFAULT_LOCALE);
  } catch {
    return DEFAULT_LOCALE;
  }
}

/** The field errors of refused `raw`, every message said in `locale` (zod words its issues when they are read). */
function fieldErrorsIn(schema: z.ZodType, raw: unknown, locale: Locale): FieldErrors {
  const zodLocale = ZOD_LOCALE[locale];
  return inLocale(locale, () => {
    const parsed = schema.safeParse(raw, zodLocale ? { error: zodLocale } : undefined);
    return parsed.success ? {} : fieldErrorsOf(parsed.error, locale);
  });
}

export async function runAction<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  handler: (scope: ActionScope<z.output<S>>) => Promise<ActionOutcome<T>>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const locale = await localeForAnswer();
    const fieldErrors = fieldErrorsIn(schema, raw, locale);
    return { ok: false, code: "validation", error: summarize(fieldErrors, locale), fieldErrors };
  }
  let locale: Locale = DEFAULT_LOCALE;
  try {
    const context = await actionContext();
    const { db, actor } = context;
    locale = isLocale(actor?.locale) ? actor.locale : (context.locale ?? DEFAULT_LOCALE);
    if (!actor) return { ok: false, code: "unauthenticated", error: translate(locale, text("errors.sessionEnded")) };
    const input = parsed.data;
    const outcome = await db.transaction((tx) => handler({ tx, actor, input, locale }));
    if (outcome.revalidate?.length) revalidate(outcome.revalidate);
    return {
      ok: true,
      data: outcome.data,
      message: outcome.message === undefined ? undefined : translate(locale, outcome.message),
    };
  } catch (error) {
    if (error instanceof AppError)
      return {
        ok: false,
        code: error.code,
        ...error.in(locale),
        ...(error.detail === undefined ? {} : { detail: error.detail }),
      };
    // The server went away: the transaction did not commit, so nothing was saved.
    if (noteDatabaseError(error))
      return { ok: false, code: "unavailable", error: translate(locale, text("errors.unavailable")) };
    console.error(`levelboard: action failed: ${loggableError(error)}`);
    return { ok: false, code: "invalid_state", error: translate(locale, text("errors.unexpected")) };
  }
}
