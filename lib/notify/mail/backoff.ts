// When the sender tries a mail again after a failure: 30 s, 1 min, 2 min, 4 min … doubling up to an hour; after
// MAX_MAIL_ATTEMPTS failures the mail is given up ('failed', its last error kept). About 3 h 15 min in all.

export const FIRST_RETRY_MS = 30_000;
export const MAX_RETRY_MS = 60 * 60_000;
export const MAX_MAIL_ATTEMPTS = 10;

/** The wait after the `attempts`-th failed attempt (1-based). */
export function retryDelayMs(attempts: number): number {
  const n = Math.max(1, Math.floor(attempts));
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(n - 1, 20));
}

/** What a failure does to a mail: try again at `nextAt`, or give up. */
export function afterFailure(attempts: number, now: Date): { state: "pending" | "failed"; nextAt: Date | null } {
  if (attempts >= MAX_MAIL_ATTEMPTS) return { state: "failed", nextAt: null };
  return { state: "pending", nextAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
