// `npm start` / `npm run db:migrate` print the demo sign-ins only when the demo organisation is in that database,
// and never seed the demo over a real organisation's first administrator. Runs on the embedded database, and on
// the PostgreSQL server when TEST_DATABASE_URL names one.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServerDatabase } from "../lib/db/test-db";
import { holdEmbeddedDatabase } from "../lib/db/embedded-holder";

const root = path.resolve(import.meta.dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function cli(script: string, args: string[], env: Record<string, string | undefined>, expectFailure = false) {
  const clean: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: undefined,
    LEVELBOARD_NO_DEMO: undefined,
    ...env,
  };
  for (const [k, v] of Object.entries(clean)) if (v === undefined) delete clean[k];
  const r = spawnSync(tsx, [script, ...args], {
    cwd: root,
    env: clean as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 120_000,
  });
  if (!expectFailure) expect(r.stderr, r.stderr).not.toMatch(/^levelboard: /m); // no failure line
  return r;
}
const prepare = (args: string[], env: Record<string, string | undefined>, expectFailure = false) =>
  cli("scripts/prepare-db.ts", args, env, expectFailure);
const SIGN_INS = /Demo sign-ins/;

describe("embedded database (what npm start prepares)", () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(path.join(tmpdir(), "levelboard-prepare-"));
    dirs.push(dir);
    return { LEVELBOARD_DATA_DIR: dir };
  };
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("seeds the demo on first start and prints its sign-ins, also on db:migrate later", () => {
    const env = fresh();
    const first = prepare([], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/demo organisation created/);
    expect(first.stdout).toMatch(SIGN_INS);
    expect(first.stdout).toContain("admin@levelboard.test");
    const migrate = prepare(["--no-seed"], env);
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).not.toMatch(/demo organisation created/);
    expect(migrate.stdout).toMatch(SIGN_INS);
  });

  it("refuses in one line, without opening it, an embedded database a running server holds (a second npm start)", async () => {
    const env = fresh();
    const hold = await holdEmbeddedDatabase(env.LEVELBOARD_DATA_DIR);
    expect(hold).not.toBeNull();
    const refused = prepare([], env, true);
    await hold!.release();
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim()).toBe(
      `levelboard: the embedded database in ${env.LEVELBOARD_DATA_DIR} is in use by a running Levelboard server, and it serves one process only. Stop that server first; to run several server processes, use a PostgreSQL server (DATABASE_URL).`,
    );
    expect(refused.stdout).toBe("");
    // Nothing was opened: no database folder was made.
    expect(existsSync(path.join(env.LEVELBOARD_DATA_DIR, "pglite"))).toBe(false);
  });

  it("refuses a LEVELBOARD_SEED_TODAY that is not a day, with one line naming it, before touching the database", () => {
    const env = fresh();
    const r = prepare([], { ...env, LEVELBOARD_SEED_TODAY: "2027-02-30" }, true);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /^levelboard: LEVELBOARD_SEED_TODAY must be a day written YYYY-MM-DD, not "2027-02-30"\.$/m,
    );
    expect(r.stdout).not.toMatch(/demo organisation created|database ready/);
  });

  it("with LEVELBOARD_NO_DEMO=1 stays empty and prints no sign-ins; after create-admin no later start adds the demo", () => {
    const env = fresh();
    const empty = prepare([], { ...env, LEVELBOARD_NO_DEMO: "1" });
    expect(empty.status).toBe(0);
    expect(empty.stdout).toMatch(/database ready \(pglite\)/);
    expect(empty.stdout).not.toMatch(/demo organisation created|Demo sign-ins|levelboard\.test/);
    const admin = cli("scripts/admin.ts", ["create-admin", "boss@example.com", "Boss Person"], {
      ...env,
      LEVELBOARD_ADMIN_PASSWORD: "a-long-enough-password",
    });
    expect(admin.status).toBe(0);
    const later = prepare([], env); // a plain npm start, without the switch
    expect(later.status).toBe(0);
    expect(later.stdout).not.toMatch(/demo organisation created|Demo sign-ins/);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("server database (DATABASE_URL)", () => {
  let db: Awaited<ReturnType<typeof createServerDatabase>>;
  beforeAll(async () => {
    db = await createServerDatabase(process.env.TEST_DATABASE_URL!);
  });
  afterAll(async () => db?.drop());

  it("migrates an empty database without demo sign-ins; db:seed adds the demo and then they are printed", () => {
    const env = { DATABASE_URL: db.url };
    const migrate = prepare(["--no-seed"], env);
    expect(migrate.status).toBe(0);
    expect(migrate.stdout).toMatch(/database ready \(postgres\)/);
    expect(migrate.stdout).not.toMatch(SIGN_INS);
    const start = prepare([], env); // what npm start runs
    expect(start.stdout).not.toMatch(/demo organisation created|Demo sign-ins/);
    const seed = prepare(["--seed"], env);
    expect(seed.stdout).toMatch(/demo organisation created/);
    expect(seed.stdout).toMatch(SIGN_INS);
  });
});
