// Growth fit: the sentence for what a planned project would do, checked on hand-built evidence and, as a
// property, against the engine itself ("no change" exactly when the evaluation does not change).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateField } from "../itss/evaluate";
import { evidenceArb, projectArb } from "../itss/evaluate.arbitraries";
import type { Evidence, ProjectEvidence } from "../itss/types";
import { growthFit, plannedProjectEvidence, shortMissing } from "./growth";

const hw = (role: ProjectEvidence["role"], scope: ProjectEvidence["scope"], criteria = 2): ProjectEvidence => ({
  field: "hardware",
  role,
  status: "completed",
  successful: true,
  complexity: (["multi_platform", "multi_vendor", "advanced_technology", "mission_critical"] as const).slice(
    0,
    criteria,
  ),
  scope,
});
const level3 = hw("member", "specific_users");
const level4 = hw("leader", "wide_area_team");
const level5 = hw("responsible", "wide_area_users");

/** Hardware level 4 by achievement indicators: a level-4 key project and a level-3 one, specialty 4, one succession kind, mentoring. */
const atLevel4: Evidence = {
  projects: [level4, level3],
  professional: { hardware: { specialties: ["team_profitability"], succession: ["book"], mentoring: 1 } },
};

describe("growthFit", () => {
  it("counts the project toward the next level, naming its place, the key project and what is still missing", () => {
    expect(evaluateField("hardware", atLevel4).kpiLevel).toBe(4);
    const g = growthFit(atLevel4, level5);
    expect(g).toMatchObject({ kind: "progress", kpiBefore: 4, kpiAfter: 4 });
    expect(g.sentence).toBe(
      "2nd of the 3 projects level 5 needs, and its key project; level 5 still needs 1 more project of level 4+, a specialty area for level 5, 2 more succession kinds (1 of 3).",
    );
    expect(growthFit({ ...atLevel4, projects: [level4, level4, level3] }, level4).sentence).toBe(
      "3rd of the 3 projects level 5 needs; level 5 still needs a key project of level 5, a specialty area for level 5, 2 more succession kinds (1 of 3).",
    );
  });

  it("says when the project completes a level", () => {
    const oneShort: Evidence = { ...atLevel4, projects: [level3] };
    expect(evaluateField("hardware", oneShort).kpiLevel).toBe(3);
    expect(growthFit(oneShort, level4)).toEqual({
      kind: "completes",
      sentence: "Completes level 4.",
      kpiBefore: 3,
      kpiAfter: 4,
    });
    const byExam: Evidence = {
      projects: [],
      exams: ["AP"],
      professional: { hardware: { specialties: ["first_support_contact"], succession: [], mentoring: 0 } },
    };
    expect(growthFit(byExam, level3).sentence).toBe("Completes level 3 (an ITEE exam already gives level 3).");
  });

  it("says no change when the project is below what the next level counts, counts for no level, or the member is at the top", () => {
    expect(growthFit(atLevel4, level3)).toMatchObject({
      kind: "none",
      sentence: "No change: project level 3 does not count toward level 5 (it needs projects of level 4 or higher).",
    });
    expect(growthFit(atLevel4, hw("responsible", "wide_area_users", 1)).sentence).toBe(
      "No change: the project counts for no level.",
    );
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
    expect(growthFit(top, level5).sentence).toBe("No change: already at Hardware's highest level (5).");
    const projectsDone: Evidence = { ...atLevel4, projects: [level4, level4, level4] };
    expect(growthFit(projectsDone, level4).sentence).toBe(
      "No change: level 5 has the projects it needs; it still needs a key project of level 5, a specialty area for level 5, 2 more succession kinds (1 of 3).",
    );
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

  it("phrases every missing code briefly", () => {
    expect(shortMissing({ code: "projects", need: 3, have: 2, minLevel: 4 })).toBe("1 more project of level 4+");
    expect(shortMissing({ code: "develops_subordinates" })).toBe("mentoring a subordinate");
    expect(shortMissing({ code: "succession", need: 4, have: 1 })).toBe("3 more succession kinds (1 of 4)");
  });
});
