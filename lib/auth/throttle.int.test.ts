// The shared throttle store on a real database: two stores on one database (two processes) see the same counts,
// parallel attempts are counted atomically, finished windows and excess rows are pruned, and a flood of junk attempts
// neither erases a lock nor grows the table without bound.
import { describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import { count } from "drizzle-orm";
import { signInAttempts } from "../db/schema";
import { attemptSignIn, DatabaseThrottleStore, signInSucceeded, THROTTLE_LIMITS, THROTTLE_WINDOW_MS } from "./throttle";

const h = useIntegrationDb({ fixture: false });
const rows = async () => (await h.db.select({ n: count() }).from(signInAttempts))[0].n;

describe("DatabaseThrottleStore", () => {
  const t = Date.parse("2026-01-01T10:00:00Z");

  it("two processes share one count; the lock ends with the window; success clears the account", async () => {
    const a = new DatabaseThrottleStore(h.db);
    const b = new DatabaseThrottleStore(h.db);
    for (let i = 0; i < THROTTLE_LIMITS.account; i++)
      expect(await attemptSignIn(i % 2 ? a : b, { account: "shared@x.y" }, t)).toEqual({ allowed: true });
    expect(await attemptSignIn(a, { account: "shared@x.y" }, t + 1000)).toEqual({
      allowed: false,
      retryAfterMs: THROTTLE_WINDOW_MS - 1000,
    });
    expect(await attemptSignIn(b, { account: "shared@x.y" }, t + 2000)).toMatchObject({ allowed: false });
    expect(await attemptSignIn(b, { account: "shared@x.y" }, t + THROTTLE_WINDOW_MS)).toEqual({ allowed: true });
    for (let i = 0; i < 10; i++) await attemptSignIn(a, { account: "shared@x.y" }, t + THROTTLE_WINDOW_MS);
    await signInSucceeded(b, "shared@x.y");
    expect(await attemptSignIn(a, { account: "shared@x.y" }, t + THROTTLE_WINDOW_MS)).toEqual({ allowed: true });
  });

  it("counts parallel attempts atomically: only the limit gets through", async () => {
    const stores = [new DatabaseThrottleStore(h.db), new DatabaseThrottleStore(h.db)];
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) => attemptSignIn(stores[i % 2], { account: "parallel@x.y" }, t)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(THROTTLE_LIMITS.account);
  });

  it("prunes finished windows and keeps at most maxRows rows", async () => {
    const store = new DatabaseThrottleStore(h.db, 20);
    for (let i = 0; i < 30; i++) await store.hit(`account:old${i}`, t);
    for (let i = 0; i < 30; i++) await store.hit(`account:new${i}`, t + THROTTLE_WINDOW_MS + 1);
    await store.prune(t + THROTTLE_WINDOW_MS + 1);
    expect(await rows()).toBe(20);
  });

  // The cap is 50 rows instead of 10,000 so that the flood is 300 attempts, not 10,100 (the pruning is the same).
  const cap = 50;
  const lockVictim = async (store: DatabaseThrottleStore) => {
    await h.db.delete(signInAttempts);
    for (let i = 0; i <= THROTTLE_LIMITS.account; i++) await attemptSignIn(store, { account: "victim@x.y" }, t);
    expect(await attemptSignIn(store, { account: "victim@x.y" }, t + 1)).toMatchObject({ allowed: false });
  };

  it("a flood of new keys does not prune a locked key away, and the table stays bounded", async () => {
    const store = new DatabaseThrottleStore(h.db, cap);
    await lockVictim(store);
    for (let i = 0; i < 6 * cap; i++) await attemptSignIn(store, { account: `junk${i}@x.y` }, t + 2 + i);
    await store.prune(t + 10_000);
    expect(await rows()).toBeLessThanOrEqual(cap);
    expect(await attemptSignIn(store, { account: "victim@x.y" }, t + 20_000)).toMatchObject({ allowed: false });
    // The lock ends with its window, as always.
    expect(await attemptSignIn(store, { account: "victim@x.y" }, t + THROTTLE_WINDOW_MS)).toEqual({ allowed: true });
  });

  it("an address over its limit adds no account keys: its flood is refused without growing the table", async () => {
    const store = new DatabaseThrottleStore(h.db); // the default cap: no pruning gets in the way of the count
    await lockVictim(store);
    const refused = [];
    for (let i = 0; i < 6 * cap; i++)
      refused.push(!(await attemptSignIn(store, { account: `junk${i}@x.y`, address: "6.6.6.6" }, t + 2)).allowed);
    expect(refused.filter(Boolean)).toHaveLength(6 * cap - THROTTLE_LIMITS.address);
    // The victim, the address and the 50 account keys counted before the address was over its limit.
    expect(await rows()).toBe(1 + 1 + THROTTLE_LIMITS.address);
    expect(await attemptSignIn(store, { account: "victim@x.y" }, t + 3)).toMatchObject({ allowed: false });
  });
});
