// The time-based jobs (docs/jobs.md): run by the server at start and then hourly (unless LEVELBOARD_JOBS=off),
// or once by `npm run jobs`. Each job is idempotent: whatever it notifies is keyed by (kind, subject, period)
// (lib/notify reminderKey), so running it twice, or in two processes at once, sends nothing twice.
import type { Job, Tick } from "./types";
import { currencyJob } from "./currency";
import { mailDigestJob, mailSenderTick } from "./mail";
import { REMINDER_JOBS } from "./reminders";
import { ROUND_JOBS } from "./rounds";
import { trendJob } from "./trend";

export type { Job, JobContext, JobResult, Tick } from "./types";

/** Every job, in the order a run takes them. Each piece of the app adds its own here. */
/** The date-dependent counts first; the digest last, so that it carries what the jobs before it notified. */
export const JOBS: Job[] = [currencyJob, trendJob, ...ROUND_JOBS, ...REMINDER_JOBS, mailDigestJob];

/** Work the server does every few seconds rather than hourly (the mail sender delivering the outbox). */
export const TICKS: Tick[] = [mailSenderTick];
