// Growth fit: what a planned project would do, checked on hand-built evidence and, as a property, against the
// engine itself ("no change" exactly when the evaluation does not change). Its sentences: components/staffing/texts.test.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateField } from "../itss/evaluate";
import { evidenceArb, projectArb } from "../itss/evaluate.arbitraries";
import type { Evidence } from "../itss/types";
import { growthFit, plannedProjectEvidence } from "./growth";

import { atLevel4, hw, level3, level4, level5 } from "./test-fixtures";

describe("growthFit", () => {
  it("counts the project toward the next level, naming its place, the key project and what is still missing", () => {
    expect(evaluateField("hardware", atLevel4).kpiLevel).toBe(4);
    const g = growthFit(atLevel4, level5);
    expect(g).toMatchObject({ kind: "progress", kpiBefore: 4, kpiAfter: 4 });
    expect(g.reason).toEqual({
      code: "progress",
      level: 5,
      projects: { have: 2, need: 3 },
      keyProject: true,
      stillNeeds: [
        { code: "projects", need: 3, have: 2, minLevel: 4 },
        { code: "specialty", level: 5 },
        { code: "succession", need: 3, have: 1 },
      ],
    });
    expect(growthFit({ ...atLevel4, projects: [level4, level4, level3] }, level4).reason).toMatchObject({
      code: "progress",
      projects: { have: 3, need: 3 },
      keyProject: false,
    });
  });

  it("says when the project completes a level", () => {
    const oneShort: Evidence = { ...atLevel4, projects: [level3] };
    expect(evaluateField("hardware", oneShort).kpiLevel).toBe(3);
    expect(growthFit(oneShort, level4)).toEqual({
      kind: "completes",
      reason: { code: "completes", level: 4, examLevel: null },
      kpiBefore: 3,
      kpiAfter: 4,
    });
    const byExam: Evidence = {
      projects: [],
      exams: ["AP"],
      professional: { hardware: { specialties: ["first_support_contact"], succession: [], mentoring: 0 } },
    };
    expect(growthFit(byExam, level3).reason).toEqual({ code: "completes", level: 3, examLevel: 3 });
  });

  it("says no change when the project is below what the next level counts, counts for no level, or the member is at the top", () => {
    expect(growthFit(atLevel4, level3)).toMatchObject({
      kind: "none",
      reason: { code: "does_not_count", projectLevel: 3, level: 5, minLevel: 4 },
    });
    expect(growthFit(atLevel4, hw("responsible", "wide_area_users", 1)).reason).toEqual({ code: "no_level" });
    const top: Evidence = {
      projects: [level5, level4, level4],
      professional: {
        hardware: {
          specialties: ["general_it_components"],
          succession: ["book", "patent", "paper_external"],
          mentoring: 1,
        },
      },
    };
    expect(evaluateField("hardware", top).kpiLevel).toBe(5);
    expect(growthFit(top, level5).reason).toEqual({ code: "highest", field: "hardware", max: 5 });
    const projectsDone: Evidence = { ...atLevel4, projects: [level4, level4, level4] };
    expect(growthFit(projectsDone, level4)).toMatchObject({ kind: "none", reason: { code: "has_projects", level: 5 } });
  });

  it("builds the project as completed and successful, with the facility size for facility", () => {
    expect(
      plannedProjectEvidence("software", { role: "leader", complexity: ["multi_vendor"], scope: "wide_area_team" }),
    ).toEqual({
      field: "software",
      role: "leader",
      status: "completed",
      successful: true,
      complexity: ["multi_vendor"],
      scope: "wide_area_team",
    });
    const fm = plannedProjectEvidence("facility", {
      role: "responsible",
      complexity: [],
      facility: { scope: "whole", computerRoomSites: 3, floorSpaceM2: 0, networkSites: 0 },
    });
    expect(fm.facility).toEqual({ scope: "whole", computerRoomSites: 3, floorSpaceM2: 0, networkSites: 0 });
    expect(fm.scope).toBeUndefined();
  });

  it("says 'no change' exactly when the engine's level and next step stay the same, and 'completes' exactly when the level rises", () => {
    fc.assert(
      fc.property(evidenceArb, projectArb(undefined, { status: "completed", successful: true }), (e, p) => {
        const before = evaluateField(p.field, e);
        const after = evaluateField(p.field, { ...e, projects: [...e.projects, p] });
        const g = growthFit(e, p);
        expect(g.kind === "completes").toBe(after.kpiLevel > before.kpiLevel);
        expect(g.kind === "none").toBe(
          JSON.stringify(after.next) === JSON.stringify(before.next) && after.kpiLevel === before.kpiLevel,
        );
      }),
      { numRuns: 1000 },
    );
  });
});
