// Runs the time-based jobs once (docs/jobs.md): each in turn, a failing one logged in one line and recorded without
// stopping the others; the run is recorded in job_runs. On a PostgreSQL server the run holds an advisory lock, so two
// processes (two servers, a server and `npm run jobs`) never run the jobs at once; in one process a second run that
// starts while one is under way is skipped too (on the embedded database, which serves one process, by a flag). The
// servers' own runs (start, hourly) run once per clock hour: each server's hourly timer counts from its own start, so
// N servers would otherwise run the jobs N times an hour.
import { and, eq, gte, lt } from "drizzle-orm";
import type { Sql } from "postgres";
import type { Db, Engine } from "../db/client";
import { jobRuns } from "../db/schema";
import { loggableError } from "../errors";
import { JOBS, TICKS, type Job, type Tick } from "./registry";

/** The advisory lock's key (pg_try_advisory_lock takes a bigint): "LBJOBS" in ASCII (0x4c424a4f4253), so it names itself. */
export const JOBS_LOCK_KEY = "83847598260819";

/** How long job_runs keeps a run. */
export const KEEP_RUNS_DAYS = 90;

export type JobTrigger = "start" | "hourly" | "command" | "admin";
export const JOB_TRIGGERS: readonly JobTrigger[] = ["start", "hourly", "command", "admin"];
/** The servers' own runs: skipped when the jobs already ran successfully in the same clock hour (any trigger). */
const AUTOMATIC_TRIGGERS: readonly JobTrigger[] = ["start", "hourly"];

/** The clock hour (UTC) a run started in: the slot the servers' runs share. */
export const JOBS_SLOT_MS = 60 * 60 * 1000;
export const jobsSlotStart = (ms: number) => new Date(Math.floor(ms / JOBS_SLOT_MS) * JOBS_SLOT_MS);

/** One job's outcome in a run; `error` is its one-line message (no stack), absent when it succeeded. */
export type JobSummary = { name: string; ms: number; notified: number; changed: number; error?: string };

export type JobsRun =
  | { status: "ran"; ok: boolean; runId: number; ms: number; jobs: JobSummary[] }
  /**
   * Another process (the advisory lock) or another run in this process is running the jobs, or (a server's start or
   * hourly run) they already ran successfully in this clock hour.
   */
  | { status: "skipped"; reason: "locked" | "running" | "done" };

export type RunOptions = {
  db: Db;
  engine: Engine;
  now: Date;
  trigger?: JobTrigger;
  /** The jobs to run (the registry's by default; tests pass their own). */
  jobs?: readonly Job[];
  /** Where a failing job's line goes (console.error by default). */
  logError?: (line: string) => void;
};

const running = globalThis as unknown as { levelboardJobsRunning?: boolean };

/** Runs each job in order, isolating failures; records the run. Throws only when the run cannot start or be recorded. */
export async function runJobsOnce(options: RunOptions): Promise<JobsRun> {
  if (options.engine === "postgres") {
    // Each run takes its own connection, so the advisory lock also keeps two runs of one process apart.
    const locked = await withJobsLock(options.db, options.engine, () => runAndRecord(options));
    return locked.held ? locked.value : { status: "skipped", reason: "locked" };
  }
  // The embedded engine serves one process. Next bundles the instrumentation hook and the server actions apart: the
  // flag lives on globalThis, not in this module.
  if (running.levelboardJobsRunning) return { status: "skipped", reason: "running" };
  running.levelboardJobsRunning = true;
  try {
    return await runAndRecord(options);
  } finally {
    running.levelboardJobsRunning = false;
  }
}

