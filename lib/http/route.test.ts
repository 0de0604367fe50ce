// The route layer: 401 before anything, 403 from `allow` before validation, 400 naming the parameter for a bad query
// or path, AppErrors as their status, anything else a 500 without the error's text.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth/session";
import { AppError, notFound } from "@/lib/errors";
import { text } from "@/lib/i18n/text";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));

const { issuesMessage, publicRoute, route } = await import("./route");

const admin: CurrentUser = {
  userId: 1,
  role: "admin",
  email: "a@t.test",
  name: "A",
  departmentId: null,
  leadTeamIds: [],
  memberId: null,
};
const member: CurrentUser = { ...admin, userId: 2, role: "member" };
const call = async (handler: (r: Request, c?: never) => Promise<Response>, path: string, params?: object) => {
  const res = await handler(
    new Request(`http://localhost${path}`),
    (params ? { params: Promise.resolve(params) } : undefined) as never,
  );
  return { status: res.status, body: await res.json(), cache: res.headers.get("cache-control") };
};

const handler = route(
  {
    allow: (actor) => actor.role === "admin" || "Only administrators may ask.",
    query: z.object({
      limit: z.coerce.number({ error: "limit must be a number" }).int().max(10, "limit must be at most 10"),
    }),
    params: z.object({ id: z.string().regex(/^\d+$/, "The id must be a whole number.") }),
  },
  async ({ query, params, actor }) => {
    if (params.id === "404") throw notFound(text("errors.things.member"));
    if (params.id === "409")
      throw new AppError("validation", text("errors.validation"), {
        name: text("validation.required", { field: "name" }),
      });
    if (params.id === "500") throw new Error("password_hash=secret at row 3");
    return Response.json({ limit: query.limit, id: params.id, who: actor.userId });
  },
);

describe("route", () => {
  it("401 signed out, 403 from allow before the query is looked at, then 400 naming the parameter", async () => {
    session.user = null;
    expect(await call(handler, "/x?limit=abc", { id: "1" })).toMatchObject({
      status: 401,
      body: { error: "Sign in first." },
    });
    session.user = member;
    expect(await call(handler, "/x?limit=abc", { id: "1" })).toMatchObject({
      status: 403,
      body: { error: "Only administrators may ask." },
      cache: "no-store",
    });
    session.user = admin;
    expect((await call(handler, "/x?limit=11", { id: "1" })).body).toEqual({ error: "limit must be at most 10" });
    expect((await call(handler, "/x?limit=2", { id: "x" })).body).toEqual({ error: "The id must be a whole number." });
    expect(await call(handler, "/x?limit=2&limit=9", { id: "7" })).toEqual({
      status: 200,
      body: { limit: 2, id: "7", who: 1 },
      cache: null,
    });
  });

  it("AppErrors answer their status and message; anything else a 500 that leaks nothing", async () => {
    session.user = admin;
    expect(await call(handler, "/x?limit=1", { id: "404" })).toMatchObject({ status: 404 });
    expect(await call(handler, "/x?limit=1", { id: "409" })).toMatchObject({
      status: 400,
      body: { error: "Some fields need attention.", fieldErrors: { name: "Enter the name." } },
    });
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await call(handler, "/x?limit=1", { id: "500" });
    expect(failed).toEqual({ status: 500, body: { error: "Something went wrong on our side." }, cache: "no-store" });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });

  it("public routes need no session and still never throw", async () => {
    session.user = null;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const res = await publicRoute(() => {
      throw new Error("boom");
    })();
    expect(res.status).toBe(500);
    log.mockRestore();
  });
});

describe("issuesMessage", () => {
  const messageOf = (schema: z.ZodType, input: unknown) => {
    const r = schema.safeParse(input);
    if (r.success) throw new Error("expected a failure");
    return issuesMessage(r.error);
  };
  it("names the parameter of every problem, once", () => {
    const schema = z
      .object({
        teamId: z.coerce.number().optional(),
        departmentId: z.coerce.number().optional(),
        limit: z.coerce.number().max(5, "limit must be at most 5"),
        id: z.string().regex(/^\d+$/, "The member id must be a positive whole number."),
      })
      .refine((q) => !(q.teamId && q.departmentId), {
        message: "give teamId or departmentId, not both",
        path: ["teamId"],
      });
    expect(messageOf(schema, { limit: "9", id: "1" })).toBe("limit must be at most 5");
    expect(messageOf(schema, { limit: "1", id: "x" })).toBe("The member id must be a positive whole number.");
    expect(messageOf(schema, { limit: "1", id: "1", teamId: "1", departmentId: "2" })).toBe(
      "teamId: give teamId or departmentId, not both",
    );
    // zod's own message does not name the parameter: the name goes in front.
    expect(messageOf(z.object({ mode: z.enum(["a", "b"]) }), { mode: "c" })).toMatch(/^mode: Invalid option/);
    expect(messageOf(z.object({ a: z.number(), b: z.number() }), {})).toMatch(/^a: .*; b: /);
  });
});
