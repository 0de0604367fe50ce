// When the server runs the time-based work (docs/jobs.md): the LEVELBOARD_JOBS switch, the intervals, and a repeater
// whose runs never overlap and whose timers never keep a process alive.

/** The jobs: at start, then every hour. */
export const JOBS_EVERY_MS = 60 * 60 * 1000;
/** The ticks (the mail sender): every 5 seconds. */
export const TICKS_EVERY_MS = 5_000;
/** How long the server's start waits for the start run before serving (it then finishes in the background). */
export const START_RUN_WAIT_MS = 15_000;

const OFF = /^(off|0|false|no)$/i;
const ON = /^(on|1|true|yes)?$/i;

/** LEVELBOARD_JOBS: unset, "on", "1", "true", "yes" → on; "off", "0", "false", "no" → off; anything else → on, with
 *  a warning naming the variable (a typo must not silently stop the reminders). */
export function parseJobsSetting(raw: string | undefined): { enabled: boolean; warning?: string } {
  const value = (raw ?? "").trim();
  if (OFF.test(value)) return { enabled: false };
  if (ON.test(value)) return { enabled: true };
  return { enabled: true, warning: `LEVELBOARD_JOBS must be "on" or "off", not "${value}"; the jobs stay on.` };
}

export type Repeater = {
  /** Clears the timer; resolves once a run under way has finished. */
  stop: () => Promise<void>;
  /** Whether a run is under way (for tests). */
  readonly busy: boolean;
};

/**
 * Calls `run` after `firstDelayMs`, then `everyMs` after each run began (at once when a run took longer): the next
 * run is only scheduled when the previous one has finished, so two never overlap. A run's rejection is its own
 * business (`run` should catch and log); the repeater goes on. Timers are unref'd: they never keep a process alive.
 */
export function repeat({
  everyMs,
  firstDelayMs = everyMs,
  run,
}: {
  everyMs: number;
  firstDelayMs?: number;
  run: () => Promise<unknown>;
}): Repeater {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let inFlight: Promise<void> | null = null;
  const schedule = (delayMs: number) => {
    if (stopped) return;
    timer = setTimeout(fire, Math.max(0, delayMs));
    timer.unref?.();
  };
  const fire = () => {
    timer = undefined;
    const began = Date.now();
    inFlight = Promise.resolve()
      .then(run)
      .then(
        () => {},
        () => {},
      )
      .finally(() => {
        inFlight = null;
        schedule(everyMs - (Date.now() - began));
      });
  };
  schedule(firstDelayMs);
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
    get busy() {
      return inFlight !== null;
    },
  };
}

/**
 * Logs a repeated failure once per streak: the first failure, then one line when it works again (a tick every 5 s
 * during a database outage would otherwise print 12 lines a minute).
 */
export function failureStreak(name: string, log: (line: string) => void) {
  let failing: string | null = null;
  return {
    ok() {
      if (failing !== null) log(`levelboard: ${name} works again.`);
      failing = null;
    },
    failed(error: string) {
      if (failing === null) log(`levelboard: ${name} failed: ${error} (not repeated until it works again)`);
      failing = error;
    },
  };
}
