// Whether the database server answers. The client (client.ts) marks it suspect when a connection drops; proxy.ts
// then confirms with a quick probe and answers 503 instead of rendering a page that cannot load. One object per
// process on globalThis, because the proxy and the routes are separate bundles. No driver imports here: the proxy
// bundle stays small.

export const DATABASE_UNAVAILABLE_MESSAGE = "The database cannot be reached. Try again in a moment.";
/** Seconds a client should wait before retrying (the Retry-After header of a 503). */
export const RETRY_AFTER_SECONDS = 5;
/** How long a probe may take before the server counts as unreachable. */
export const PROBE_TIMEOUT_MS = 3000;
/** A failed probe is trusted this long: during an outage every request would otherwise probe. */
const FAILED_PROBE_TTL_MS = 250;

export type DatabaseHealth = {
  /** A connection closed or failed since the last successful probe: the next request probes first. */
  suspect: boolean;
  /** When the database was first found unreachable in the current outage (ms since epoch), or 0. */
  unreachableSince: number;
  /** When a connection last dropped or failed (ms since epoch), or 0: requests in flight then may still fail. */
  lastTroubleAt: number;
  /** Marks the database suspect (a pooled connection closed, a query failed at connection level). */
  markSuspect: () => void;
  /** One `select 1` on a dedicated connection, at most PROBE_TIMEOUT_MS; true when it answered. Shared by callers. */
  probe: () => Promise<boolean>;
};

const KEY = Symbol.for("levelboard.databaseHealth");
type WithHealth = { [KEY]?: DatabaseHealth };

/** This process's health tracker, or undefined before the app opened a server database (or on PGlite). */
export function databaseHealth(): DatabaseHealth | undefined {
  return (globalThis as WithHealth)[KEY];
}

/** Installs the tracker around `ping` (a query on a connection of its own, so a busy pool does not delay it). */
export function installDatabaseHealth(ping: () => Promise<unknown>): DatabaseHealth {
  let inFlight: Promise<boolean> | null = null;
  let failedAt = 0;
  const health: DatabaseHealth = {
    suspect: false,
    unreachableSince: 0,
    lastTroubleAt: 0,
    markSuspect: () => {
      health.suspect = true;
      health.lastTroubleAt = Date.now();
    },
    probe: () => {
      if (inFlight) return inFlight;
      if (failedAt && Date.now() - failedAt < FAILED_PROBE_TTL_MS) return Promise.resolve(false);
      inFlight = (async () => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        try {
          await Promise.race([
            ping(),
            new Promise((_, reject) => {
              // Deferred to the check phase: after an event loop stall the timer would otherwise fire before the
              // answer that arrived meanwhile is read.
              timer = setTimeout(() => setImmediate(() => reject(new Error("probe timed out"))), PROBE_TIMEOUT_MS);
            }),
          ]);
          if (health.unreachableSince)
            console.error(
              `levelboard: the database answers again (unreachable for ${((Date.now() - health.unreachableSince) / 1000).toFixed(1)} s)`,
            );
          health.suspect = false;
          health.unreachableSince = 0;
          failedAt = 0;
          return true;
        } catch {
          failedAt = Date.now();
          health.suspect = true;
          health.lastTroubleAt = failedAt;
          if (!health.unreachableSince) {
            health.unreachableSince = failedAt;
            console.error(
              `levelboard: the database cannot be reached; answering 503 until it can (${DATABASE_UNAVAILABLE_MESSAGE})`,
            );
          }
          return false;
        } finally {
          clearTimeout(timer);
          inFlight = null;
        }
      })();
      return inFlight;
    },
  };
  (globalThis as WithHealth)[KEY] = health;
  return health;
}

// Driver and server codes that mean "the server is not there" rather than "this query is wrong": socket errors,
// postgres.js's connection errors, SQLSTATE class 08 (connection exception) and 57P01–57P03 (shutting down,
// crashed, starting up).
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01",
  "57P02",
  "57P03",
]);

/** True when `error` (or one of its causes: drizzle wraps the driver's error) says the database is unreachable. */
export function isDatabaseUnreachable(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

/** Whether a failure now is likely the database's: it is suspect, or a connection failed within `withinMs`. */
export function hadDatabaseTrouble(withinMs: number): boolean {
  const health = databaseHealth();
  return !!health && (health.suspect || Date.now() - health.lastTroubleAt < withinMs);
}

/** Marks the database suspect when `error` is a connection failure; returns whether it was one. */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnreachable(error)) return false;
  databaseHealth()?.markSuspect();
  return true;
}
