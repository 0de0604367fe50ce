// The time-based jobs (docs/jobs.md): run by the server at start and then hourly (unless LEVELBOARD_JOBS=off),
// or once by `npm run jobs`. Each job is idempotent: whatever it notifies is keyed by (kind, subject, period)
// (lib/notify reminderKey), so running it twice, or in two processes at once, sends nothing twice.
import type { Db, Engine } from "../db/client";
import { currencyJob } from "./currency";

export type JobContext = { db: Db; engine: Engine; now: Date };
export type JobResult = { notified?: number; changed?: number };
export type Job = { name: string; run: (ctx: JobContext) => Promise<JobResult | void> };

/** Every job, in the order a run takes them. Each piece of the app adds its own here. */
export const JOBS: Job[] = [currencyJob];

/** Work the server does every few seconds rather than hourly (the mail sender delivering the outbox). */
export type Tick = { name: string; run: (ctx: JobContext) => Promise<void> };
export const TICKS: Tick[] = [];
