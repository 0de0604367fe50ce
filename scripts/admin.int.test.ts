// The operator commands: first administrator on an empty database, export and restore round trip.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "levelboard-admin-"));
const admin = (dataDir: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/admin.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 90_000,
    env: { ...process.env, DATABASE_URL: "", LEVELBOARD_DATA_DIR: path.join(work, dataDir), ...env },
  });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run admin", () => {
  it("creates the first administrator, and refuses a second with the same email or a bad email", () => {
    const first = admin("a", ["create-admin", "Root@Example.com", "Root"], {
      LEVELBOARD_ADMIN_PASSWORD: "a-long-password-1",
    });
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/administrator root@example.com created\./);
    expect(first.stdout).not.toMatch(/Password:/);
    const again = admin("a", ["create-admin", "root@example.com"]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    const bad = admin("a", ["create-admin", "not-an-email"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/EMAIL: "not-an-email" is not a valid email address/);
  });

  it("exports, restores into an empty database, and exports the same file again", () => {
    const out1 = path.join(work, "one.json");
    const out2 = path.join(work, "two.json");
    expect(admin("a", ["export", out1]).status).toBe(0);
    const restored = admin("b", ["restore", out1]);
    expect(restored.status).toBe(0);
    expect(admin("b", ["export", out2]).status).toBe(0);
    expect(readFileSync(out2, "utf8")).toBe(readFileSync(out1, "utf8"));
  });

  it("writes the export (password hashes inside) readable by its owner only, also over an existing file", () => {
    const fresh = path.join(work, "fresh.json");
    const existing = path.join(work, "existing.json");
    writeFileSync(existing, "old", { mode: 0o644 });
    expect(admin("a", ["export", fresh]).status).toBe(0);
    expect(admin("a", ["export", existing]).status).toBe(0);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    expect(statSync(existing).mode & 0o777).toBe(0o600);
  });

  it("names an unreadable or invalid file in one line", () => {
    expect(admin("c", ["restore", path.join(work, "missing.json")]).stderr).toMatch(/FILE: cannot read/);
    const notJson = path.join(work, "not.json");
    writeFileSync(notJson, "{ nope");
    const r = admin("c", ["restore", notJson]);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toMatch(/is not a Levelboard export/);
  });

  it("answers an unreachable server with the same one line as npm start", () => {
    const r = admin("d", ["export", path.join(work, "x.json")], { DATABASE_URL: "postgres://u:p@127.0.0.1:1/db" });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      "levelboard: cannot reach the PostgreSQL server at 127.0.0.1:1 (connection refused). Is it running?",
    );
  });
});
