// Start-up (`npm start` and `npm run dev`) refuses bad configuration with one clear line and no stack trace, and
// both keep the embedded database's session secret in the data folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
// @ts-expect-error a plain .mjs script without types
import { ensureAuthSecret } from "./server-env.mjs";

const root = path.resolve(import.meta.dirname, "..");
const run = (script: string[], env: Record<string, string | undefined>) => {
  const clean = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete clean[k];
  return spawnSync(script[0], script.slice(1), { cwd: root, env: clean, encoding: "utf8", timeout: 60_000 });
};
const tsx = path.join(root, "node_modules/.bin/tsx");

describe.each([
  ["npm start", "scripts/start.mjs"],
  ["npm run dev", "scripts/dev.mjs"],
])("%s configuration checks", (_command, script) => {
  it("refuses to start against a server database without AUTH_SECRET, saying why", () => {
    const r = run(["node", script], {
      DATABASE_URL: "postgres://u:p@127.0.0.1:1/db",
      AUTH_SECRET: undefined,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/AUTH_SECRET is not set/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(["eighty", "0", "65536"])("rejects PORT=%s", (port) => {
    const r = run(["node", script], { PORT: port, AUTH_SECRET: "x" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/PORT must be a number/);
  });
});

describe("the embedded database's session secret", () => {
  let dir = "";
  afterEach(() => {
    vi.unstubAllEnvs();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("is generated once into the data folder (mode 0600) and read back on the next start", () => {
    dir = mkdtempSync(path.join(tmpdir(), "levelboard-secret-"));
    vi.stubEnv("LEVELBOARD_DATA_DIR", dir);
    vi.stubEnv("DATABASE_URL", "");
    vi.stubEnv("AUTH_SECRET", "");
    ensureAuthSecret();
    const file = path.join(dir, "auth-secret");
    const first = process.env.AUTH_SECRET;
    expect(first).toBe(readFileSync(file, "utf8").trim());
    expect(first!.length).toBeGreaterThanOrEqual(40);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    vi.stubEnv("AUTH_SECRET", "");
    ensureAuthSecret();
    expect(process.env.AUTH_SECRET).toBe(first);
  });

  it("leaves a configured AUTH_SECRET alone", () => {
    dir = mkdtempSync(path.join(tmpdir(), "levelboard-secret-"));
    vi.stubEnv("LEVELBOARD_DATA_DIR", dir);
    vi.stubEnv("AUTH_SECRET", "configured");
    ensureAuthSecret();
    expect(process.env.AUTH_SECRET).toBe("configured");
    expect(() => statSync(path.join(dir, "auth-secret"))).toThrow();
  });
});

describe("database preparation", () => {
  it.each([
    ["a malformed DATABASE_URL", "not a url", /DATABASE_URL is not a valid URL/],
    ["another scheme", "mysql://u:p@localhost/db", /must start with postgres/],
    ["an unreachable server", "postgres://u:p@127.0.0.1:1/db", /cannot reach the PostgreSQL server at 127\.0\.0\.1:1/],
  ])("answers %s with one line and exit 1", (_name, url, message) => {
    const r = run([tsx, "scripts/prepare-db.ts"], { DATABASE_URL: url });
    expect(r.status).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("levelboard:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });
});
