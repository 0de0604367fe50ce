// `npm run jobs`: runs the jobs once on the configured database and prints the summary; refuses, without opening it,
// an embedded database that a running server holds (the server announces itself as lib/db/embedded-holder.ts does
// here, from instrumentation.ts).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { holdEmbeddedDatabase } from "../lib/db/embedded-holder";

const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "levelboard-jobs-"));
const jobs = (dataDir: string, args: string[] = []) =>
  spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/jobs.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 90_000,
    env: { ...process.env, DATABASE_URL: "", LEVELBOARD_DATA_DIR: dataDir },
  });

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run jobs", () => {
  it("refuses in one line while a server holds the embedded database, and runs once it is free", async () => {
    const dir = path.join(work, "held");
    const hold = await holdEmbeddedDatabase(dir);
    expect(hold).not.toBeNull();
    // A second holder (a second server on the same folder) is refused too.
    expect(await holdEmbeddedDatabase(dir)).toBeNull();
    const refused = jobs(dir);
    await hold!.release();
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `levelboard: the embedded database in ${dir} is in use by a running Levelboard server, which runs the jobs itself (at start and hourly). Stop the server first; with a PostgreSQL server (DATABASE_URL) both may run.`,
    );
    expect(refused.stdout).toBe("");

    // The server gone: the jobs run and say what they did.
    const r = jobs(dir);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^levelboard: \d+ jobs? in \d+ ms, \d+ notified, \d+ changed\.$/m);
  });

  it("takes no arguments", () => {
    const r = jobs(path.join(work, "args"), ["--now"]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe("levelboard: usage: npm run jobs (no arguments)");
  });
});
