// The shapes of time-based work (docs/jobs.md), apart from the registry so that a job's module can name them
// without importing the registry that imports it.
import type { Db, Engine } from "../db/client";

export type JobContext = { db: Db; engine: Engine; now: Date };
export type JobResult = { notified?: number; changed?: number };
export type Job = { name: string; run: (ctx: JobContext) => Promise<JobResult | void> };
/** Work the server does every few seconds rather than hourly (the mail sender delivering the outbox). */
export type Tick = { name: string; run: (ctx: JobContext) => Promise<void> };
