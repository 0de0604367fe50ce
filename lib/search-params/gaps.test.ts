// The gap dashboard's URL: its scope in the one spelling and the trend chart's field; links parse back.
import { describe, expect, it } from "vitest";
import {
  gapListExportParams,
  gapListHref,
  gapsHref,
  parseGapListParams,
  parseGapsParams,
  parseTargetsParams,
  targetsHref,
} from "./gaps";

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

  it("a list's view: its own sorts and filters only, a bad value falls back, links parse back", () => {
    expect(parseGapListParams({})).toEqual({
      list: "oneStep",
      teamId: null,
      departmentId: null,
      field: null,
      level: null,
      sort: "team",
      dir: "asc",
      page: 1,
      size: 50,
    });
    // the widest divergence first; a sort key of another list and filters the list has not are dropped
    expect(parseGapListParams({ list: "apart", sort: "expires", level: "3", field: "software" })).toMatchObject({
      list: "apart",
      sort: "apart",
      dir: "desc",
      field: "software",
      level: null,
    });
    expect(parseGapListParams({ list: "certifications", field: "software", level: "9", size: "7" })).toMatchObject({
      field: null,
      level: null,
      size: 50,
    });
    const p = parseGapListParams({
      list: "singles",
      departmentId: "2",
      field: "facility",
      level: "3",
      sort: "member",
      dir: "desc",
      page: "4",
      size: "100",
    });
    const href = gapListHref(p);
    expect(href).toBe(
      "/gaps/lists?list=singles&departmentId=2&field=facility&level=3&sort=member&dir=desc&page=4&size=100",
    );
    expect(parseGapListParams(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(p);
    expect(gapListHref({ list: "stale", teamId: 5 })).toBe("/gaps/lists?list=stale&teamId=5");
    expect(gapListHref(p, { page: null }, "/api/export/gaps")).toBe(
      "/api/export/gaps?list=singles&departmentId=2&field=facility&level=3&sort=member&dir=desc&size=100",
    );
    expect(gapListExportParams(`http://x${gapListHref(p)}`)).toEqual({ ...p, format: "csv" });
    expect(gapListExportParams(`http://x${gapListHref(p)}&format=xlsx`)).toEqual({ ...p, format: "xlsx" });
    expect(gapListExportParams(`http://x${gapListHref(p)}&format=pdf`)).toEqual({ ...p, format: "csv" });
    expect(gapListExportParams("http://x/api/export/gaps?list=nobody&scope=team:7")).toBe(
      "http://x/api/export/gaps?list=nobody&teamId=7",
    );
  });
});
