// The one builder of a project's evidence: the record form, the staffing need, the planned project and a stored row
// all become the same evidence for the same project.
import { describe, expect, it } from "vitest";
import { projectEvidenceOf } from "./project-evidence";
import { projectLevel } from "./evaluate";

describe("projectEvidenceOf", () => {
  it("keeps only the field's complexity criteria and a known service scope", () => {
    expect(
      projectEvidenceOf({
        field: "software",
        role: "leader",
        status: "completed",
        successful: true,
        complexity: ["multi_vendor", "computer_room", "multi_platform"],
        scope: "wide_area_team",
        facility: { scope: "whole", computerRoomSites: "3" },
      }),
    ).toEqual({
      field: "software",
      role: "leader",
      status: "completed",
      successful: true,
      complexity: ["multi_vendor", "multi_platform"],
      scope: "wide_area_team",
    });
    expect(
      projectEvidenceOf({ field: "hardware", role: "member", status: "ongoing", successful: false, complexity: [], scope: "" }),
    ).not.toHaveProperty("scope");
  });

  it("gives a facility project a size: part of a site unless whole, sizes that are not numbers as 0", () => {
    const base = { field: "facility", role: "responsible", status: "completed", successful: true, complexity: [] } as const;
    expect(projectEvidenceOf(base).facility).toEqual({
      scope: "part",
      computerRoomSites: 0,
      floorSpaceM2: 0,
      networkSites: 0,
    });
    const typed = projectEvidenceOf({
      ...base,
      facility: { scope: "whole", computerRoomSites: "3", floorSpaceM2: "x", networkSites: "120" },
    });
    const stored = projectEvidenceOf({
      ...base,
      facility: { scope: "whole", computerRoomSites: 3, floorSpaceM2: 0, networkSites: 120 },
    });
    expect(typed).toEqual(stored);
    expect(typed.facility).toEqual({ scope: "whole", computerRoomSites: 3, floorSpaceM2: 0, networkSites: 120 });
    expect(projectLevel(typed)).toBe(projectLevel(stored));
  });
});
