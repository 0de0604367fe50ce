import { describe, expect, it } from "vitest";
import { parseSheetParams, sheetHref } from "./sheet";

describe("skill sheet params", () => {
  it("reads lists comma-separated or repeated, drops what is not a field or an id", () => {
    expect(parseSheetParams("?members=3,1,x,3&members=2&fields=software,nope&lang=ja&hideSelf=1")).toEqual({
      lang: "ja",
      hideCustomers: false,
      hideSelf: true,
      fields: ["software"],
      members: [3, 1, 2],
    });
    expect(parseSheetParams({ lang: "fr", members: "0,-1" })).toEqual({
      lang: null,
      hideCustomers: false,
      hideSelf: false,
      fields: null,
      members: null,
    });
  });

  it("writes what it reads", () => {
    const p = parseSheetParams("?members=1,2&fields=hardware,facility&hideCustomers=1&lang=en");
    const href = sheetHref("/teams/4/sheet", p);
    expect(href).toBe("/teams/4/sheet?lang=en&hideCustomers=1&fields=hardware,facility&members=1,2");
    expect(parseSheetParams(new URL(href, "http://x").searchParams)).toEqual(p);
    expect(sheetHref("/members/1/sheet", p, { members: null, hideCustomers: false })).toBe(
      "/members/1/sheet?lang=en&fields=hardware,facility",
    );
  });
});
