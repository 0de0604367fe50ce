// Sign-in throttling: refuses attempts beyond a limit per account (and per client address, when a trusted proxy names
// it) within a window. Every attempt is counted before the password is checked and the account's count is forgotten
// on success, so parallel guesses are refused too, not only slowed. Known and unknown emails are counted alike.
// The counts live behind ThrottleStore: in memory for one process (the embedded demo), or in the sign_in_attempts
// table for several processes sharing a PostgreSQL server.
import "server-only";
import { createHash } from "node:crypto";
import { lt, sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { signInAttempts } from "../db/schema";
import { qualified } from "../db/qualified";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Attempts allowed per window: few per account, more per address (an office shares one). */
export const THROTTLE_LIMITS = { account: 5, address: 50 } as const;
/** The memory store keeps at most this many keys; the table is pruned to this many rows. */
export const MAX_THROTTLE_KEYS = 10_000;

export type ThrottleKind = keyof typeof THROTTLE_LIMITS;
export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface ThrottleStore {
  /** Counts one attempt under `key` (a window starts afresh once the last one is over) and returns the new count. Atomic. */
  hit(key: string, now: number): Promise<{ attempts: number; windowStart: number }>;
  /** Forgets the key (a successful sign-in). */
  clear(key: string): Promise<void>;
}

/** A stored key: its kind and a fixed-length digest, whatever the length of the email or header it came from. */
export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${createHash("sha256").update(value).digest("base64url").slice(0, 32)}`;
}

/**
 * Counts the attempt under each key; refused when any key is over its limit, with the time until its window ends.
 * The address is counted first: once it is over its limit the attempt is refused without touching the account key,
 * so a flood of made-up emails from one address adds no rows (and cannot push real locks out of a bounded store).
 */
export async function attemptSignIn(
  store: ThrottleStore,
  keys: Partial<Record<ThrottleKind, string>>,
  now = Date.now(),
): Promise<ThrottleDecision> {
  let retryAfterMs = 0;
  for (const kind of ["address", "account"] as const) {
    const value = keys[kind];
    if (value === undefined) continue;
    const { attempts, windowStart } = await store.hit(throttleKey(kind, value), now);
    if (attempts > THROTTLE_LIMITS[kind]) retryAfterMs = Math.max(retryAfterMs, windowStart + THROTTLE_WINDOW_MS - now);
    if (kind === "address" && retryAfterMs > 0) break;
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true };
}

/** A key's limit, read from its kind prefix. */
function limitOf(key: string): number {
  return THROTTLE_LIMITS[key.slice(0, key.indexOf(":")) as ThrottleKind] ?? 0;
}

/** A successful sign-in forgets the account's attempts (not the address's: one good account must not reset those). */
export async function signInSucceeded(store: ThrottleStore, account: string): Promise<void> {
  await store.clear(throttleKey("account", account));
}

/** One process: a Map bounded to MAX_THROTTLE_KEYS (expired keys go first, then the oldest under its limit). */
export class MemoryThrottleStore implements ThrottleStore {
  private readonly entries = new Map<string, { attempts: number; windowStart: number }>();
  constructor(private readonly maxKeys = MAX_THROTTLE_KEYS) {}

  get size(): number {
    return this.entries.size;
  }

  async hit(key: string, now: number) {
    const entry = this.entries.get(key);
    if (entry && now - entry.windowStart < THROTTLE_WINDOW_MS) {
      entry.attempts++;
      return { ...entry };
    }
    if (!entry && this.entries.size >= this.maxKeys) this.evict(now);
    const fresh = { attempts: 1, windowStart: now };
    this.entries.delete(key);
    this.entries.set(key, fresh);
    return { ...fresh };
  }

  async clear(key: string) {
    this.entries.delete(key);
  }

  private evict(now: number) {
    for (const [k, e] of this.entries) if (now - e.windowStart >= THROTTLE_WINDOW_MS) this.entries.delete(k);
    if (this.entries.size < this.maxKeys) return;
    // Still full: drop the oldest key that is not locked out (a lock must not be flushed away by new keys), else the oldest.
    for (const [k, e] of this.entries) {
      if (e.attempts <= limitOf(k)) {
        this.entries.delete(k);
        return;
      }
    }
    this.entries.delete(this.entries.keys().next().value!);
  }
}

/** Several processes: one row per key in sign_in_attempts, counted with one atomic upsert. */
export class DatabaseThrottleStore implements ThrottleStore {
  private hits = 0;
  constructor(
    private readonly db: Db,
    private readonly maxRows = MAX_THROTTLE_KEYS,
  ) {}

  async hit(key: string, now: number) {
    const at = new Date(now).toISOString();
    const cutoff = new Date(now - THROTTLE_WINDOW_MS).toISOString();
    const expired = sql`${signInAttempts.windowStart} <= ${cutoff}::timestamptz`;
    const [row] = await this.db
      .insert(signInAttempts)
      .values({ key, attempts: 1, windowStart: new Date(now) })
      .onConflictDoUpdate({
        target: signInAttempts.key,
        set: {
          attempts: sql`case when ${expired} then 1 else ${signInAttempts.attempts} + 1 end`,
          windowStart: sql`case when ${expired} then ${at}::timestamptz else ${signInAttempts.windowStart} end`,
        },
      })
      .returning({ attempts: signInAttempts.attempts, windowStart: signInAttempts.windowStart });
    if (++this.hits % 100 === 1) await this.prune(now);
    return { attempts: row.attempts, windowStart: row.windowStart.getTime() };
  }

  async clear(key: string) {
    await this.db.delete(signInAttempts).where(sql`${signInAttempts.key} = ${key}`);
  }

  /**
   * Drops finished windows, then, while more than maxRows remain, the oldest keys still under their limit. A key over
   * its limit is never dropped before its window ends: a flood of new keys must not erase a lock. (Locked keys cost an
   * attacker six attempts each, and the address limit refuses a flood before it adds account keys.)
   */
  async prune(now: number) {
    await this.db.delete(signInAttempts).where(lt(signInAttempts.windowStart, new Date(now - THROTTLE_WINDOW_MS)));
    const key = qualified(signInAttempts.key);
    const limit = sql`case when ${key} like 'address:%' then ${THROTTLE_LIMITS.address}::int else ${THROTTLE_LIMITS.account}::int end`;
    await this.db.execute(sql`delete from ${signInAttempts} where ${key} in (
      select ${key} from ${signInAttempts} where ${qualified(signInAttempts.attempts)} <= ${limit}
      order by ${qualified(signInAttempts.windowStart)} asc
      limit greatest((select count(*) from ${signInAttempts}) - ${this.maxRows}::int, 0))`);
  }
}

/**
 * The client address to throttle, or null. X-Forwarded-For and X-Real-IP are set by any client, so they are read only
 * when TRUST_PROXY says a proxy in front sets them: then the last X-Forwarded-For entry (the one our proxy appended),
 * or X-Real-IP. Without a trusted proxy only the per-account limit applies.
 */
export function clientAddress(headers: Headers | undefined, trustProxy = process.env.TRUST_PROXY): string | null {
  if (!headers || !/^(1|true|yes)$/i.test(trustProxy ?? "")) return null;
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .at(-1);
  const address = forwarded || headers.get("x-real-ip")?.trim() || null;
  return address && address.length <= 64 ? address : null;
}
