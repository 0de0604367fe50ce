import { afterEach, describe, expect, it } from "vitest";
import { databaseHealth, installDatabaseHealth, isDatabaseUnreachable, noteDatabaseError } from "./health";

const KEY = Symbol.for("levelboard.databaseHealth");
afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[KEY];
});

const coded = (code: string, cause?: unknown) => Object.assign(new Error(code), { code, cause });

describe("isDatabaseUnreachable", () => {
  it.each(["ECONNREFUSED", "CONNECTION_CLOSED", "CONNECT_TIMEOUT", "57P01", "57P03", "08006"])("%s is", (code) => {
    expect(isDatabaseUnreachable(coded(code))).toBe(true);
  });
  it("looks through drizzle's wrapper to the driver's cause", () => {
    const wrapped = new Error("Failed query: select 1", { cause: coded("ECONNREFUSED") });
    expect(isDatabaseUnreachable(wrapped)).toBe(true);
  });
  it.each(["23505", "57014", "42P01", "40001"])("a query's own failure (%s) is not", (code) => {
    expect(isDatabaseUnreachable(new Error("Failed query", { cause: coded(code) }))).toBe(false);
  });
  it("nor an error without a code", () => {
    expect(isDatabaseUnreachable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnreachable(null)).toBe(false);
  });
});

describe("the health tracker", () => {
  it("is absent until a server connection installs it, and noteDatabaseError marks it suspect", () => {
    expect(databaseHealth()).toBeUndefined();
    expect(noteDatabaseError(coded("ECONNREFUSED"))).toBe(true);
    const health = installDatabaseHealth(async () => 1);
    expect(health.suspect).toBe(false);
    expect(noteDatabaseError(coded("23505"))).toBe(false);
    expect(health.suspect).toBe(false);
    expect(noteDatabaseError(coded("CONNECTION_CLOSED"))).toBe(true);
    expect(databaseHealth()?.suspect).toBe(true);
  });

  it("a failed probe keeps it suspect and dates the outage; a good one clears both", async () => {
    let up = false;
    const health = installDatabaseHealth(async () => {
      if (!up) throw coded("ECONNREFUSED");
    });
    health.markSuspect();
    expect(await health.probe()).toBe(false);
    expect(health.suspect).toBe(true);
    const since = health.unreachableSince;
    expect(since).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300)); // past the failed probe's cache
    expect(await health.probe()).toBe(false);
    expect(health.unreachableSince).toBe(since);
    up = true;
    await new Promise((r) => setTimeout(r, 300));
    expect(await health.probe()).toBe(true);
    expect(health.suspect).toBe(false);
    expect(health.unreachableSince).toBe(0);
  });

  it("concurrent probes share one ping, and a failure is trusted briefly instead of pinging again", async () => {
    let pings = 0;
    const health = installDatabaseHealth(async () => {
      pings++;
      await new Promise((r) => setTimeout(r, 20));
      throw coded("ECONNREFUSED");
    });
    expect(await Promise.all([health.probe(), health.probe(), health.probe()])).toEqual([false, false, false]);
    expect(await health.probe()).toBe(false);
    expect(pings).toBe(1);
  });

  it("a ping that hangs counts as unreachable after the probe timeout", async () => {
    const health = installDatabaseHealth(() => new Promise(() => {}));
    const started = Date.now();
    expect(await health.probe()).toBe(false);
    expect(Date.now() - started).toBeLessThan(4000);
  });
});
