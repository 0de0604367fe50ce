// The record of the time-based jobs' runs (lib/jobs/runner.ts writes it), for the admin page.
import { desc } from "drizzle-orm";
import type { Db } from "../client";
import { jobRuns } from "../schema";

export type JobRunRow = {
  id: number;
  trigger: string;
  startedAt: Date;
  finishedAt: Date | null;
  ok: boolean | null;
  summary: unknown;
};

/** The most recent runs, newest first. */
export async function recentJobRuns(db: Db, limit = 10): Promise<JobRunRow[]> {
  return db
    .select({
      id: jobRuns.id,
      trigger: jobRuns.trigger,
      startedAt: jobRuns.startedAt,
      finishedAt: jobRuns.finishedAt,
      ok: jobRuns.ok,
      summary: jobRuns.summary,
    })
    .from(jobRuns)
    .orderBy(desc(jobRuns.startedAt), desc(jobRuns.id))
    .limit(limit);
}
