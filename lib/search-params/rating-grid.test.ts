import { describe, expect, it } from "vitest";
import { gridField, parseRatingGridParams, ratingGridHref } from "./rating-grid";

describe("the rating grid's URL", () => {
  it("reads a known field and drops an unknown one", () => {
    expect(parseRatingGridParams({ field: "software" })).toEqual({ field: "software" });
    expect(parseRatingGridParams({ field: "cooking" })).toEqual({ field: null });
    expect(parseRatingGridParams("")).toEqual({ field: null });
  });
  it("shows a team's own field whatever is asked; a mixed team's asked field, else the first", () => {
    expect(gridField("facility", "software")).toBe("facility");
    expect(gridField(null, "software")).toBe("software");
    expect(gridField(null, null)).toBe("hardware");
    expect(ratingGridHref(7, "software")).toBe("/teams/7/ratings?field=software");
    expect(ratingGridHref(7)).toBe("/teams/7/ratings");
  });
});
