// The one path every server action takes: parse (zod) → authenticate → one transaction (authorize per row,
// write, audit, evaluation snapshot) → revalidate. Returns { ok } or { ok: false, error, fieldErrors }.
import { z } from "zod";
import type { Tx } from "../db/client";
import type { CurrentUser } from "../auth/session";
import { AppError, loggableError, type ErrorCode, type FieldErrors } from "../errors";
import { DATABASE_UNAVAILABLE_MESSAGE, noteDatabaseError } from "../db/health";
import { actionContext, revalidate } from "./context";

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; code: ErrorCode; error: string; fieldErrors?: FieldErrors };

export type ActionScope<I> = { tx: Tx; actor: CurrentUser; input: I };
export type ActionOutcome<T> = { data: T; revalidate?: readonly string[]; message?: string };

/** zod issues as `path → first message`, e.g. `facility.computerRoomSites`. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    // An unknown key is named as its own field, so the message points at what to remove.
    if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys) out[[...issue.path, k].map(String).join(".")] ??= `Unknown field "${k}"; remove it.`;
      continue;
    }
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    out[key] ??= issue.message;
  }
  return out;
}

function summarize(fieldErrors: FieldErrors): string {
  const keys = Object.keys(fieldErrors);
  if (keys.length === 1) return `${keys[0]}: ${fieldErrors[keys[0]]}`;
  return `${keys.length} fields need attention: ${keys.slice(0, 5).join(", ")}${keys.length > 5 ? ", …" : ""}.`;
}

export async function runAction<S extends z.ZodType, T>(
  schema: S,
  raw: unknown,
  handler: (scope: ActionScope<z.output<S>>) => Promise<ActionOutcome<T>>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return { ok: false, code: "validation", error: summarize(fieldErrors), fieldErrors };
  }
  try {
    const { db, actor } = await actionContext();
    if (!actor) return { ok: false, code: "unauthenticated", error: "Your session has ended. Sign in again." };
    const outcome = await db.transaction((tx) => handler({ tx, actor, input: parsed.data }));
    if (outcome.revalidate?.length) revalidate(outcome.revalidate);
    return { ok: true, data: outcome.data, message: outcome.message };
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors };
    // The server went away: the transaction did not commit, so nothing was saved.
    if (noteDatabaseError(error)) return { ok: false, code: "unavailable", error: DATABASE_UNAVAILABLE_MESSAGE };
    console.error(`levelboard: action failed: ${loggableError(error)}`);
    return {
      ok: false,
      code: "invalid_state",
      error: "Something went wrong on our side. Nothing was saved; try again.",
    };
  }
}
