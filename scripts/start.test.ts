// Start-up refuses bad configuration with one clear line and no stack trace.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const run = (script: string[], env: Record<string, string | undefined>) => {
  const clean = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete clean[k];
  return spawnSync(script[0], script.slice(1), { cwd: root, env: clean, encoding: "utf8", timeout: 60_000 });
};
const tsx = path.join(root, "node_modules/.bin/tsx");

describe("npm start configuration checks", () => {
  it("refuses to start against a server database without AUTH_SECRET, saying why", () => {
    const r = run(["node", "scripts/start.mjs"], {
      DATABASE_URL: "postgres://u:p@127.0.0.1:1/db",
      AUTH_SECRET: undefined,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/AUTH_SECRET is not set/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects a bad PORT", () => {
    const r = run(["node", "scripts/start.mjs"], { PORT: "eighty", AUTH_SECRET: "x" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/PORT must be a number/);
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
