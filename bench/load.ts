// `npm run bench:load [-- --seconds 60 --sessions 50 --members 1000 --outage 10 --processes 1]`: concurrent signed-in
// sessions against the production build (`next build` first if there is none) on a PostgreSQL server — its own
// throwaway server with the bench organisation (`bench:data`), or BENCH_DATABASE_URL. 80% reads (pages, /api/v1), 20%
// writes through the real server actions. With --outage N the server is stopped for N seconds in the middle of the run
// (pg_ctl stop -m fast, or --outage-mode immediate) and started again: answers in that window may be 503 (counted
// apart, not errors), and every server process must answer again afterwards. Afterwards the run verifies its writes
// and the standings (bench/load/verify.ts).
// --processes N (2 or more) starts N servers on the same database and AUTH_SECRET, with TRUST_PROXY and the jobs on,
// behind a round-robin proxy of the run's own (bench/load/proxy.ts; each session its own client address), and checks
// that nothing that matters lives in one process (bench/load/checks.ts): a write through one is read through another
// at once, failed sign-ins over both lock the account, a password reset through one ends the sessions on the other,
// the jobs' start runs ran once.
// Prints one JSON summary; exits 1 on errors, an uncaught exception in a server's log, lost or half-written writes,
// standings drift, or a failed check — never on timings.
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
import { BENCH_ACCOUNTS } from "../seed/bench-org";
import { startPgServer, type PgServer } from "./load/pg";
import { freePort, startApp, type App } from "./load/server";
import { actionId, CookieJar, dispatcherFrom, loadActionIds, signIn } from "./load/protocol";
import { startProxy, type Proxy } from "./load/proxy";
import {
  jobsRanOnce,
  lockAcross,
  recoveredEach,
  sessionsEndAcross,
  writeSeenAcross,
  type CheckResult,
  type Process,
} from "./load/checks";
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
const began = Date.now();
const log = (line: string) => console.error(`bench:load: [${((Date.now() - began) / 1000).toFixed(1)} s] ${line}`);
const percentile = (xs: number[], p: number) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Answers that arrive up to this long after the server is back may still be 503: the app re-probes first. */
const RECOVERY_GRACE_MS = 3000;
/** Each process must answer /api/health and a signed-in page again within this long after the server is back. */
const RECOVERY_LIMIT_MS = 30_000;
/** Session i's client address behind the proxy: its own loopback address (127.1.x.y; Linux routes all of 127/8). */
const sessionAddress = (i: number) => `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;

async function main() {
  const seconds = intArg("seconds", 60, 5, 3600);
  const sessions = intArg("sessions", 50, 1, 200);
  const membersWanted = intArg("members", 1000, 100, 200_000);
  const outage = intArg("outage", 0, 0, 600);
  const processCount = intArg("processes", 1, 1, 8);
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
  let apps: App[] = [];
  let proxy: Proxy | undefined;
  const cleanup = async () => {
    await proxy?.close();
    await Promise.all(apps.map((a) => a.stop("SIGTERM")));
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
    const multi = processCount > 1;
    // What the processes share: the database and AUTH_SECRET — nothing else. Behind the proxy they trust its
    // X-Forwarded-For (sign-in attempts also counted per client address); the jobs on, as by default.
    const env = {
      DATABASE_URL: url,
      AUTH_SECRET: randomBytes(33).toString("base64"),
      LEVELBOARD_JOBS: "on",
      ...(multi ? { TRUST_PROXY: "true" } : {}),
    };
    log(`starting ${processCount} server process${multi ? "es" : ""}`);
    const serversFrom = new Date();
    apps = await Promise.all(Array.from({ length: processCount }, () => startApp(root, env)));
    const processes: Process[] = apps.map((a, i) => ({ name: String.fromCharCode(65 + i), base: a.base }));
    if (multi) {
      proxy = await startProxy(apps.map((a) => a.base));
      log(
        `${processCount} server processes (${processes.map((p) => `${p.name} ${p.base}`).join(", ")}) behind ${proxy.base}`,
      );
    }
    const base = proxy?.base ?? apps[0].base;

    // 3. The sessions, signed in through the login form.
    const handle = await openDatabase({ url });
    const plans = await planSessions(handle.db, sessions);
    const versions = await skillVersions(
      handle.db,
      plans.flatMap((p) => p.memberIds),
    );
    const [{ departmentId }] = await handle.db.select({ departmentId: departments.id }).from(departments).limit(1);
    await handle.close();
    const jars: CookieJar[] = [];
    for (let i = 0; i < plans.length; i += 4)
      jars.push(
        ...(await Promise.all(
          plans.slice(i, i + 4).map(async (p, k) => {
            const jar = new CookieJar(multi ? await dispatcherFrom(sessionAddress(i + k)) : undefined);
            return signIn(base, loginId, p.email, DEMO_PASSWORD, jar);
          }),
        )),
      );
    // A session of its own for probing each process directly after the outage.
    const probe = outage ? await signIn(apps[0].base, loginId, plans[0].email, DEMO_PASSWORD) : null;
    const probePage = `/members/${plans[0].memberIds[0]}`;
    log(`${plans.length} sessions signed in; warming up`);
    await Promise.all(
      plans.map((p, i) =>
        fetch(`${base}/`, { ...jars[i].via, headers: { cookie: jars[i].header() } }).then((r) => r.text()),
      ),
    );

    // 4. The load, with the outage in the middle.
    const tag = randomBytes(4).toString("hex");
    const samples: Sample[] = [];
    const acks: AckWrite[] = [];
    const queues: ReviewQueues = new Map();
    const started = Date.now();
    const deadline = started + seconds * 1000;
    let window: { from: number; to: number } | null = null;
    let recovery: Awaited<ReturnType<typeof recoveredEach>> = [];
    const outageDone = outage
      ? (async () => {
          await sleep(((seconds - outage) / 2) * 1000);
          const from = Date.now();
          log(`stopping PostgreSQL (-m ${outageMode}) for ${outage} s`);
          for (const a of apps) a.log.push(`---- bench:load: stopping PostgreSQL at ${new Date(from).toISOString()}`);
          await pg!.stop(outageMode as "fast" | "immediate");
          await sleep(Math.max(0, from + outage * 1000 - Date.now()));
          await pg!.start();
          const back = Date.now();
          log("PostgreSQL started again");
          for (const a of apps) a.log.push(`---- bench:load: PostgreSQL started again at ${new Date().toISOString()}`);
          window = { from, to: back + RECOVERY_GRACE_MS };
          // Every process answers again: polled directly, not through the proxy (which would hide one that does not).
          recovery = await recoveredEach(processes, probe!, probePage, back, RECOVERY_LIMIT_MS);
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
    const okTimes = samples.filter((s) => s.outcome === "ok").map((s) => s.end - s.start);
    // Per process: what the proxy passed on from each (a 503 inside the window is the outage answered, not an error).
    const perProcess = processes.map((p, i) => {
      const of = proxy ? proxy.answers.filter((a) => a.backend === i) : [];
      const within = (a: { start: number; end: number }) => !!w && a.end >= w.from && a.start <= w.to;
      const rec = recovery.find((r) => r.process === p.name);
      return {
        process: p.name,
        requests: proxy ? of.length : samples.length,
        answered503InOutage: proxy && w ? of.filter((a) => a.status === 503 && within(a)).length : null,
        serverErrors: proxy ? of.filter((a) => a.status >= 500 && !(a.status === 503 && within(a))).length : null,
        ...(w ? { recovered: rec ? { healthAfterMs: rec.healthAfterMs, pageAfterMs: rec.pageAfterMs } : null } : {}),
      };
    });

    // 6. The checks across processes, then the verification of the writes (the checks' own included) and standings.
    const check = await openDatabase({ url });
    let checks: Record<string, CheckResult | (CheckResult & { ran: number; skipped: number; runs: number })> | null =
      null;
    if (multi) {
      const [a, b] = processes;
      const checkIds = {
        login: loginId,
        record: actionIds.record,
        rate: actionIds.rate,
        createUser: actionId(ids, "lib/actions/users.ts", "createUser"),
        resetPassword: actionId(ids, "lib/actions/users.ts", "resetUserPassword"),
        endOthers: actionId(ids, "lib/actions/sessions.ts", "endOtherSessions"),
      };
      const member = plans.find((p) => p.role === "member")!;
      log("checks across the processes");
      const admin = await signIn(a.base, loginId, BENCH_ACCOUNTS.admin, DEMO_PASSWORD);
      // Independent (each its own accounts), so they run at once.
      const [seen, lock, ended, jobs] = await Promise.all([
        writeSeenAcross({ a, b, ids: checkIds, plan: member, password: DEMO_PASSWORD, tag, acks }),
        lockAcross({ a, b, ids: checkIds, admin, departmentId, tag }),
        sessionsEndAcross({ a, b, ids: checkIds, admin, departmentId, tag }),
        jobsRanOnce({ db: check.db, since: serversFrom, logs: apps.map((x) => x.log) }),
      ]);
      checks = { writeSeenAcross: seen, lockAcross: lock, sessionsEndAcross: ended, jobsRanOnce: jobs };
    }
    log("verifying the writes and the standings");
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
      processes: processCount,
      requests: samples.length,
      requestsPerSecond: Math.round(samples.length / elapsed),
      latency: { p50Ms: percentile(okTimes, 50), p95Ms: percentile(okTimes, 95) },
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
      perProcess,
      // The servers' own logs: an uncaught exception is a defect even when every answer looked right (the driver's
      // pool poisoning showed first as `uncaughtException: … reading 'write'` at the stop, then as timeouts).
      server: {
        uncaughtExceptions: apps.flatMap((a) => a.log).filter((line) => line.includes("uncaughtException")).length,
        connectTimeoutLogLines: apps.flatMap((a) => a.log).filter((line) => line.includes("CONNECT_TIMEOUT")).length,
      },
      checks,
      verification: { acknowledgedWrites: verification.acknowledged, ...checked.summary },
    };
    console.log(JSON.stringify(summary, null, 2));
    log("done");
    // Every process answered the outage with 503s (through the proxy) and answers again (directly).
    const outageFailed =
      !!w &&
      perProcess.some(
        (p) =>
          !p.recovered ||
          p.recovered.healthAfterMs === null ||
          p.recovered.pageAfterMs === null ||
          (p.answered503InOutage !== null && p.answered503InOutage === 0),
      );
    const checksFailed = !!checks && Object.values(checks).some((c) => !c.ok);
    const failed =
      errors.length > 0 || summary.server.uncaughtExceptions > 0 || checked.failed || outageFailed || checksFailed;
    if (failed) {
      for (const [i, a] of apps.entries()) {
        const logFile = path.join(tmpdir(), `levelboard-bench-load-${tag}${multi ? `-${processes[i].name}` : ""}.log`);
        writeFileSync(logFile, a.log.join("\n") + "\n");
        log(`the server's log: ${logFile}`);
      }
      log(
        "FAILED: errors, uncaught exceptions in a server, lost or half-written writes, drift, an outage not answered " +
          "or not recovered by every process, or a failed check across processes (see the summary)",
      );
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
