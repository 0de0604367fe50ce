import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addMonths, countingRatingDate, dueStatus, isIntervalMonths, ratingCurrency, staleFrom } from "./currency";

describe("assessment currency", () => {
  it("adds calendar months, clamping to the month's last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-12-07", 12)).toBe("2027-12-07");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("is stale from the day the interval has passed", () => {
    expect(ratingCurrency("2025-12-07", 12, "2026-12-06")).toBe("current");
    expect(ratingCurrency("2025-12-07", 12, "2026-12-07")).toBe("stale");
    expect(ratingCurrency(null, 12, "2026-12-07")).toBe("unrated");
    expect(staleFrom("2026-06-15", 3)).toBe("2026-09-15");
  });

  it("counts the lead's rating where given, else the self-rating", () => {
    const r = { leadLevel: 3, leadAssessedOn: "2026-01-01", selfLevel: 4, selfAssessedOn: "2026-06-01" };
    expect(countingRatingDate(r)).toBe("2026-01-01");
    expect(countingRatingDate({ ...r, leadLevel: null })).toBe("2026-06-01");
    expect(countingRatingDate({ ...r, leadLevel: null, selfLevel: null })).toBeNull();
  });

  it("is due from the oldest stale item or from joining for an unrated one, overdue 30 days later", () => {
    expect(dueStatus(["2026-06-01", "2026-07-01"], 12, "2020-01-01", "2026-12-07")).toEqual({
      status: "current",
      dueSince: null,
      overdueFrom: null,
      nextDue: "2027-06-01",
    });
    expect(dueStatus(["2025-11-20", "2026-07-01"], 12, "2020-01-01", "2026-12-07")).toEqual({
      status: "due",
      dueSince: "2026-11-20",
      overdueFrom: "2026-12-20",
      nextDue: "2027-07-01",
    });
    expect(dueStatus(["2026-07-01", null], 12, "2026-10-01", "2026-12-07").status).toBe("overdue");
    expect(dueStatus([null], 12, "2026-12-01", "2026-12-07").status).toBe("due");
  });

  it("never calls a member current while an item is stale, and the status only worsens as days pass", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2020-01-01", n));
    fc.assert(
      fc.property(fc.array(fc.option(day, { nil: null }), { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 36 }), day, day, fc.integer({ min: 0, max: 400 }), (dates, months, since, today, later) => {
        const now = dueStatus(dates, months, since, today);
        const anyStale = dates.some((d) => ratingCurrency(d, months, today) === "stale" || (d == null && since <= today));
        expect(now.status !== "current").toBe(anyStale);
        const rank = { current: 0, due: 1, overdue: 2 } as const;
        expect(rank[dueStatus(dates, months, since, addDays(today, later)).status]).toBeGreaterThanOrEqual(rank[now.status]);
      }),
    );
  });

  it("accepts intervals of 1 to 36 whole months", () => {
    expect([0, 1, 12, 36, 37, 1.5, "12"].map(isIntervalMonths)).toEqual([false, true, true, true, false, false, false]);
  });
});
