import { describe, expect, it } from "vitest";
import { criticalLevel, DEFAULT_CRITICAL_LEVEL, isGap, servesField } from "./gap";

describe("the one definition of a gap", () => {
  it("a team serves its own field; a mixed team serves every field", () => {
    expect(servesField("hardware", "hardware")).toBe(true);
    expect(servesField("software", "hardware")).toBe(false);
    expect(servesField(null, "facility")).toBe(true);
  });
  it("the critical level is the highest target naming the slot, else the default", () => {
    expect(criticalLevel([])).toBe(DEFAULT_CRITICAL_LEVEL);
    expect(criticalLevel([2, 5, 3])).toBe(5);
    expect(criticalLevel([2])).toBe(2);
  });
  it("nobody or one holder is a gap, two are not", () => {
    expect([0, 1, 2, 7].map(isGap)).toEqual([true, true, false, false]);
  });
});
