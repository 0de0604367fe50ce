import { beforeEach, describe, expect, it } from "vitest";
import { recordFailure, recordSuccess, resetThrottle, signInDelayMs } from "./throttle";

describe("sign-in throttle", () => {
  beforeEach(() => resetThrottle());
  const keys = ["ip:1.2.3.4", "email:a@b.c"];

  it("lets the first failures through without delay, then doubles", () => {
    const t = 1_000_000;
    expect(signInDelayMs(keys, t)).toBe(0);
    for (let i = 0; i < 3; i++) recordFailure(keys, t);
    expect(signInDelayMs(keys, t)).toBe(500);
    recordFailure(keys, t);
    expect(signInDelayMs(keys, t)).toBe(1000);
    for (let i = 0; i < 20; i++) recordFailure(keys, t);
    expect(signInDelayMs(keys, t)).toBe(8000);
  });

  it("forgets failures after the window and on success", () => {
    const t = 1_000_000;
    for (let i = 0; i < 5; i++) recordFailure(keys, t);
    expect(signInDelayMs(keys, t + 16 * 60 * 1000)).toBe(0);
    for (let i = 0; i < 5; i++) recordFailure(keys, t);
    recordSuccess(keys);
    expect(signInDelayMs(keys, t)).toBe(0);
  });

  it("slows an address that tries many emails, after more failures than for one account", () => {
    const t = 1_000_000;
    for (let i = 0; i < 9; i++) recordFailure(["ip:9.9.9.9", `email:u${i}@x.y`], t);
    expect(signInDelayMs(["ip:9.9.9.9", "email:new@x.y"], t)).toBe(0);
    recordFailure(["ip:9.9.9.9", "email:u10@x.y"], t);
    expect(signInDelayMs(["ip:9.9.9.9", "email:new@x.y"], t)).toBe(500);
    recordFailure(["ip:9.9.9.9", "email:u11@x.y"], t);
    expect(signInDelayMs(["ip:9.9.9.9", "email:new@x.y"], t)).toBe(1000);
  });
});
