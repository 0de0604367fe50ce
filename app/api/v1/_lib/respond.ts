// Shared answers of the JSON route handlers: the signed-in actor or a 401, AppErrors as status + message.
import { currentUser, type CurrentUser } from "@/lib/auth/session";
import { AppError, httpStatus, loggableError } from "@/lib/errors";

export function jsonError(status: number, error: string, extra?: Record<string, unknown>): Response {
  return Response.json({ error, ...extra }, { status, headers: { "cache-control": "no-store" } });
}

/** Runs `handler` for the signed-in user; 401 when signed out, AppErrors as their status, anything else as 500. */
export async function withActor(handler: (actor: CurrentUser) => Promise<Response>): Promise<Response> {
  try {
    const actor = await currentUser();
    if (!actor) return jsonError(401, "Sign in first.");
    return await handler(actor);
  } catch (error) {
    if (error instanceof AppError)
      return jsonError(
        httpStatus(error.code),
        error.message,
        error.fieldErrors ? { fieldErrors: error.fieldErrors } : undefined,
      );
    console.error(`levelboard: route failed: ${loggableError(error)}`);
    return jsonError(500, "Something went wrong on our side.");
  }
}

/** A positive integer id from a path segment, or null (lib/validation.ts). */
export { parseRouteId as parseId } from "@/lib/validation";
