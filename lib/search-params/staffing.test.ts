// The planner's URL: parsed into a need and a planned project, or messages that name the bad parameter.
import { describe, expect, it } from "vitest";
import { staffingQuerySchema } from "../api/staffing";
import { flatParams } from "./staffing";
import { parseStaffingPage, staffingHref } from "./staffing";

const messages = (sp: Record<string, string | string[]>) => {
  const r = parseStaffingPage(sp);
  return r.kind === "error" ? r.messages : [];
};

describe("parseStaffingPage", () => {
  it("is blank with only a scope or nothing, keeping the scope", () => {
    expect(parseStaffingPage({})).toEqual({
      kind: "blank",
      scope: { teamId: null, departmentId: null },
    });
    expect(parseStaffingPage({ teamId: "4" })).toMatchObject({ kind: "blank", scope: { teamId: 4 } });
  });

  it("reads the need in the API's comma form and in the form's repeated form, in the standard's order", () => {
    const a = parseStaffingPage({ field: "hardware", minLevel: "4", skill: "communication:3,technology:2" });
    const b = parseStaffingPage({ field: "hardware", minLevel: "4", skill: ["technology:2", "", "communication:3"] });
    expect(a).toEqual(b);
    expect(a).toMatchObject({
      kind: "ok",
      limit: 25,
      project: null,
      need: {
        field: "hardware",
        minLevel: 4,
        skills: [
          { item: "technology", minLevel: 2 },
          { item: "communication", minLevel: 3 },
        ],
      },
    });
  });

  it("reads a planned project for hardware/software (service scope) and facility (size)", () => {
    expect(
      parseStaffingPage({
        field: "software",
        role: "leader",
        criteria: ["multi_vendor", "multi_platform"],
        serviceScope: "wide_area_team",
      }),
    ).toMatchObject({
      kind: "ok",
      project: { role: "leader", complexity: ["multi_platform", "multi_vendor"], scope: "wide_area_team" },
    });
    expect(
      parseStaffingPage({ field: "facility", role: "responsible", facilityScope: "whole", rooms: "3" }),
    ).toMatchObject({
      kind: "ok",
      project: {
        role: "responsible",
        complexity: [],
        facility: { scope: "whole", computerRoomSites: 3, floorSpaceM2: 0, networkSites: 0 },
      },
    });
  });

  it("names the parameter of every problem", () => {
    expect(messages({ minLevel: "3" })).toEqual(["field is required: hardware, software or facility"]);
    expect(messages({ field: "network" })).toEqual(["field must be hardware, software or facility"]);
    expect(messages({ field: "hardware", minLevel: "6" })).toEqual(["minLevel must be from 1 to 5 for Hardware"]);
    expect(messages({ field: "hardware", minLevel: "x" })).toEqual(["minLevel must be a whole number"]);
    expect(messages({ field: "hardware", skill: "facility_management:3" })[0]).toMatch(
      /^skill "facility_management" is not a skill item of Hardware/,
    );
    expect(messages({ field: "hardware", skill: "technology" })).toEqual([
      'skill "technology" must be item:level, e.g. technology:3',
    ]);
    expect(messages({ field: "hardware", skill: "technology:2,technology:3" })).toEqual([
      "skill technology is given twice",
    ]);
    expect(messages({ field: "facility", skill: "technology:7" })).toEqual([
      "skill technology must ask for a level from 1 to 6 for Facility Management",
    ]);
    expect(messages({ field: "hardware", criteria: "multi_vendor" })).toEqual([
      "role is required to describe the planned project (criteria given)",
    ]);
    expect(messages({ field: "hardware", role: "boss" })).toEqual(["role must be member, leader or responsible"]);
    expect(messages({ field: "facility", role: "leader", criteria: "multi_vendor" })[0]).toMatch(
      /^criteria "multi_vendor" is not a complexity criterion of Facility Management/,
    );
    expect(messages({ field: "hardware", role: "leader", rooms: "2" })).toEqual([
      "rooms is for Facility Management projects; a Hardware project gives serviceScope",
    ]);
    expect(parseStaffingPage({ field: "hardware", teamId: "1", departmentId: "2" })).toMatchObject({
      kind: "ok",
      scope: { teamId: 1, departmentId: null },
    });
    expect(messages({ field: "hardware", limit: "101" })).toEqual(["limit must be at most 100"]);
  });
});

describe("staffingHref", () => {
  it("writes the one scope spelling and parses back to the same query", () => {
    const q = parseStaffingPage({
      departmentId: "2",
      field: "facility",
      minLevel: "3",
      skill: "technology:2",
      role: "responsible",
      facilityScope: "whole",
      rooms: "3",
      limit: "50",
    });
    if (q.kind !== "ok") throw new Error("expected ok");
    const href = staffingHref(q);
    expect(href).toBe(
      "/staffing?departmentId=2&field=facility&minLevel=3&skill=technology:2&role=responsible&facilityScope=whole&rooms=3&limit=50",
    );
    expect(parseStaffingPage(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(q);
  });
});

describe("staffing API query", () => {
  it("takes repeated and comma-joined skills alike, and defaults the page", () => {
    const sp = new URLSearchParams("field=software&skill=technology:2&skill=leadership:1&minLevel=");
    expect(flatParams(sp)).toEqual({ field: "software", skill: "technology:2,leadership:1" });
    expect(staffingQuerySchema.parse(flatParams(sp))).toMatchObject({ field: "software", limit: 100, offset: 0 });
    expect(staffingQuerySchema.safeParse({ field: "software", limit: "0" }).error?.issues[0].message).toBe(
      "limit must be at least 1",
    );
  });
});
