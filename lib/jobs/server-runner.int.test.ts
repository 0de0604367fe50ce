// The server's runner on a real database: LEVELBOARD_JOBS=off starts nothing and says so; a database that cannot be
// reached makes a run fail in one line, the next run recovers, and the runner stops cleanly.
import { count } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import type { DbHandle } from "../db/client";
import { jobRuns } from "../db/schema";
import { startServerJobs, type ServerJobs } from "./server-runner";

const h = useIntegrationDb({ fixture: false });
let runner: ServerJobs | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});
const runs = async () => (await h.db.select({ n: count() }).from(jobRuns))[0].n;

describe("startServerJobs", () => {
  it("LEVELBOARD_JOBS=off: one line, and nothing opens the database", async () => {
    const lines: string[] = [];
    let opened = 0;
    runner = await startServerJobs({
      env: { LEVELBOARD_JOBS: "off" },
      open: async () => (opened++, h.handle),
      log: (l) => lines.push(l),
      signals: false,
      ticksEveryMs: 10,
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(opened).toBe(0);
    expect(lines).toEqual([
      "levelboard: time-based jobs are off (LEVELBOARD_JOBS=off): run `npm run jobs` from cron instead.",
    ]);
  });

  it("a run that cannot reach the database fails in one line; the next run recovers", async () => {
    const before = await runs();
    const errors: string[] = [];
    const lines: string[] = [];
    let down = true;
    const open = async (): Promise<DbHandle> => {
      if (down) throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
      return h.handle;
    };
    runner = await startServerJobs({
      env: {},
      open,
      log: (l) => lines.push(l),
      logError: (l) => errors.push(l),
      signals: false,
      jobsEveryMs: 100,
      ticksEveryMs: 20,
    });
    // The start run has failed (startServerJobs waits for it), and the ticks fail once the same way.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(errors[0]).toBe(
      "levelboard: the jobs could not run: Error [ECONNREFUSED]: connect ECONNREFUSED 127.0.0.1:5432 (the next run tries again)",
    );
    expect(errors.filter((l) => l.includes("ticks"))).toHaveLength(1);
    expect(await runs()).toBe(before);
    down = false;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await runs()).toBeGreaterThan(before);
    expect(lines.some((l) => /^levelboard: \d+ jobs? in \d+ ms/.test(l))).toBe(true);
    expect(errors.at(-1)).toBe("levelboard: the ticks (mail sender) works again.");
    await runner.stop();
    const after = await runs();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await runs()).toBe(after);
  });
});
