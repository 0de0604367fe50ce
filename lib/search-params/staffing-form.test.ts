// The need form's link is the query: what the form writes, the page parses back to the same need and project.
import { describe, expect, it } from "vitest";
import { parseStaffingPage, staffingFormHref, type StaffingFormValues as NeedFormValues } from "./staffing";

const queryOf = (v: NeedFormValues) => staffingFormHref(v).replace(/^\/staffing\?/, "");

const values = (over: Partial<NeedFormValues>): NeedFormValues => ({
  scope: "",
  field: "hardware",
  minLevel: "",
  skills: {},
  role: "",
  criteria: [],
  serviceScope: "",
  facilityScope: "",
  rooms: "",
  floor: "",
  sites: "",
  ...over,
});
const parse = (qs: string) => parseStaffingPage(Object.fromEntries(new URLSearchParams(qs)));

describe("staffingFormHref", () => {
  it("writes skills and criteria comma-joined in the standard's order, leaving the default scope out", () => {
    const qs = queryOf(
      values({
        scope: "",
        minLevel: "4",
        skills: { communication: "3", technology: "2", leadership: "" },
        role: "leader",
        criteria: ["multi_vendor", "multi_platform"],
        serviceScope: "wide_area_team",
      }),
    );
    expect(qs).toBe(
      "field=hardware&minLevel=4&skill=technology:2,communication:3&role=leader&criteria=multi_platform,multi_vendor&serviceScope=wide_area_team",
    );
    expect(parse(qs)).toMatchObject({
      kind: "ok",
      need: {
        field: "hardware",
        minLevel: 4,
        skills: [
          { item: "technology", minLevel: 2 },
          { item: "communication", minLevel: 3 },
        ],
      },
      project: { role: "leader", complexity: ["multi_platform", "multi_vendor"], scope: "wide_area_team" },
    });
  });

  it("writes a chosen scope, leaves the project out without a role, and gives facility sizes only for facility", () => {
    expect(queryOf(values({ scope: "team:7", criteria: ["multi_vendor"], serviceScope: "wide_area_team" }))).toBe(
      "teamId=7&field=hardware",
    );
    expect(queryOf(values({ scope: "department:2" }))).toBe("departmentId=2&field=hardware");
    const fm = queryOf(
      values({
        field: "facility",
        role: "responsible",
        facilityScope: "whole",
        rooms: "3",
        floor: "0",
        sites: "120",
        serviceScope: "wide_area_team",
      }),
    );
    expect(fm).toBe("field=facility&role=responsible&facilityScope=whole&rooms=3&sites=120");
    expect(parse(fm)).toMatchObject({
      kind: "ok",
      project: { facility: { scope: "whole", computerRoomSites: 3, floorSpaceM2: 0, networkSites: 120 } },
    });
  });
});
