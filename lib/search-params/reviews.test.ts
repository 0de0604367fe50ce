// The review queue's URL: filters and page parse, bad values fall back to "no filter", and links round-trip.
import { describe, expect, it } from "vitest";
import { parseReviewParams, reviewsHref } from "./reviews";

describe("review queue params", () => {
  it("parses the filters and the page", () => {
    expect(
      parseReviewParams({ teamId: "3", memberId: "7", field: "software", kind: "exam", page: "2", size: "25" }),
    ).toEqual({
      teamId: 3,
      memberId: 7,
      field: "software",
      kind: "exam",
      page: 2,
      size: 25,
    });
  });

  it("falls back to no filter and the first page of 50 on anything else", () => {
    expect(
      parseReviewParams({ teamId: "0", memberId: "x", field: "marketing", kind: "patent", page: "-1", size: "7" }),
    ).toEqual({ teamId: null, memberId: null, field: null, kind: null, page: 1, size: 50 });
    expect(parseReviewParams("teamId=99999999999999")).toMatchObject({ teamId: null });
  });

  it("writes links without defaults, and reads them back", () => {
    expect(reviewsHref({})).toBe("/reviews");
    expect(reviewsHref({ page: 1, size: 50 })).toBe("/reviews");
    const href = reviewsHref({ teamId: 4, kind: "project", page: 3, size: 100 });
    expect(parseReviewParams(new URL(href, "http://x").searchParams)).toEqual({
      teamId: 4,
      memberId: null,
      field: null,
      kind: "project",
      page: 3,
      size: 100,
    });
  });
});
