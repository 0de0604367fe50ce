// Slows repeated failed sign-ins from one address (and against one email): an in-process sliding window.
const WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed before slowing: few per account, more per address (offices share one). */
const freeFailures = (key: string) => (key.startsWith("ip:") ? 10 : 3);
const MAX_DELAY_MS = 8_000;

type Entry = { failures: number[] };
const entries = new Map<string, Entry>();

function recent(key: string, now: number): number[] {
  const entry = entries.get(key);
  if (!entry) return [];
  entry.failures = entry.failures.filter((t) => now - t < WINDOW_MS);
  if (entry.failures.length === 0) entries.delete(key);
  return entry.failures;
}

/** How long to wait before checking credentials: 0 for the first few failures, then doubling up to 8 s. */
export function signInDelayMs(keys: readonly string[], now = Date.now()): number {
  const excess = Math.max(-1, ...keys.map((k) => recent(k, now).length - freeFailures(k)));
  if (excess < 0) return 0;
  return Math.min(MAX_DELAY_MS, 500 * 2 ** excess);
}

export function recordFailure(keys: readonly string[], now = Date.now()): void {
  for (const key of keys) {
    const entry = entries.get(key) ?? { failures: [] };
    entry.failures.push(now);
    if (entry.failures.length > 50) entry.failures.shift();
    entries.set(key, entry);
  }
}

export function recordSuccess(keys: readonly string[]): void {
  for (const key of keys) entries.delete(key);
}

export function resetThrottle(): void {
  entries.clear();
}
