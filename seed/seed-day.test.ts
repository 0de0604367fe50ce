// The seed day: LEVELBOARD_SEED_TODAY when it is a real day, else today; dates of the fixed demo move with it.
import { describe, expect, it } from "vitest";
import { daysBetween, isIsoDay, seedToday, shiftedDay } from "./seed-day";

describe("the seed day", () => {
  it("is LEVELBOARD_SEED_TODAY when set, today (UTC) when not", () => {
    expect(seedToday({ LEVELBOARD_SEED_TODAY: "2027-12-07" })).toBe("2027-12-07");
    expect(seedToday({ LEVELBOARD_SEED_TODAY: " 2027-12-07 " })).toBe("2027-12-07");
    expect(seedToday({})).toBe(new Date().toISOString().slice(0, 10));
    expect(seedToday({ LEVELBOARD_SEED_TODAY: "" })).toBe(new Date().toISOString().slice(0, 10));
  });

  it("refuses a value that is not a real day, naming the variable", () => {
    for (const bad of ["2027-02-29", "2026-13-01", "07.12.2027", "tomorrow", "2027-12-7"])
      expect(() => seedToday({ LEVELBOARD_SEED_TODAY: bad }), bad).toThrow(/LEVELBOARD_SEED_TODAY must be a day/);
    expect(isIsoDay("2028-02-29")).toBe(true);
  });

  it("moves a date of the fixed demo (written for 2026-12-07) to the same distance before the seed day", () => {
    expect(shiftedDay("2025-03-31", "2026-12-07")).toBe("2025-03-31");
    expect(daysBetween("2025-03-31", "2026-12-07")).toBe(616);
    expect(daysBetween(shiftedDay("2025-03-31", "2031-06-15"), "2031-06-15")).toBe(616);
    expect(shiftedDay("2026-12-01", "2026-12-08")).toBe("2026-12-02");
  });
});
