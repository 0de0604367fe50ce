// `npm run bench:crash`: the embedded database survives a killed server. Runs the production build on PGlite in a
// fresh data folder with a small bench organisation, lets signed-in sessions write through the real server actions,
// kills the server with SIGKILL in the middle of the writes, starts it again (it must open and serve a signed-in
// page), stops it, and checks the folder: every write acknowledged before the kill is there with its audit row,
// nothing is half-written, every standing equals a fresh evaluation. Exits 1 otherwise. `--members 100 --sessions 6`.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "../../lib/db/client";
import { DEMO_PASSWORD } from "../../seed/demo";
import { actionId, loadActionIds, signIn, type CookieJar } from "./protocol";
import { startApp, type App } from "./server";
import { verificationSummary, verifyRun } from "./verify";
import { planSessions, runSession, skillVersions, type AckWrite, type ReviewQueues, type Sample } from "./workload";

const root = path.resolve(import.meta.dirname, "../..");
const log = (line: string) => console.error(`bench:crash: ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function intArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) {
    console.error(`levelboard: --${name} must be a positive integer.`);
    process.exit(2);
  }
  return v;
}

async function main() {
  const members = intArg("members", 100);
  const sessions = intArg("sessions", 6);
  /** writes acknowledged before the kill: the kill comes once this many are in (or after 20 s) */
  const minAcks = intArg("writes", 15);
  const dir = mkdtempSync(path.join(tmpdir(), "levelboard-crash-"));
  const env = {
    DATABASE_URL: "",
    LEVELBOARD_DATA_DIR: dir,
    LEVELBOARD_NO_DEMO: "1",
    AUTH_SECRET: randomBytes(33).toString("base64"),
  };
  let app: App | undefined;
  try {
    log(`bench organisation of ${members} members on PGlite in ${dir}`);
    const load = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["bench/data.ts", "--members", String(members)], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (load.status !== 0) throw new Error("bench:data failed");
    const pgliteDir = path.join(dir, "pglite");
    const setup = await openDatabase({ pgliteDir });
    const plans = await planSessions(setup.db, sessions);
    const versions = await skillVersions(
      setup.db,
      plans.flatMap((p) => p.memberIds),
    );
    await setup.close();

    const ids = loadActionIds(root);
    const actionIds = {
      record: actionId(ids, "lib/actions/projects.ts", "createProject"),
      submit: actionId(ids, "lib/actions/review.ts", "submitRecord"),
      approve: actionId(ids, "lib/actions/review.ts", "approveRecord"),
      rate: actionId(ids, "lib/actions/skills.ts", "setSkillRating"),
    };
    const loginId = actionId(ids, "lib/actions/auth.ts", "login");
    app = await startApp(root, env);
    const jars: CookieJar[] = [];
    for (const p of plans) jars.push(await signIn(app.base, loginId, p.email, DEMO_PASSWORD));

    // Writes only (reads do not matter here), until the server is killed.
    const samples: Sample[] = [];
    const acks: AckWrite[] = [];
    const queues: ReviewQueues = new Map();
    let killed = false;
    const tag = randomBytes(4).toString("hex");
    const running = plans.map((plan, i) =>
      runSession({
        base: app!.base,
        plan,
        writeShare: 0.8,
        jar: jars[i],
        ids: actionIds,
        seed: 7000 + i,
        deadline: Date.now() + 60_000,
        stopped: () => killed,
        tag,
        versions,
        queues,
        samples,
        acks,
      }),
    );
    const waitedFrom = Date.now();
    while (acks.length < minAcks && Date.now() - waitedFrom < 20_000) await sleep(50);
    await app.stop("SIGKILL");
    killed = true;
    const requests = samples.length;
    await Promise.all(running);
    // Every write the server answered ok before it died (none can be answered after).
    const ackedBeforeKill = acks.length;
    log(`killed the server (SIGKILL) after ${ackedBeforeKill} acknowledged writes, ${requests} requests`);
    if (ackedBeforeKill === 0) throw new Error("no write was acknowledged before the kill: nothing to check");

    // Start again on the same folder: it must open and serve a signed-in page.
    app = await startApp(root, env);
    const jar = await signIn(app.base, loginId, plans[0].email, DEMO_PASSWORD);
    const page = await fetch(`${app.base}/members/${plans[0].memberIds[0]}`, { headers: { cookie: jar.header() } });
    await page.text();
    if (page.status !== 200) throw new Error(`after the restart a member page answered ${page.status}`);
    await app.stop("SIGTERM");
    app = undefined;

    const check = await openDatabase({ pgliteDir });
    const verification = await verifyRun(check.db, tag, acks);
    await check.close();
    const checked = verificationSummary(verification);
    const summary = {
      members,
      sessions: plans.length,
      acknowledgedBeforeKill: ackedBeforeKill,
      reopened: true,
      ...checked.summary,
    };
    console.log(JSON.stringify(summary, null, 2));
    const failed = checked.failed;
    if (failed) log("FAILED: lost or half-written writes, or standings drift after the crash");
    rmSync(dir, { recursive: true, force: true });
    process.exit(failed ? 1 : 0);
  } catch (e) {
    await app?.stop("SIGKILL");
    console.error(`levelboard: bench:crash: ${(e as Error).message} (data folder kept: ${dir})`);
    process.exit(1);
  }
}

await main();
