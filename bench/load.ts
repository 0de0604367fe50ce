// `npm run bench:load [-- --seconds 60 --sessions 50 --members 1000 --outage 10]`: concurrent signed-in sessions
// against the production build (`next build` first if there is none) on a PostgreSQL server — its own throwaway
// server with the bench organisation (`bench:data`), or BENCH_DATABASE_URL. 80% reads (pages, /api/v1), 20% writes
// through the real server actions. With --outage N the server is stopped for N seconds in the middle of the run
// (pg_ctl stop -m fast, or --outage-mode immediate) and started again: answers in that window may be 503 (counted
// apart, not errors). Afterwards the run verifies its writes and the standings (bench/load/verify.ts).
// Prints one JSON summary; exits 1 on errors, an uncaught exception in the server's log, lost or half-written writes,
// or standings drift — never on timings.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { openDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { departments } from "../lib/db/schema";
import { DEMO_PASSWORD } from "../seed/demo";
import { startPgServer, type PgServer } from "./load/pg";
import { freePort, startApp, type App } from "./load/server";
import { actionId, loadActionIds, signIn, type CookieJar } from "./load/protocol";
import { verificationSummary, verifyRun } from "./load/verify";
import {
  KINDS,
  planSessions,
  runSession,
  skillVersions,
  type AckWrite,
  type ReviewQueues,
  type Sample,
} from "./load/workload";

