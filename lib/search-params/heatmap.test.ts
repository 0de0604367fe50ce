// The heatmap URL: bad values fall back to defaults, items must belong to the field, and links round-trip.
import { describe, expect, it } from "vitest";
import { heatmapQuery, parseHeatmapParams, sortChange, summarySortChange } from "./heatmap";

describe("heatmap params", () => {
  it("defaults: the given field, grouped by team, page 1 of 50, summary N = 3", () => {
    expect(parseHeatmapParams({}, "software")).toEqual({
      field: "software",
      teamId: null,
      departmentId: null,
      team: null,
      teamq: "",
      minLevel: 0,
      item: null,
      itemMin: 3,
      n: 3,
      sort: "team",
      dir: "asc",
      group: true,
      page: 1,
      size: 50,
      tpage: 1,
      teams: "serving",
      tsort: "team",
      tdir: "asc",
      format: "csv",
    });
    expect(parseHeatmapParams("?format=xlsx").format).toBe("xlsx");
    expect(parseHeatmapParams("?format=pdf").format).toBe("csv");
  });

  it("falls back on bad values instead of failing", () => {
    const p = parseHeatmapParams({
      field: "marketing",
      minLevel: "9",
      n: "0",
      size: "1000",
      page: "-2",
      dir: "up",
      teamId: "abc",
      sort: "salary",
    });
    expect(p).toMatchObject({
      field: "hardware",
      minLevel: 0,
      n: 3,
      size: 50,
      page: 1,
      dir: "asc",
      // Named but not an id: an id no row has, so the page answers 404 instead of showing another scope.
      teamId: 0,
      sort: "team",
    });
  });

  it("drops an item or sort key that is not one of the field's 7 items", () => {
    expect(
      parseHeatmapParams({ field: "software", item: "hardware_technology", sort: "hardware_technology" }),
    ).toMatchObject({ item: null, sort: "team" });
    expect(
      parseHeatmapParams({ field: "software", item: "software_technology", itemMin: "4", sort: "leadership" }),
    ).toMatchObject({ item: "software_technology", itemMin: 4, sort: "leadership" });
  });

  it("a team scope wins over a department, and drops the team filter", () => {
    expect(parseHeatmapParams({ teamId: "4", departmentId: "2", team: "5" })).toMatchObject({
      teamId: 4,
      departmentId: null,
      team: null,
    });
    expect(parseHeatmapParams({ team: "5" })).toMatchObject({ teamId: null, departmentId: null, team: 5 });
  });

  it("links round-trip and leave defaults out", () => {
    const p = parseHeatmapParams({
      field: "facility",
      departmentId: "2",
      team: "7",
      teamq: "North & South",
      minLevel: "3",
      item: "leadership",
      itemMin: "4",
      n: "5",
      sort: "level",
      dir: "desc",
      group: "0",
      page: "3",
      size: "100",
      tpage: "2",
      tsort: "leadership",
      tdir: "desc",
    });
    expect(parseHeatmapParams(Object.fromEntries(new URLSearchParams(heatmapQuery(p))))).toEqual(p);
    expect(heatmapQuery(parseHeatmapParams({}))).toBe("field=hardware");
    expect(heatmapQuery(p, { page: null, team: null })).not.toMatch(/(^|&)(page|team)=/);
  });

  it("sort links: text columns ascend first, numbers descend first, a second click flips", () => {
    const p = parseHeatmapParams({});
    expect(sortChange(p, "name").dir).toBe("asc");
    expect(sortChange(p, "leadership").dir).toBe("desc");
    expect(sortChange(p, "team").dir).toBe("desc"); // already sorted by team ascending
    expect(sortChange({ ...p, sort: "level", dir: "desc" }, "level").dir).toBe("asc");
  });

  it("the team summary's sort: the field's items, members or team; ascending first (the weakest on top), a second click flips", () => {
    expect(parseHeatmapParams({ field: "software", tsort: "hardware_technology", tdir: "desc" })).toMatchObject({
      tsort: "team",
      tdir: "desc",
    });
    expect(parseHeatmapParams({ field: "software", tsort: "software_technology" }).tsort).toBe("software_technology");
    expect(parseHeatmapParams({ tsort: "salary", tdir: "up" })).toMatchObject({ tsort: "team", tdir: "asc" });
    const p = parseHeatmapParams({ page: "3", tpage: "2" });
    expect(summarySortChange(p, "leadership")).toEqual({ tsort: "leadership", tdir: "asc", tpage: null });
    expect(summarySortChange({ ...p, tsort: "leadership" }, "leadership").tdir).toBe("desc");
    expect(summarySortChange({ ...p, tsort: "leadership", tdir: "desc" }, "leadership").tdir).toBe("asc");
    expect(summarySortChange(p, "team").tdir).toBe("desc"); // already by team, ascending
    // the summary's links keep the grid's page, and the grid's sort links keep the summary's order
    expect(heatmapQuery(p, summarySortChange(p, "members"))).toMatch(/page=3/);
    expect(heatmapQuery({ ...p, tsort: "members" }, sortChange(p, "level"))).toMatch(/tsort=members/);
  });
});
