// The one layer every route handler (app/api/**) goes through: authenticate, authorize the kind of request,
// validate path and query parameters with zod (a 400 naming the parameter), run the handler, and map what it
// throws to a JSON status — never a stack trace. Row-level authorization stays in the handler, under lib/auth/policy.
import "server-only";
import { noteDatabaseError } from "@/lib/db/health";
import { unavailableJson } from "@/lib/http/unavailable";
import type { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError, httpStatus, loggableError } from "@/lib/errors";

const NO_STORE = { "cache-control": "no-store" } as const;

/** A JSON error answer: `{ error, ...extra }`, never cached. */
export function jsonError(status: number, error: string, extra?: Record<string, unknown>): Response {
  return Response.json({ error, ...extra }, { status, headers: NO_STORE });
}

/** A JSON answer, never cached. */
export function jsonResponse(body: unknown, init?: { status?: number }): Response {
  return Response.json(body, { status: init?.status, headers: NO_STORE });
}

/**
 * What a route answers when its handler throws: an AppError as its status and message (with its field errors),
 * anything else logged on one line and answered 500. The single place where a kind of failure becomes a status
 * (a database that cannot be reached, say, belongs here).
 */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError)
    return jsonError(
      httpStatus(error.code),
      error.message,
      error.fieldErrors ? { fieldErrors: error.fieldErrors } : undefined,
    );
  // The database cannot be reached (stopped, restarting, timed out): 503 with Retry-After, not a 500.
  if (noteDatabaseError(error)) return unavailableJson();
  console.error(`levelboard: route failed: ${loggableError(error)}`);
  return jsonError(500, "Something went wrong on our side.");
}

/**
 * A failed parse as the one sentence a 400 answers with: each problem names the parameter it is about. A message
 * that starts with the parameter's name ("limit must be at most 500") or is a whole sentence naming it ("The member
 * id must be …") is kept; any other ("give teamId or departmentId, not both", zod's own "Invalid input: …") gets
 * the name in front ("teamId: give teamId or departmentId, not both").
 */
export function issuesMessage(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const name = i.path.length ? String(i.path[0]) : "";
      if (!name || i.message.startsWith(name)) return i.message;
      const word = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`);
      const sentence = /^[A-Z]/.test(i.message) && word.test(i.message);
      return sentence ? i.message : `${name}: ${i.message}`;
    })
    .join("; ");
}

/** The first value of each query parameter, for `schema.safeParse` (absent parameters stay absent). */
export function queryOf(url: string | URL): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(url).searchParams) if (!(k in out)) out[k] = v;
  return out;
}

/** Every query parameter as the page parsers take them (the first value of each). */
export type SearchParams = Record<string, string>;

type Context = { params?: Promise<Record<string, string | string[]>> };

type Spec<Q, P> = {
  /** The query's schema; its input is `queryInput(url)` (default: the first value of each parameter). */
  query?: z.ZodType<Q>;
  queryInput?: (url: URL) => Record<string, unknown>;
  /** The path parameters' schema (dynamic segments). */
  params?: z.ZodType<P>;
  /** May this actor make this kind of request at all? `true`, or the message of the 403. Asked before validation. */
  allow?: (actor: CurrentUser) => true | string;
};

export type RouteInput<Q, P> = {
  request: Request;
  url: URL;
  actor: CurrentUser;
  /** The parsed query (without a `query` schema: the first value of each parameter). */
  query: Q;
  params: P;
};

/**
 * A signed-in route handler: 401 signed out, 403 when `allow` says no, 400 naming the parameter when the query or
 * path does not parse, then `handler`; whatever it throws goes through `errorResponse`.
 */
export function route<Q = SearchParams, P = Record<string, never>>(
  spec: Spec<Q, P>,
  handler: (input: RouteInput<Q, P>) => Promise<Response>,
): (request: Request, context?: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      // Loaded here, not at the top: public routes and the exporters' own modules need no Auth.js.
      const { currentUser } = await import("@/lib/auth/session");
      const actor = await currentUser();
      if (!actor) return jsonError(401, "Sign in first.");
      if (spec.allow) {
        const allowed = spec.allow(actor);
        if (allowed !== true) return jsonError(403, allowed);
      }
      const url = new URL(request.url);
      let params = {} as P;
      if (spec.params) {
        const parsed = spec.params.safeParse((await context?.params) ?? {});
        if (!parsed.success) return jsonError(400, issuesMessage(parsed.error));
        params = parsed.data;
      }
      const raw = spec.queryInput ? spec.queryInput(url) : queryOf(url);
      let query = raw as Q;
      if (spec.query) {
        const parsed = spec.query.safeParse(raw);
        if (!parsed.success) return jsonError(400, issuesMessage(parsed.error));
        query = parsed.data;
      }
      return await handler({ request, url, actor, query, params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A route anyone may call (health, the OpenAPI document): no session, no input, still never a stack trace. */
export function publicRoute(handler: () => Promise<Response> | Response): () => Promise<Response> {
  return async () => {
    try {
      return await handler();
    } catch (error) {
      return errorResponse(error);
    }
  };
}
