import { describe, expect, it } from "vitest";
import { emailVerified } from "./oidc";

describe("OIDC email_verified", () => {
  it("accepts only a verified email by default", () => {
    expect(emailVerified(true, false)).toBe(true);
    expect(emailVerified("true", false)).toBe(true);
    for (const claim of [false, "false", undefined, null, 1, "yes"])
      expect(emailVerified(claim, false), String(claim)).toBe(false);
  });
  it("the switch accepts a missing claim, never an explicit false", () => {
    expect(emailVerified(undefined, true)).toBe(true);
    expect(emailVerified(false, true)).toBe(false);
    expect(emailVerified("false", true)).toBe(false);
  });
});
