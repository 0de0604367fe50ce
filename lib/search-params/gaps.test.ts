// The gap dashboard's URL: its scope in the one spelling and the trend chart's field; links parse back.
import { describe, expect, it } from "vitest";
import { gapsHref, parseGapsParams, parseTargetsParams, targetsHref } from "./gaps";

describe("gaps params", () => {
  it("default to the reader's scope and the hardware chart; a bad field falls back", () => {
    expect(parseGapsParams({})).toEqual({ teamId: null, departmentId: null, field: "hardware" });
    expect(parseGapsParams({ field: "cooking", departmentId: "3" })).toEqual({
      teamId: null,
      departmentId: 3,
      field: "hardware",
    });
    expect(parseTargetsParams({ teamId: "7", departmentId: "3" })).toEqual({ teamId: 7, departmentId: null });
  });

  it("write links that parse back, the default field left out", () => {
    expect(gapsHref({ teamId: 4 })).toBe("/gaps?teamId=4");
    expect(gapsHref({ departmentId: 2, field: "hardware" })).toBe("/gaps?departmentId=2");
    const href = gapsHref({ departmentId: 2, field: "facility" });
    expect(parseGapsParams(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({
      teamId: null,
      departmentId: 2,
      field: "facility",
    });
    expect(targetsHref({ teamId: 9 })).toBe("/gaps/targets?teamId=9");
    expect(targetsHref({})).toBe("/gaps/targets");
  });
});
