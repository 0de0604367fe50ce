// The job runner on a real database (PGlite here, the PostgreSQL server in CI's second pass): a run is recorded, a
// failing job is isolated, a reminder keyed by reminderKey notifies once however often the jobs run, and two runs at
// once run each job once (the advisory lock on a server, the in-process flag on PGlite), and the servers' start and
// hourly runs run once per clock hour whichever server's timer comes first.
import { count, desc, eq, gte } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import { jobRuns, notifications } from "../db/schema";
import { notify, reminderKey } from "../notify/notify";
import { text } from "../i18n/text";
import type { Job } from "./registry";
import {
  describeRun,
  JOBS_SLOT_MS,
  jobsSlotStart,
  KEEP_RUNS_DAYS,
  runJobsOnce,
  type JobsRun,
  type JobSummary,
} from "./runner";

const h = useIntegrationDb();
const onServer = Boolean(process.env.TEST_DATABASE_URL);
const now = new Date("2027-03-01T09:00:00Z");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ran = (run: JobsRun) => {
  if (run.status !== "ran") throw new Error(`expected a run, got ${JSON.stringify(run)}`);
  return run;
};

describe("runJobsOnce", () => {
  it("runs every job in order, isolates a failing one, logs it in one line and records the run", async () => {
    const order: string[] = [];
    const lines: string[] = [];
    const jobs: Job[] = [
      {
        name: "first",
        run: async (ctx) => {
          order.push(`first@${ctx.now.toISOString()}`);
          return { changed: 2 };
        },
      },
      {
        name: "broken",
        run: async () => {
          order.push("broken");
          throw new Error('relation "nope" does not exist');
        },
      },
      { name: "last", run: async () => void order.push("last") },
    ];
    const run = ran(
      await runJobsOnce({
        db: h.db,
        engine: h.handle.engine,
        now,
        trigger: "admin",
        jobs,
        logError: (l) => lines.push(l),
      }),
    );
    expect(order).toEqual(["first@2027-03-01T09:00:00.000Z", "broken", "last"]);
    expect(run.ok).toBe(false);
    expect(run.jobs.map(({ name, notified, changed, error }) => ({ name, notified, changed, error }))).toEqual([
      { name: "first", notified: 0, changed: 2, error: undefined },
      {
        name: "broken",
        notified: 0,
        changed: 0,
        error: 'Error: relation "nope" does not exist',
      },
      { name: "last", notified: 0, changed: 0, error: undefined },
    ]);
    expect(lines).toHaveLength(1);
    // One line, no stack (which would name this file).
    expect(lines[0]).toBe('levelboard: job broken failed: Error: relation "nope" does not exist');

    const [row] = await h.db.select().from(jobRuns).where(eq(jobRuns.id, run.runId));
    expect(row.trigger).toBe("admin");
    expect(row.ok).toBe(false);
    expect(row.finishedAt!.getTime()).toBeGreaterThanOrEqual(row.startedAt.getTime());
    expect((row.summary as JobSummary[]).map((j) => j.name)).toEqual(["first", "broken", "last"]);

    // A run older than KEEP_RUNS_DAYS is dropped by the next run; a younger one stays.
    const day = 86_400_000;
    const [old] = await h.db
      .insert(jobRuns)
      .values({ trigger: "hourly", startedAt: new Date(Date.now() - (KEEP_RUNS_DAYS + 1) * day) })
      .returning();
    const [young] = await h.db
      .insert(jobRuns)
      .values({ trigger: "hourly", startedAt: new Date(Date.now() - (KEEP_RUNS_DAYS - 1) * day) })
      .returning();
    const again = ran(await runJobsOnce({ db: h.db, engine: h.handle.engine, now, jobs: jobs.slice(0, 1) }));
    const kept = (await h.db.select({ id: jobRuns.id }).from(jobRuns)).map((r) => r.id);
    expect(kept).not.toContain(old.id);
    expect(kept).toContain(young.id);
    expect(again.ok).toBe(true);
    const [newest] = await h.db.select().from(jobRuns).orderBy(desc(jobRuns.id)).limit(1);
    expect(newest).toMatchObject({ id: again.runId, ok: true, trigger: "command" });
  });

  it("a reminder keyed by (kind, subject, period) notifies once, however often the jobs run", async () => {
    const userId = h.fixture.users.memberUserA.id;
    const reminder: Job = {
      name: "reminder",
      run: async ({ db, now }) => {
        const period = now.toISOString().slice(0, 7);
        const notified = await db.transaction((tx) =>
          notify(tx, [
            {
              userId,
              kind: "ratingsDue",
              text: text("notifications.kinds.ratingsDue"),
              href: "/",
              dedupeKey: reminderKey("ratingsDue", "member:1", period, userId),
            },
          ]),
        );
        return { notified };
      },
    };
    const first = ran(await runJobsOnce({ db: h.db, engine: h.handle.engine, now, jobs: [reminder] }));
    const second = ran(await runJobsOnce({ db: h.db, engine: h.handle.engine, now, jobs: [reminder] }));
    expect(first.jobs[0].notified).toBe(1);
    expect(second.jobs[0].notified).toBe(0);
    const [{ n }] = await h.db.select({ n: count() }).from(notifications).where(eq(notifications.userId, userId));
    expect(n).toBe(1);
  });

  it.runIf(onServer)("on a PostgreSQL server two runs at once run each job once (advisory lock)", async () => {
    let calls = 0;
    const slow: Job = {
      name: "slow",
      run: async () => {
        calls++;
        await sleep(300);
      },
    };
    const runs = await Promise.all([
      runJobsOnce({ db: h.db, engine: h.handle.engine, now, jobs: [slow] }),
      runJobsOnce({ db: h.db, engine: h.handle.engine, now, jobs: [slow] }),
    ]);
    expect(calls).toBe(1);
    expect(runs.map((r) => (r.status === "ran" ? "ran" : r.reason)).sort()).toEqual(["locked", "ran"]);
    // The lock is released after the run: the next one runs.
    expect((await runJobsOnce({ db: h.db, engine: h.handle.engine, now, jobs: [slow] })).status).toBe("ran");
    expect(calls).toBe(2);
  });

  // PGlite serves one process and has no advisory lock worth taking: there a flag keeps two runs of the process apart.
  it.runIf(!onServer)("on PGlite a second run while one is under way is skipped (in-process flag)", async () => {
    let calls = 0;
    const slow: Job = {
      name: "slow",
      run: async () => {
        calls++;
        await sleep(100);
      },
    };
    const runs = await Promise.all([
      runJobsOnce({ db: h.db, engine: h.handle.engine, now, jobs: [slow] }),
      runJobsOnce({ db: h.db, engine: h.handle.engine, now, jobs: [slow] }),
    ]);
    expect(calls).toBe(1);
    expect(runs.map((r) => (r.status === "ran" ? "ran" : r.reason)).sort()).toEqual(["ran", "running"]);
    expect((await runJobsOnce({ db: h.db, engine: h.handle.engine, now, jobs: [slow] })).status).toBe("ran");
  });
});

