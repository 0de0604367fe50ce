// Typed errors that server actions and route handlers turn into clear answers (never a stack trace).
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

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError("unauthenticated", "Your session has ended. Sign in again.");
export const forbidden = (what = "do this") => new AppError("forbidden", `You are not allowed to ${what}.`);
export const notFound = (what = "record") =>
  new AppError("not_found", `That ${what} does not exist (or is not yours to see).`);
export const conflict = () =>
  new AppError(
    "conflict",
    "This record was changed by someone else since you opened it — reload to see the latest version. Nothing was saved.",
  );
export const invalidState = (message: string) => new AppError("invalid_state", message);
export const validation = (fieldErrors: FieldErrors, message = "Some fields need attention.") =>
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
          : "(no message)";
    const codeText = typeof code === "string" || typeof code === "number" ? ` [${code}]` : "";
    parts.push(`${typeof name === "string" ? name : "Error"}${codeText}: ${text}`);
    e = (e as { cause?: unknown }).cause;
  }
  return parts.join(" ← ");
}