const root = path.resolve(import.meta.dirname, "..");

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}
function intArg(name: string, fallback: number, min: number, max: number): number {
  const v = Number(arg(name, String(fallback)));
  if (!Number.isInteger(v) || v < min || v > max) {
    console.error(`levelboard: --${name} must be an integer from ${min} to ${max}.`);
    process.exit(2);
  }
  return v;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (line: string) => console.error(`bench:load: ${line}`);
const percentile = (xs: number[], p: number) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Answers that arrive up to this long after the server is back may still be 503: the app re-probes first. */
const RECOVERY_GRACE_MS = 3000;

async function main() {
  const seconds = intArg("seconds", 60, 5, 3600);
  const sessions = intArg("sessions", 50, 1, 200);
  const membersWanted = intArg("members", 1000, 100, 200_000);
  const outage = intArg("outage", 0, 0, 600);
  const outageMode = arg("outage-mode", "fast");
  if (outageMode !== "fast" && outageMode !== "immediate") {
    console.error("levelboard: --outage-mode must be fast or immediate.");
    process.exit(2);
  }
  if (outage && outage >= seconds) {
    console.error("levelboard: --outage must be shorter than --seconds (load runs before and after it).");
    process.exit(2);
  }
  const external = process.env.BENCH_DATABASE_URL;
  if (external && outage) {
    console.error(
      "levelboard: --outage stops the PostgreSQL server, so it needs the run's own server (unset BENCH_DATABASE_URL).",
    );
    process.exit(2);
  }

  let pg: PgServer | undefined;
  let app: App | undefined;
  const cleanup = async () => {
    await app?.stop("SIGTERM");
    pg?.destroy();
  };
  process.on("SIGINT", () => {
    void cleanup().then(() => process.exit(130));
  });
  try {
    // 1. The database: the run's own server with the bench organisation, or the one given.
    let url = external;
    if (!url) {
      pg = startPgServer(await freePort());
      url = pg.url;
      log(`PostgreSQL server at ${url}`);
    }
    {
      const handle = await openDatabase({ url });
      await migrateDatabase(handle);
      const [{ n }] = await handle.db.select({ n: count() }).from(departments);
      await handle.close();
      if (n === 0) {
        log(`loading the bench organisation (${membersWanted} members)…`);
        const load = spawnSync(
          path.join(root, "node_modules/.bin/tsx"),
          ["bench/data.ts", "--members", String(membersWanted)],
          {
            cwd: root,
            env: { ...process.env, DATABASE_URL: url },
            stdio: ["ignore", "ignore", "inherit"],
          },
        );
        if (load.status !== 0) throw new Error("bench:data failed");
      }
    }

    // 2. The production build and `next start`.
    if (!existsSync(path.join(root, ".next/BUILD_ID"))) {
      log("no production build: running next build…");
      const build = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], {
        cwd: root,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "ignore", "inherit"],
      });
      if (build.status !== 0) throw new Error("next build failed");
    }
    const ids = loadActionIds(root);
    const actionIds = {
      record: actionId(ids, "lib/actions/projects.ts", "createProject"),
      submit: actionId(ids, "lib/actions/review.ts", "submitRecord"),
      approve: actionId(ids, "lib/actions/review.ts", "approveRecord"),
      rate: actionId(ids, "lib/actions/skills.ts", "setSkillRating"),
    };
    const loginId = actionId(ids, "lib/actions/auth.ts", "login");
    app = await startApp(root, { DATABASE_URL: url, AUTH_SECRET: randomBytes(33).toString("base64") });
    const { base } = app;

    // 3. The sessions, signed in through the login form.
    const handle = await openDatabase({ url });
    const plans = await planSessions(handle.db, sessions);
    const versions = await skillVersions(
      handle.db,
      plans.flatMap((p) => p.memberIds),
    );
    await handle.close();
    const jars: CookieJar[] = [];
    for (let i = 0; i < plans.length; i += 4)
      jars.push(
        ...(await Promise.all(plans.slice(i, i + 4).map((p) => signIn(base, loginId, p.email, DEMO_PASSWORD)))),
      );
    log(`${plans.length} sessions signed in; warming up`);
    await Promise.all(
      plans.map((p, i) => fetch(`${base}/`, { headers: { cookie: jars[i].header() } }).then((r) => r.text())),
    );

    // 4. The load, with the outage in the middle.
    const tag = randomBytes(4).toString("hex");
    const samples: Sample[] = [];
    const acks: AckWrite[] = [];
    const queues: ReviewQueues = new Map();
    const started = Date.now();
    const deadline = started + seconds * 1000;
    let window: { from: number; to: number } | null = null;
    const outageDone = outage
      ? (async () => {
          await sleep(((seconds - outage) / 2) * 1000);
          const from = Date.now();
          log(`stopping PostgreSQL (-m ${outageMode}) for ${outage} s`);
          app!.log.push(`---- bench:load: stopping PostgreSQL at ${new Date(from).toISOString()}`);
          await pg!.stop(outageMode as "fast" | "immediate");
          await sleep(Math.max(0, from + outage * 1000 - Date.now()));
          await pg!.start();
          log("PostgreSQL started again");
          app!.log.push(`---- bench:load: PostgreSQL started again at ${new Date().toISOString()}`);
          window = { from, to: Date.now() + RECOVERY_GRACE_MS };
        })()
      : Promise.resolve();
    log(`${seconds} s of load from ${plans.length} sessions${outage ? `, outage of ${outage} s` : ""}`);
    await Promise.all([
      outageDone,
      ...plans.map((plan, i) =>
        runSession({
          base,
          plan,
          jar: jars[i],
          ids: actionIds,
          seed: 1000 + i,
          deadline,
          tag,
          versions,
          queues,
          samples,
          acks,
        }),
      ),
    ]);
    const elapsed = (Date.now() - started) / 1000;

    // 5. Classify: a 503 or "unavailable" inside the outage window is expected; anything else not ok is an error.
    const w = window as { from: number; to: number } | null;
    const inWindow = (s: Sample) => !!w && s.end >= w.from && s.start <= w.to;
    const byKind = Object.fromEntries(
      KINDS.map((kind) => {
        const of = samples.filter((s) => s.kind === kind);
        const ok = of.filter((s) => s.outcome === "ok").map((s) => s.end - s.start);
        return [
          kind,
          {
            requests: of.length,
            ok: ok.length,
            unavailable: of.filter((s) => s.outcome === "unavailable" && inWindow(s)).length,
            errors: of.filter((s) => s.outcome === "error" || (s.outcome === "unavailable" && !inWindow(s))).length,
            p50Ms: percentile(ok, 50),
            p95Ms: percentile(ok, 95),
          },
        ];
      }),
    );
    const errors = samples.filter((s) => s.outcome === "error" || (s.outcome === "unavailable" && !inWindow(s)));

    // 6. Verify the writes and the standings.
    const check = await openDatabase({ url });
    const verification = await verifyRun(check.db, tag, acks);
    await check.close();

    const checked = verificationSummary(verification);
    const summary = {
      seconds: Math.round(elapsed * 10) / 10,
      sessions: plans.length,
      accounts: {
        members: plans.filter((p) => p.role === "member").length,
        leads: plans.filter((p) => p.role === "lead").length,
      },
      requests: samples.length,
      requestsPerSecond: Math.round(samples.length / elapsed),
      errors: errors.length,
      errorExamples: [
        ...new Set(
          errors.map(
            (e) =>
              `${e.kind}: ${e.detail}` +
              (w
                ? ` (${((e.start - w.from) / 1000).toFixed(1)}–${((e.end - w.from) / 1000).toFixed(1)} s from the stop)`
                : ""),
          ),
        ),
      ].slice(0, 10),
      byKind,
      outage: w
        ? {
            seconds: outage,
            mode: outageMode,
            windowSeconds: Math.round((w.to - w.from) / 100) / 10,
            unavailable: samples.filter((s) => s.outcome === "unavailable" && inWindow(s)).length,
            okDuringWindow: samples.filter((s) => s.outcome === "ok" && inWindow(s)).length,
          }
        : null,
      // The server's own log: an uncaught exception is a defect even when every answer looked right (the driver's
      // pool poisoning showed first as `uncaughtException: … reading 'write'` at the stop, then as timeouts).
      server: {
        uncaughtExceptions: app.log.filter((line) => line.includes("uncaughtException")).length,
        connectTimeoutLogLines: app.log.filter((line) => line.includes("CONNECT_TIMEOUT")).length,
      },
      verification: { acknowledgedWrites: verification.acknowledged, ...checked.summary },
    };
    console.log(JSON.stringify(summary, null, 2));
    const failed = errors.length > 0 || summary.server.uncaughtExceptions > 0 || checked.failed;
    if (failed) {
      const logFile = path.join(tmpdir(), `levelboard-bench-load-${tag}.log`);
      writeFileSync(logFile, app.log.join("\n") + "\n");
      log(`the server's log: ${logFile}`);
      log("FAILED: errors, uncaught exceptions in the server, lost or half-written writes, or drift (see the summary)");
    }
    await cleanup();
    process.exit(failed ? 1 : 0);
  } catch (e) {
    await cleanup();
    console.error(`levelboard: bench:load: ${(e as Error).message}`);
    process.exit(1);
  }
}

await main();