// Each server's hourly timer counts from its own start: with several servers on one database, the hour's first run
// does the work and the others skip (bench:load --processes 2 shows it with two real servers).
describe("the servers' start and hourly runs: once per clock hour", () => {
  it("skips them when the jobs already ran successfully this hour; a command or admin run always runs; a failed run or an earlier hour does not count", async () => {
    const toNextSlot = JOBS_SLOT_MS - (Date.now() % JOBS_SLOT_MS);
    if (toNextSlot < 5000) await sleep(toNextSlot + 10); // not across the hour's end
    await h.db.delete(jobRuns);
    let calls = 0;
    const opts = { db: h.db, engine: h.handle.engine, now, jobs: [{ name: "count", run: async () => void calls++ }] };
    const slot = jobsSlotStart(Date.now()).getTime();
    await h.db.insert(jobRuns).values([
      // failed this hour: the next server's run tries again
      { trigger: "hourly", startedAt: new Date(slot + 1), finishedAt: new Date(slot + 2), ok: false },
      // succeeded in the hour before
      { trigger: "start", startedAt: new Date(slot - 1000), finishedAt: new Date(slot - 1), ok: true },
    ]);
    const first = ran(await runJobsOnce({ ...opts, trigger: "start" }));
    expect(first.ok).toBe(true);
    const skipped = await runJobsOnce({ ...opts, trigger: "start" });
    expect(skipped).toEqual({ status: "skipped", reason: "done" });
    expect(await runJobsOnce({ ...opts, trigger: "hourly" })).toEqual({ status: "skipped", reason: "done" });
    expect(describeRun(skipped)).toBe("jobs skipped: they already ran this hour (another process, or an earlier run).");
    ran(await runJobsOnce({ ...opts, trigger: "command" }));
    ran(await runJobsOnce({ ...opts, trigger: "admin" }));
    expect(calls).toBe(3);
    // A skipped run leaves no row: the hour holds the failed run, the start run, and the two explicit ones.
    const rows = await h.db
      .select({ trigger: jobRuns.trigger })
      .from(jobRuns)
      .where(gte(jobRuns.startedAt, new Date(slot)));
    expect(rows.map((r) => r.trigger).sort()).toEqual(["admin", "command", "hourly", "start"]);
  });
});
