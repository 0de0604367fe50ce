import { afterEach, describe, expect, it, vi } from "vitest";

// This file checks the real getDb() against the configured database: no test database stands in for it here.
vi.unmock("@/lib/db/client");

describe("GET /api/health", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    delete (globalThis as { levelboardDb?: unknown }).levelboardDb;
  });

  it("answers 503 with a clear body when the database server is unreachable", async () => {
    vi.stubEnv("DATABASE_URL", "postgres://u:p@127.0.0.1:1/levelboard");
    const { GET } = await import("./route");
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, db: "postgres", error: "The database is unreachable." });
  });

  it("answers 200 on the embedded database", async () => {
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("LEVELBOARD_DATA_DIR", `.data/health-test-${process.pid}`);
    const { GET } = await import("./route");
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, db: "pglite" });
    const handle = await (globalThis as { levelboardDb?: Promise<{ close: () => Promise<void> }> }).levelboardDb;
    await handle?.close();
    const { rmSync } = await import("node:fs");
    rmSync(`.data/health-test-${process.pid}`, { recursive: true, force: true });
  });
});
