// The pure parts of "what approving would change": which level targets one approval makes met (the boundaries of
// actual + 1 ≥ minCount and before < minLevel ≤ after), and the approved view of a member's records (a revision
// supersedes what it revises; nothing else moves).
import { describe, expect, it } from "vitest";
import { approvedInto, targetsMadeMet, type LevelTargetCount, type RecordImpact } from "./impact";
import type { MemberRecords } from "./evidence";

const impact = (before: number, after: number): RecordImpact => ({
  levels: before === after ? [] : [{ field: "software", before, after }],
  fields: [],
  satisfies: [],
});
const target = (over: Partial<LevelTargetCount>): LevelTargetCount => ({
  id: 1,
  teamId: 1,
  departmentId: null,
  field: "software",
  minLevel: 4,
  minCount: 3,
  actual: 2,
  ownerName: "Team",
  ...over,
});

describe("targetsMadeMet", () => {
  it("is met when the member crosses the level and one more is enough", () => {
    expect(targetsMadeMet(impact(3, 4), [target({})])).toEqual([1]);
    expect(targetsMadeMet(impact(2, 5), [target({})])).toEqual([1]);
  });
  it("is not when two more are needed, it is met already, or the member does not cross the level", () => {
    expect(targetsMadeMet(impact(3, 4), [target({ actual: 1 })])).toEqual([]);
    expect(targetsMadeMet(impact(3, 4), [target({ actual: 3 })])).toEqual([]);
    expect(targetsMadeMet(impact(4, 5), [target({})])).toEqual([]); // already counted at 4
    expect(targetsMadeMet(impact(2, 3), [target({})])).toEqual([]); // still below 4
    expect(targetsMadeMet(impact(3, 3), [target({})])).toEqual([]);
    expect(targetsMadeMet(impact(3, 4), [target({ field: "hardware" })])).toEqual([]);
  });
});

describe("approvedInto", () => {
  const row = (id: number, over: object = {}) => ({
    id,
    reviewState: "approved" as const,
    supersededAt: null,
    revisionOf: null,
    reviewedBy: 9,
    createdBy: null,
    field: "software" as const,
    area: "a",
    ...over,
  });
  const records: MemberRecords = {
    projects: [],
    specialties: [
      row(1),
      row(2, { reviewState: "submitted", revisionOf: 1, reviewedBy: null }),
      row(3, { reviewState: "draft" }),
    ],
    successions: [],
    mentorings: [],
    exams: [],
    assessments: [],
    ownUserId: 5,
  };
  it("approves the record and supersedes the one it revises", () => {
    const out = approvedInto(records, "specialty", 2)!;
    expect(out.specialties.map((r) => [r.id, r.reviewState, !!r.supersededAt])).toEqual([
      [1, "approved", true],
      [2, "approved", false],
      [3, "draft", false],
    ]);
    expect(records.specialties[0].supersededAt).toBeNull(); // the input is left as it was
  });
  it("approves a draft and leaves the rest", () => {
    const out = approvedInto(records, "specialty", 3)!;
    expect(out.specialties.map((r) => [r.id, r.reviewState, !!r.supersededAt])).toEqual([
      [1, "approved", false],
      [2, "submitted", false],
      [3, "approved", false],
    ]);
  });
  it("is null for a record the member does not have", () => {
    expect(approvedInto(records, "specialty", 99)).toBeNull();
  });
});
