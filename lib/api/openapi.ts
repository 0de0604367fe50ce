// Builds the read API's OpenAPI 3.1 document from the zod schemas the route handlers validate with (zod's own
// JSON Schema output: OpenAPI 3.1 schemas are JSON Schema 2020-12). Served at /api/v1/openapi.json.
import { z } from "zod";
import { apiErrorSchema } from "./members";

export type ApiRoute = {
  /** OpenAPI path, e.g. "/api/v1/members/{id}" */
  path: string;
  summary: string;
  description?: string;
  /** path parameters (all required) and query parameters, as zod objects of their input */
  params?: z.ZodObject;
  query?: z.ZodType;
  response: z.ZodType;
  /** statuses other than 200 the route answers, besides 401 */
  errors: readonly (400 | 404)[];
};

const ERROR_TEXT: Record<number, string> = {
  400: "A parameter is invalid; the message names it.",
  401: "Not signed in.",
  404: "No such row, or one outside the caller's reach (the two are not told apart).",
};

type JsonSchema = Record<string, unknown>;
const jsonSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  // The document's own dialect applies: a "$schema" key per schema would be noise.
  const out = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  delete out.$schema;
  return out;
};

function parametersOf(schema: z.ZodType | undefined, where: "path" | "query") {
  if (!schema) return [];
  const s = jsonSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, prop]) => ({
    name,
    in: where,
    required: where === "path" || (s.required ?? []).includes(name) || undefined,
    ...(typeof prop.description === "string" ? { description: prop.description } : {}),
    schema: prop,
  }));
}

export function buildOpenApi(routes: readonly ApiRoute[], version: string): Record<string, unknown> {
  const paths: Record<string, unknown> = {};
  for (const r of routes) {
    const responses: Record<string, unknown> = {
      200: { description: "OK", content: { "application/json": { schema: jsonSchema(r.response, "output") } } },
    };
    for (const status of [...r.errors, 401].sort()) {
      responses[status] = {
        description: ERROR_TEXT[status],
        content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
      };
    }
    paths[r.path] = {
      get: {
        summary: r.summary,
        ...(r.description ? { description: r.description } : {}),
        parameters: [...parametersOf(r.params, "path"), ...parametersOf(r.query, "query")],
        responses,
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Levelboard read API",
      version,
      description:
        "Read-only JSON API. Every route answers under the same policy as the pages: a row outside the caller's reach is 404, like one that does not exist. Authenticate with the session cookie of a signed-in user.",
    },
    security: [{ session: [] }],
    paths,
    components: {
      securitySchemes: { session: { type: "apiKey", in: "cookie", name: "authjs.session-token" } },
      schemas: { Error: jsonSchema(apiErrorSchema, "output") },
    },
  };
}
