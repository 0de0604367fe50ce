import { describe, expect, it } from "vitest";
import {
  attemptSignIn,
  clientAddress,
  MemoryThrottleStore,
  signInSucceeded,
  throttleKey,
  THROTTLE_LIMITS,
  THROTTLE_WINDOW_MS,
} from "./throttle";

const t = 1_000_000;

describe("sign-in throttle", () => {
  it("refuses the attempt after the account's limit, with the time left in the window", async () => {
    const store = new MemoryThrottleStore();
    for (let i = 0; i < THROTTLE_LIMITS.account; i++)
      expect(await attemptSignIn(store, { account: "a@b.c" }, t + i)).toEqual({ allowed: true });
    expect(await attemptSignIn(store, { account: "a@b.c" }, t + 60_000)).toEqual({
      allowed: false,
      retryAfterMs: THROTTLE_WINDOW_MS - 60_000,
    });
    // Another account is not affected; the address limit is higher.
    expect(await attemptSignIn(store, { account: "other@b.c" }, t)).toEqual({ allowed: true });
  });

  it("counts parallel attempts: only the limit gets through", async () => {
    const store = new MemoryThrottleStore();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => attemptSignIn(store, { account: "a@b.c", address: "9.9.9.9" }, t)),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(THROTTLE_LIMITS.account);
  });

  it("forgets the account after the window and on success, but not the address", async () => {
    const store = new MemoryThrottleStore();
    for (let i = 0; i < 10; i++) await attemptSignIn(store, { account: "a@b.c" }, t);
    expect((await attemptSignIn(store, { account: "a@b.c" }, t + THROTTLE_WINDOW_MS)).allowed).toBe(true);
    for (let i = 0; i < 10; i++) await attemptSignIn(store, { account: "a@b.c" }, t + THROTTLE_WINDOW_MS);
    await signInSucceeded(store, "a@b.c");
    expect((await attemptSignIn(store, { account: "a@b.c" }, t + THROTTLE_WINDOW_MS)).allowed).toBe(true);
    for (let i = 0; i < THROTTLE_LIMITS.address; i++)
      await attemptSignIn(store, { account: `u${i}@x.y`, address: "1.2.3.4" }, t);
    await signInSucceeded(store, "u1@x.y");
    expect(await attemptSignIn(store, { account: "fresh@x.y", address: "1.2.3.4" }, t)).toMatchObject({
      allowed: false,
    });
  });

  it("keys have a fixed length whatever the input, and the store a bounded size that keeps locked keys", async () => {
    expect(throttleKey("account", "x".repeat(15_000)).length).toBe(throttleKey("account", "a@b.c").length);
    expect(throttleKey("address", "x".repeat(15_000)).length).toBeLessThanOrEqual(48);
    const store = new MemoryThrottleStore(100);
    for (let i = 0; i <= THROTTLE_LIMITS.account; i++) await attemptSignIn(store, { account: "victim@b.c" }, t);
    for (let i = 0; i < 1000; i++) await attemptSignIn(store, { account: `flood${i}@x.y` }, t + 1);
    expect(store.size).toBeLessThanOrEqual(100);
    expect(await attemptSignIn(store, { account: "victim@b.c" }, t + 2)).toMatchObject({ allowed: false });
  });

  it("an address over its limit is refused before its account is counted: its flood adds no keys", async () => {
    const store = new MemoryThrottleStore();
    for (let i = 0; i < 500; i++) await attemptSignIn(store, { account: `junk${i}@x.y`, address: "6.6.6.6" }, t);
    expect(store.size).toBe(1 + THROTTLE_LIMITS.address);
  });

  it("reads forwarded addresses only behind a trusted proxy, and then the entry the proxy added", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7", "x-real-ip": "10.0.0.8" });
    expect(clientAddress(headers, undefined)).toBeNull();
    expect(clientAddress(headers, "0")).toBeNull();
    expect(clientAddress(headers, "true")).toBe("10.0.0.7");
    expect(clientAddress(new Headers({ "x-real-ip": "10.0.0.8" }), "1")).toBe("10.0.0.8");
    expect(clientAddress(new Headers({ "x-forwarded-for": "x".repeat(15_000) }), "1")).toBeNull();
  });
});
