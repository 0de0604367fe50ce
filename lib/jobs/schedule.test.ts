// The server's schedule: the LEVELBOARD_JOBS switch, a repeater whose runs never overlap and that stops cleanly,
// and failure logging once per streak.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { failureStreak, parseJobsSetting, repeat } from "./schedule";

describe("LEVELBOARD_JOBS", () => {
  it.each([undefined, "", "on", "ON", "1", "true", "yes"])("%s turns the jobs on", (raw) => {
    expect(parseJobsSetting(raw)).toEqual({ enabled: true });
  });
  it.each(["off", "OFF", " off ", "0", "false", "no"])("%s turns them off", (raw) => {
    expect(parseJobsSetting(raw)).toEqual({ enabled: false });
  });
  it("keeps them on for anything else, with a warning naming the variable and the value", () => {
    const s = parseJobsSetting("of");
    expect(s.enabled).toBe(true);
    expect(s.warning).toBe('LEVELBOARD_JOBS must be "on" or "off", not "of"; the jobs stay on.');
  });
});

describe("repeat", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs after the first delay, then every interval from each run's start", async () => {
    const starts: number[] = [];
    const r = repeat({ everyMs: 1000, firstDelayMs: 10, run: async () => void starts.push(Date.now()) });
    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(3100);
    expect(starts.map((s) => s - t0)).toEqual([10, 1010, 2010, 3010]);
    await r.stop();
  });

  it("never overlaps a slow run: the next one begins once it has finished", async () => {
    let concurrent = 0;
    let most = 0;
    const starts: number[] = [];
    const r = repeat({
      everyMs: 100,
      firstDelayMs: 0,
      run: async () => {
        starts.push(Date.now());
        most = Math.max(most, ++concurrent);
        await new Promise((resolve) => setTimeout(resolve, 250));
        concurrent--;
      },
    });
    const t0 = Date.now();
    await vi.advanceTimersByTimeAsync(1000);
    expect(most).toBe(1);
    // Each run begins right after the previous one ended (250 ms later; a timer of 0 ms fires after 1 ms).
    expect(starts[0] - t0).toBe(0);
    const gaps = starts.slice(1).map((s, i) => s - starts[i]);
    expect(gaps).toHaveLength(3);
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(250);
      expect(gap).toBeLessThanOrEqual(251);
    }
    const stopped = r.stop();
    await vi.advanceTimersByTimeAsync(300);
    await stopped;
  });

  it("goes on after a run that fails", async () => {
    let calls = 0;
    const r = repeat({
      everyMs: 100,
      run: async () => {
        calls++;
        throw new Error("database down");
      },
    });
    await vi.advanceTimersByTimeAsync(350);
    expect(calls).toBe(3);
    await r.stop();
  });

  it("stop() clears the timer and waits for the run under way; nothing runs after it", async () => {
    let finished = 0;
    let calls = 0;
    const r = repeat({
      everyMs: 100,
      firstDelayMs: 0,
      run: async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 50));
        finished++;
      },
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(r.busy).toBe(true);
    const stopped = r.stop();
    await vi.advanceTimersByTimeAsync(50);
    await stopped;
    expect(finished).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("unrefs its timer, so it never keeps a process alive", async () => {
    const spy = vi.spyOn(globalThis, "setTimeout");
    const r = repeat({ everyMs: 1000, run: async () => {} });
    const timer = spy.mock.results.at(-1)!.value as { hasRef?: () => boolean };
    // Fake timers mirror Node's Timeout API: a timer left ref'd would report hasRef() true.
    expect(timer.hasRef?.()).toBe(false);
    spy.mockRestore();
    await r.stop();
  });
});

describe("failureStreak", () => {
  it("logs the first failure and the recovery, not every repeat", () => {
    const lines: string[] = [];
    const s = failureStreak("the ticks", (l) => lines.push(l));
    s.ok();
    s.failed("connection refused");
    s.failed("connection refused");
    s.failed("timeout");
    s.ok();
    s.ok();
    s.failed("again");
    expect(lines).toEqual([
      "levelboard: the ticks failed: connection refused (not repeated until it works again)",
      "levelboard: the ticks works again.",
      "levelboard: the ticks failed: again (not repeated until it works again)",
    ]);
  });
});
