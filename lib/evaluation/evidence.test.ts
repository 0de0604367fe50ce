import { describe, expect, it } from "vitest";
import { countingRecords, toEvidence, type MemberRecords, type ProjectRow } from "./evidence";
import { evaluate } from "../itss/evaluate";

const project = (id: number, over: Partial<ProjectRow> = {}): ProjectRow => ({
  id,
  reviewState: "approved",
  supersededAt: null,
  revisionOf: null,
  reviewedBy: 90,
  field: "hardware",
  role: "member",
  status: "completed",
  successful: true,
  complexity: ["multi_platform", "multi_vendor"],
  scope: "specific_users",
  facilityScope: null,
  computerRoomSites: 0,
  floorSpaceM2: 0,
  networkSites: 0,
  ...over,
});
// Level 3 also needs a specialty area of the field: every record set here holds one, approved.
const records = (projects: ProjectRow[]): MemberRecords => ({
  projects,
  specialties: [
    {
      id: 1,
      reviewState: "approved",
      supersededAt: null,
      revisionOf: null,
      reviewedBy: 90,
      field: "hardware",
      area: "first_support_contact",
    },
  ],
  successions: [],
  mentorings: [],
  exams: [],
  assessments: [],
  ownUserId: null,
});

describe("which records count", () => {
  const rows = [
    project(1),
    project(2, { reviewState: "submitted" }),
    project(3, { reviewState: "draft" }),
    project(4, { reviewState: "rejected" }),
    project(5, { reviewState: "approved", supersededAt: new Date() }),
    project(6, { reviewState: "approved" }),
    project(7, { reviewState: "submitted", revisionOf: 6 }),
  ];
  it("official: approved and not superseded only", () => {
    expect(countingRecords(rows, "official").map((r) => r.id)).toEqual([1, 6]);
  });
  it("provisional: also submitted, with a submitted revision standing in for its original", () => {
    expect(countingRecords(rows, "provisional").map((r) => r.id)).toEqual([1, 2, 7]);
  });
  it("a record approved by the member's own account never counts, in either mode", () => {
    const mine = [
      project(1),
      project(2, { reviewedBy: 42 }),
      project(3, { reviewState: "submitted", reviewedBy: null }),
    ];
    expect(countingRecords(mine, "official", 42).map((r) => r.id)).toEqual([1]);
    expect(countingRecords(mine, "provisional", 42).map((r) => r.id)).toEqual([1, 3]);
    expect(countingRecords(mine, "official", null).map((r) => r.id)).toEqual([1, 2]);
  });
});

describe("toEvidence", () => {
  it("maps a facility project's size and keeps record ids in evidence order", () => {
    const { evidence, projectIds } = toEvidence(
      records([
        project(9, {
          field: "facility",
          complexity: ["mission_critical_facility", "continuous_operation"],
          scope: null,
          facilityScope: "whole",
          computerRoomSites: 3,
          role: "responsible",
        }),
        project(2),
      ]),
      "official",
    );
    expect(projectIds).toEqual([2, 9]);
    expect(evidence.projects[1]).toMatchObject({
      field: "facility",
      facility: { scope: "whole", computerRoomSites: 3 },
    });
    const e = evaluate(evidence);
    expect(e.fields.facility.projects).toEqual([{ index: 1, projectLevel: 5 }]);
    expect(e.fields.hardware.kpiLevel).toBe(3);
  });
  it("a draft project does not raise the official level but a submitted one raises the provisional", () => {
    const r = records([project(1, { reviewState: "submitted" })]);
    expect(evaluate(toEvidence(r, "official").evidence).fields.hardware.kpiLevel).toBe(0);
    expect(evaluate(toEvidence(r, "provisional").evidence).fields.hardware.kpiLevel).toBe(3);
  });
});
