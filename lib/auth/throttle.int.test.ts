// The shared throttle store on a real database: two stores on one database (two processes) see the same counts,
// parallel attempts are counted atomically, and finished windows and excess rows are pruned.
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
});
