import { createServer, type Server } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { installDatabaseHealth } from "../db/health";
import { answerOutagesWith503 } from "./outage-status";
import { unavailableResponse } from "./unavailable";

const KEY = Symbol.for("levelboard.databaseHealth");

describe("unavailableResponse", () => {
  it("answers the API with 503 JSON and Retry-After", async () => {
    const res = unavailableResponse("/api/v1/members", "", new Headers());
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(await res.json()).toEqual({
      error: { code: "unavailable", message: "The database cannot be reached. Try again in a moment." },
    });
  });
  it("answers a page with the styled page, its Try again link back to the address asked for (escaped)", async () => {
    const res = unavailableResponse("/members/4", '?q="><script>', new Headers());
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toContain("<h1>The database cannot be reached</h1>");
    expect(html).toContain("Try again in a moment.");
    expect(html).toContain('href="/members/4?q=&quot;&gt;&lt;script&gt;"');
    expect(html).not.toContain("<script>");
  });
  it("answers a server action's fetch with plain text", async () => {
    const res = unavailableResponse("/members/4", "", new Headers({ "next-action": "abc" }));
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toContain("text/plain");
  });
});

describe("answerOutagesWith503", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    answerOutagesWith503();
    server = createServer((req, res) => {
      res.statusCode = req.url === "/fail" ? 500 : 200;
      res.end(req.url);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[KEY];
  });

  it("turns a 500 into 503 with Retry-After while the database is suspect", async () => {
    installDatabaseHealth(async () => 1).markSuspect();
    const res = await fetch(`${base}/fail`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect((await fetch(`${base}/ok`)).status).toBe(200);
  });
  it("leaves a 500 alone while the database is fine", async () => {
    installDatabaseHealth(async () => 1);
    expect((await fetch(`${base}/fail`)).status).toBe(500);
  });
  it("still answers 503 just after a probe found the database back (requests that began in the outage)", async () => {
    const health = installDatabaseHealth(async () => 1);
    health.markSuspect();
    expect(await health.probe()).toBe(true);
    expect(health.suspect).toBe(false);
    expect((await fetch(`${base}/fail`)).status).toBe(503);
    health.lastTroubleAt = Date.now() - 60_000;
    expect((await fetch(`${base}/fail`)).status).toBe(500);
  });
});
