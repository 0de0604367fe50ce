// The server's own runner of the time-based work (started by instrumentation.ts): the jobs at start and then
// hourly, the ticks every 5 seconds, unless LEVELBOARD_JOBS=off. Nothing here may crash the server: a run that
// fails (the database is down) is logged in one line and the next one tries again.
import { getDbHandle, type DbHandle } from "../db/client";
import { loggableError } from "../errors";
import { describeRun, runJobsOnce, runTicksOnce, type JobTrigger } from "./runner";
import {
  failureStreak,
  JOBS_EVERY_MS,
  parseJobsSetting,
  repeat,
  START_RUN_WAIT_MS,
  TICKS_EVERY_MS,
  type Repeater,
} from "./schedule";

export type ServerJobs = { stop: () => Promise<void> };

type Options = {
  env?: Record<string, string | undefined>;
  open?: () => Promise<DbHandle>;
  log?: (line: string) => void;
  logError?: (line: string) => void;
  /** How long to wait for the start run before returning (the server serves once this resolves). */
  startWaitMs?: number;
  jobsEveryMs?: number;
  ticksEveryMs?: number;
  /** Stop the timers on SIGTERM/SIGINT (tests say no: the test process's signals are not theirs). */
  signals?: boolean;
};

const state = globalThis as unknown as { levelboardServerJobs?: ServerJobs };

/** Starts the runner once per process (a second call, e.g. a dev server's reload, returns the first). */
export async function startServerJobs(options: Options = {}): Promise<ServerJobs> {
  if (state.levelboardServerJobs) return state.levelboardServerJobs;
  const {
    env = process.env,
    open = getDbHandle,
    log = console.log,
    logError = console.error,
    startWaitMs = START_RUN_WAIT_MS,
    jobsEveryMs = JOBS_EVERY_MS,
    ticksEveryMs = TICKS_EVERY_MS,
    signals = true,
  } = options;
  const setting = parseJobsSetting(env.LEVELBOARD_JOBS);
  if (setting.warning) logError(`levelboard: ${setting.warning}`);
  if (!setting.enabled) {
    log("levelboard: time-based jobs are off (LEVELBOARD_JOBS=off): run `npm run jobs` from cron instead.");
    const off: ServerJobs = {
      stop: async () => {
        if (state.levelboardServerJobs === off) state.levelboardServerJobs = undefined;
      },
    };
    return (state.levelboardServerJobs = off);
  }

  const runJobs = async (trigger: JobTrigger) => {
    try {
      const { db, engine } = await open();
      const run = await runJobsOnce({ db, engine, now: new Date(), trigger, logError });
      (run.status === "ran" && !run.ok ? logError : log)(`levelboard: ${describeRun(run)}`);
    } catch (e) {
      logError(`levelboard: the jobs could not run: ${loggableError(e)} (the next run tries again)`);
    }
  };
  const ticksStreak = failureStreak("the ticks (mail sender)", logError);
  const runTicks = async () => {
    try {
      const { db, engine } = await open();
      const failed = (await runTicksOnce({ db, engine, now: new Date() })).filter((t) => t.error !== undefined);
      if (failed.length) ticksStreak.failed(failed.map((t) => `${t.name}: ${t.error}`).join("; "));
      else ticksStreak.ok();
    } catch (e) {
      ticksStreak.failed(loggableError(e));
    }
  };

  const repeaters: Repeater[] = [];
  const started = runJobs("start");
  repeaters.push(repeat({ everyMs: jobsEveryMs, run: () => runJobs("hourly") }));
  repeaters.push(repeat({ everyMs: ticksEveryMs, run: runTicks }));
  let stopping: Promise<void> | null = null;
  const jobs: ServerJobs = {
    stop: () =>
      (stopping ??= Promise.all([started, ...repeaters.map((r) => r.stop())]).then(() => {
        if (state.levelboardServerJobs === jobs) state.levelboardServerJobs = undefined;
      })),
  };
  state.levelboardServerJobs = jobs;
  // On SIGTERM/SIGINT the timers stop, so no run begins while Next closes the server (Next exits the process itself;
  // should nothing else listen for the signal, it is raised again so the default ending happens).
  for (const signal of signals ? (["SIGTERM", "SIGINT"] as const) : []) {
    process.once(signal, () => {
      void jobs.stop();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
  // The server serves once the start run has finished (the demo's reminders and counts are in place for the first
  // page), or after startWaitMs, whichever comes first; a longer run goes on in the background.
  await Promise.race([started, new Promise((resolve) => setTimeout(resolve, startWaitMs).unref())]);
  return jobs;
}
