// GET /api/v1/openapi.json: the read API described as OpenAPI 3.1, generated from the routes' zod schemas.
// Public (no data in it), so tools can fetch it without a session.
import { buildOpenApi } from "@/lib/api/openapi";
import { API_ROUTES } from "@/lib/api/routes";
import { publicRoute } from "@/lib/http/route";
import pkg from "@/package.json";

export const dynamic = "force-static";

export const GET = publicRoute(() =>
  Response.json(buildOpenApi(API_ROUTES, pkg.version), { headers: { "cache-control": "public, max-age=300" } }),
);
