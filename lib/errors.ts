// Typed errors that server actions and route handlers turn into clear answers (never a stack trace).
import { text, translate, type Text, type TextKey } from "./i18n/text";
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";

export const ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "validation",
  "invalid_state",
  "unavailable",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldErrors = Record<string, string>;
/** Field errors as an action raises them: words, or messages still to be said in the reader's language. */
export type FieldTexts = Record<string, Text>;

/**
 * An error a user can act on. Its message is a Text (a message key and values) that runAction says in the actor's
 * language; `message` (Error's) holds it in English, for route handlers (an API contract) and logs. A plain string
 * is kept as it is.
 */
export class AppError extends Error {
  readonly text: Text;
  readonly fieldTexts?: FieldTexts;
  constructor(
    readonly code: ErrorCode,
    message: Text,
    fieldErrors?: FieldTexts,
    /** Plain data the caller's screen needs besides the words (e.g. the grid's conflicting cells and their values). */
    readonly detail?: unknown,
  ) {
    super(translate(DEFAULT_LOCALE, message));
    this.name = "AppError";
    this.text = message;
    this.fieldTexts = fieldErrors;
  }

  /** The field errors in English (route handlers). */
  get fieldErrors(): FieldErrors | undefined {
    return this.fieldTexts && fieldErrorsIn(DEFAULT_LOCALE, this.fieldTexts);
  }

  /** The message and field errors in `locale`. */
  in(locale: Locale): { error: string; fieldErrors?: FieldErrors } {
    return {
      error: translate(locale, this.text),
      ...(this.fieldTexts ? { fieldErrors: fieldErrorsIn(locale, this.fieldTexts) } : {}),
    };
  }
}

export function fieldErrorsIn(locale: Locale, errors: FieldTexts): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, translate(locale, v)]));
}

export const unauthenticated = () => new AppError("unauthenticated", text("errors.sessionEnded"));
/** `what` the actor may not do, as a verb phrase ("errors.can.*"): "You are not allowed to {what}." */
export const forbidden = (what: Text = text("errors.can.doThis")) =>
  new AppError("forbidden", text("errors.forbidden", { what }));
/** `what` does not exist (or is outside the actor's scope), as a noun ("errors.things.*"). */
export const notFound = (what: Text = text("errors.things.record")) =>
  new AppError("not_found", text("errors.notFound", { what }));
/** A record kind (project, exam…) as the noun messages use: "errors.things.<entity>". */
export const thing = (entity: string): Text => text(`errors.things.${entity}` as TextKey);
/** A review state as a word ("draft", "下書き"). */
export const stateWord = (state: string): Text => text(`records.stateWord.${state}` as TextKey);
export const conflict = () => new AppError("conflict", text("errors.conflict"));
export const invalidState = (message: Text) => new AppError("invalid_state", message);
export const validation = (fieldErrors: FieldTexts, message: Text = text("errors.validation")) =>
  new AppError("validation", message, fieldErrors);

/** HTTP status for a route handler answering with an AppError. */
export function httpStatus(code: ErrorCode): number {
  return {
    unauthenticated: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    validation: 400,
    invalid_state: 409,
    unavailable: 503,
  }[code];
}

/**
 * An unexpected error as one log line: each error's name, code and message down its causes — never the parameters
 * drizzle appends to a failed query ("params: …", which may hold password hashes), nor a driver's row detail.
 */
/** A log line's word for an error without a message (logs are English: they are read by operators, not users). */
const NO_MESSAGE = "(no message)";

export function loggableError(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e !== undefined && e !== null && depth < 5; depth++) {
    const { name, code, message } = e as { name?: unknown; code?: unknown; message?: unknown };
    const text =
      typeof message === "string"
        ? message
            .split(/\n\s*params:/)[0]
            .replace(/\s+/g, " ")
            .trim()
        : typeof e === "string"
          ? e
          : NO_MESSAGE;
    const codeText = typeof code === "string" || typeof code === "number" ? ` [${code}]` : "";
    parts.push(`${typeof name === "string" ? name : "Error"}${codeText}: ${text}`);
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join(" ← ");
}
