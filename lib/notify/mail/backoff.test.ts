import { describe, expect, it } from "vitest";
import { afterFailure, MAX_MAIL_ATTEMPTS, retryDelayMs } from "./backoff";

describe("the retry schedule", () => {
  it("waits 30 s, then doubles, and never more than an hour", () => {
    const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => retryDelayMs(n) / 60_000);
    expect(minutes).toEqual([0.5, 1, 2, 4, 8, 16, 32, 60, 60]);
    expect(retryDelayMs(500)).toBe(60 * 60_000);
  });

  it("gives a mail up after the tenth failure, and schedules the ones before", () => {
    const now = new Date("2026-12-07T10:00:00Z");
    expect(afterFailure(1, now)).toEqual({ state: "pending", nextAt: new Date("2026-12-07T10:00:30Z") });
    expect(afterFailure(MAX_MAIL_ATTEMPTS - 1, now).state).toBe("pending");
    expect(MAX_MAIL_ATTEMPTS).toBe(10);
    expect(afterFailure(MAX_MAIL_ATTEMPTS, now)).toEqual({ state: "failed", nextAt: null });
  });
});