async function runAndRecord({
  db,
  engine,
  now,
  trigger = "command",
  jobs = JOBS,
  logError = console.error,
}: RunOptions): Promise<JobsRun> {
  const started = Date.now();
  // Under the lock (or the flag): no other run can be under way, so a successful one in this hour is finished.
  if (AUTOMATIC_TRIGGERS.includes(trigger)) {
    const [done] = await db
      .select({ id: jobRuns.id })
      .from(jobRuns)
      .where(and(eq(jobRuns.ok, true), gte(jobRuns.startedAt, jobsSlotStart(started))))
      .limit(1);
    if (done) return { status: "skipped", reason: "done" };
  }
  const [run] = await db
    .insert(jobRuns)
    .values({ trigger, startedAt: new Date(started) })
    .returning({ id: jobRuns.id });
  const summaries: JobSummary[] = [];
  for (const job of jobs) {
    const t0 = performance.now();
    try {
      const result = (await job.run({ db, engine, now })) ?? {};
      summaries.push({ name: job.name, ms: elapsed(t0), notified: result.notified ?? 0, changed: result.changed ?? 0 });
    } catch (e) {
      const error = loggableError(e);
      logError(`levelboard: job ${job.name} failed: ${error}`);
      summaries.push({ name: job.name, ms: elapsed(t0), notified: 0, changed: 0, error });
    }
  }
  const ok = summaries.every((s) => s.error === undefined);
  await db.update(jobRuns).set({ finishedAt: new Date(), ok, summary: summaries }).where(eq(jobRuns.id, run.id));
  // The record is for "when did the jobs last run, and how": 90 days of it is plenty (about 2,200 hourly rows).
  await db.delete(jobRuns).where(lt(jobRuns.startedAt, new Date(started - KEEP_RUNS_DAYS * 86_400_000)));
  return { status: "ran", ok, runId: run.id, ms: Date.now() - started, jobs: summaries };
}

export type TickSummary = { name: string; ms: number; error?: string };

/** Runs each tick once (the mail sender delivering the outbox), isolating failures. Ticks take no lock: each is safe in
 *  several processes by itself (the sender claims its rows). */
export async function runTicksOnce({
  db,
  engine,
  now,
  ticks = TICKS,
}: {
  db: Db;
  engine: Engine;
  now: Date;
  ticks?: readonly Tick[];
}): Promise<TickSummary[]> {
  const out: TickSummary[] = [];
  for (const tick of ticks) {
    const t0 = performance.now();
    try {
      await tick.run({ db, engine, now });
      out.push({ name: tick.name, ms: elapsed(t0) });
    } catch (e) {
      out.push({ name: tick.name, ms: elapsed(t0), error: loggableError(e) });
    }
  }
  return out;
}

const elapsed = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;

/** The postgres.js client under a drizzle database (drizzle keeps it as $client). */
function sqlClientOf(db: Db): Sql {
  const client = (db as unknown as { $client?: Sql }).$client;
  if (!client || typeof client.reserve !== "function") throw new Error("the database has no postgres.js client");
  return client;
}

/**
 * Runs `fn` holding the jobs' advisory lock on a PostgreSQL server, or says the lock is held elsewhere. A session-level
 * lock on a reserved connection, not a transaction's: the jobs open their own transactions on the pool, and a
 * transaction left open around them would be ended by idle_in_transaction_session_timeout. Should the connection
 * drop, the server releases the lock with the session. The embedded engine serves one process: no lock.
 */
export async function withJobsLock<T>(
  db: Db,
  engine: Engine,
  fn: () => Promise<T>,
): Promise<{ held: true; value: T } | { held: false }> {
  if (engine !== "postgres") return { held: true, value: await fn() };
  const reserved = await sqlClientOf(db).reserve();
  try {
    const [row] = await reserved.unsafe(`select pg_try_advisory_lock(${JOBS_LOCK_KEY}) as held`);
    if (!row?.held) return { held: false };
    try {
      return { held: true, value: await fn() };
    } finally {
      await reserved.unsafe(`select pg_advisory_unlock(${JOBS_LOCK_KEY})`).catch(() => {});
    }
  } finally {
    reserved.release();
  }
}

/** One line for the log or the terminal: "3 jobs in 120 ms, 2 notified, 0 changed; failed: digest". */
export function describeRun(run: JobsRun): string {
  if (run.status === "skipped")
    return run.reason === "locked"
      ? "jobs skipped: another process is running them (advisory lock held)."
      : run.reason === "done"
        ? "jobs skipped: they already ran this hour (another process, or an earlier run)."
        : "jobs skipped: a run is already under way in this process.";
  const notified = run.jobs.reduce((n, j) => n + j.notified, 0);
  const changed = run.jobs.reduce((n, j) => n + j.changed, 0);
  const failed = run.jobs.filter((j) => j.error !== undefined).map((j) => j.name);
  return `${run.jobs.length} job${run.jobs.length === 1 ? "" : "s"} in ${run.ms} ms, ${notified} notified, ${changed} changed${
    failed.length ? `; failed: ${failed.join(", ")}` : ""
  }.`;
}
