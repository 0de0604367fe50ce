// The OpenAPI document describes every route of the read API, and every route answers as the document says:
// each documented route is called on the demo organisation and its 200, 400 and 404 bodies are validated against
// the document's JSON Schemas (Ajv, draft 2020-12, as OpenAPI 3.1 uses), not against the zod schemas behind them.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, actorByEmail, useIntegrationDb } from "@/lib/testing/integration";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { eq } from "drizzle-orm";
import * as s from "@/lib/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { seedDemo } from "@/seed/demo";
import { afterSeed } from "@/seed/after-seed";
import { API_ROUTES } from "@/lib/api/routes";

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
const HANDLERS: Record<string, () => Promise<{ GET: Handler }>> = {
  "/api/v1/members": () => import("../members/route") as never,
  "/api/v1/members/{id}": () => import("../members/[id]/route") as never,
  "/api/v1/members/{id}/evaluation": () => import("../members/[id]/evaluation/route") as never,
  "/api/v1/heatmap": () => import("../heatmap/route") as never,
  "/api/v1/gaps": () => import("../gaps/route") as never,
  "/api/v1/staffing": () => import("../staffing/route") as never,
  "/api/v1/reviews": () => import("../reviews/route") as never,
  "/api/v1/me/notifications": () => import("../me/notifications/route") as never,
};
const openapi = await import("./route");

/** Route files under app/api/v1, as OpenAPI paths ([id] → {id}), the document itself left out. */
function routeFiles(dir: string, prefix = "/api/v1"): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry.startsWith("_")) continue;
      out.push(...routeFiles(full, `${prefix}/${entry.replace(/^\[(.+)\]$/, "{$1}")}`));
    } else if (entry === "route.ts" && prefix !== "/api/v1/openapi.json") out.push(prefix);
  }
  return out;
}

describe("OpenAPI document of the read API", () => {
  const h = useIntegrationDb({ fixture: false });
  let doc: {
    openapi: string;
    paths: Record<
      string,
      {
        get: {
          parameters: { name: string; in: string }[];
          responses: Record<string, { content: { "application/json": { schema: object } } }>;
        };
      }
    >;
    components: { schemas: Record<string, object> };
  };
  let ajv: InstanceType<typeof Ajv2020>;
  let admin: CurrentUser;
  let head: CurrentUser;
  let memberId: number;
  let teamId: number;

  beforeAll(async () => {
    await h.db.transaction(async (tx) => {
      await seedDemo(tx as never);
      await afterSeed(tx as never);
    });
    doc = await (await openapi.GET()).json();
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv); // dates and date-times are checked too
    ajv.addSchema({ $id: "doc", components: doc.components }, "doc");
    admin = await actorByEmail(h.db, "admin@levelboard.test");
    head = await actorByEmail(h.db, "head@levelboard.test");
    const [m] = await h.db.select().from(s.members).where(eq(s.members.email, "member.hw@levelboard.test"));
    memberId = m.id;
    teamId = m.teamId;
  });

  it("is OpenAPI 3.1 and documents exactly the route files of /api/v1", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(routeFiles(path.resolve(import.meta.dirname, "..")).sort());
    expect(Object.keys(doc.paths).sort()).toEqual(API_ROUTES.map((r) => r.path).sort());
    for (const p of Object.values(doc.paths)) expect(Object.keys(p.get.responses)).toContain("401");
  });

  const validate = (route: string, status: number, body: unknown) => {
    const schema = doc.paths[route].get.responses[String(status)]?.content["application/json"].schema;
    expect(schema, `${route} documents ${status}`).toBeDefined();
    const check = ajv.compile({
      ...JSON.parse(JSON.stringify(schema).replaceAll('"#/components', '"doc#/components')),
    });
    const ok = check(body);
    expect(ok ? [] : check.errors, `${route} ${status}`).toEqual([]);
  };
  const call = async (route: string, query = "", params: Record<string, string> = {}) => {
    const url = `http://localhost${route.replace(/\{(\w+)\}/g, (_m, k: string) => params[k])}${query}`;
    const res = await (await HANDLERS[route]()).GET(new Request(url), { params: Promise.resolve(params) });
    return { status: res.status, body: await res.json() };
  };

  it("every route's 200 answer matches the documented schema", async () => {
    const cases: [string, string, Record<string, string>, CurrentUser][] = [
      ["/api/v1/members", "?limit=50", {}, admin],
      ["/api/v1/members/{id}", "", { id: String(memberId) }, admin],
      ["/api/v1/members/{id}/evaluation", "?mode=provisional", { id: String(memberId) }, head],
      ["/api/v1/heatmap", "?field=hardware", {}, head],
      ["/api/v1/heatmap", `?field=software&teamId=${teamId}&limit=5`, {}, admin],
      ["/api/v1/gaps", "", {}, head],
      ["/api/v1/gaps", `?teamId=${teamId}`, {}, admin],
      ["/api/v1/staffing", "?field=hardware&minLevel=3&skill=technology:3", {}, head],
      ["/api/v1/reviews", "", {}, head],
      ["/api/v1/reviews", `?teamId=${teamId}&limit=2&offset=1`, {}, admin],
      ["/api/v1/me/notifications", "", {}, head],
      ["/api/v1/me/notifications", "?unread=true&limit=5&offset=0", {}, admin],
    ];
    for (const [route, query, params, actor] of cases) {
      actAs(actor);
      const { status, body } = await call(route, query, params);
      expect(status, `${route}${query}`).toBe(200);
      validate(route, 200, body);
    }
    // Every documented query parameter is one the route accepts: an unknown value of each is a 400, not ignored.
    actAs(admin);
    for (const r of API_ROUTES) {
      for (const p of doc.paths[r.path].get.parameters.filter((x) => x.in === "query")) {
        const query = p.name === "field" ? "?field=%00bad" : `?field=hardware&${p.name}=%00bad`;
        const { status, body } = await call(r.path, query, { id: String(memberId) });
        expect(status, `${r.path} ?${p.name}=bad`).toBe(400);
        validate(r.path, 400, body);
      }
    }
  });

  it("401, 400 and 404 answers match the documented error schema", async () => {
    for (const r of API_ROUTES) {
      actAs(null);
      const unauth = await call(r.path, "", { id: String(memberId) });
      expect(unauth.status).toBe(401);
      validate(r.path, 401, unauth.body);
    }
    actAs(head);
    const missing = await call("/api/v1/members/{id}", "", { id: "999999" });
    expect(missing.status).toBe(404);
    validate("/api/v1/members/{id}", 404, missing.body);
    const badId = await call("/api/v1/members/{id}/evaluation", "", { id: "abc" });
    expect(badId.status).toBe(400);
    validate("/api/v1/members/{id}/evaluation", 400, badId.body);
    const outOfReach = await call("/api/v1/gaps", "?teamId=999999");
    expect(outOfReach.status).toBe(404);
    validate("/api/v1/gaps", 404, outOfReach.body);
  });
});
