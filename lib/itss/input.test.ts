// Tests of the evidence JSON schema: defaults, and an error naming the path for each kind of invalid input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { evidenceArb } from "./evaluate.arbitraries";
import { formatPath, parseEvidence } from "./input";

const hwProject = {
  field: "hardware", role: "leader", status: "completed", successful: true,
  complexity: ["multi_platform", "mission_critical"], scope: "wide_area_team",
};
const facProject = {
  field: "facility", role: "responsible", status: "completed",
  complexity: ["mission_critical_facility", "continuous_operation"],
  facility: { scope: "whole", computerRoomSites: 3, floorSpaceM2: 0, networkSites: 0 },
};

function errorsOf(json: unknown) {
  const r = parseEvidence(json);
  if (r.ok) throw new Error("expected invalid input");
  return r.errors;
}

describe("parseEvidence", () => {
  it("accepts the minimal and the documented example input (docs/cli.md)", () => {
    expect(parseEvidence({ projects: [] })).toEqual({ ok: true, evidence: { projects: [], exams: [] } });
    const r = parseEvidence({
      projects: [hwProject, { ...facProject, successful: true }],
      professional: { hardware: { specialties: ["hw_ops_product_tech"], succession: ["book", "paper_internal"], mentoring: 1 } },
      exams: ["AP"],
      skills: { hardware: { technology: { self: 4, lead: 3 } } },
    });
    expect(r.ok).toBe(true);
  });

  it("fills defaults: successful false, empty lists, mentoring 0, facility sizes 0", () => {
    const r = parseEvidence({
      projects: [{ ...hwProject, successful: undefined }, { ...facProject, facility: { scope: "part" } }],
      professional: { software: {} },
    });
    expect(r.ok && r.evidence.projects[0].successful).toBe(false);
    expect(r.ok && r.evidence.projects[1].facility).toEqual({ scope: "part", computerRoomSites: 0, floorSpaceM2: 0, networkSites: 0 });
    expect(r.ok && r.evidence.professional?.software).toEqual({ specialties: [], succession: [], mentoring: 0 });
  });

  it("accepts duplicate criteria, succession kinds and exams (distinct ones count)", () => {
    const r = parseEvidence({
      projects: [{ ...hwProject, complexity: ["multi_platform", "multi_platform"] }],
      professional: { hardware: { succession: ["book", "book"] } },
      exams: ["AP", "AP"],
    });
    expect(r.ok).toBe(true);
  });

  it("accepts null and absent skill ratings", () => {
    expect(parseEvidence({ projects: [], skills: { facility: { facility_management: { self: 6, lead: null }, leadership: {} } } }).ok).toBe(true);
  });

  it.each<[string, unknown, string, RegExp]>([
    ["missing projects", {}, "projects", /required/],
    ["projects not an array", { projects: {} }, "projects", /expected array/],
    ["not an object", [], "(root)", /expected object/],
    ["unknown top-level key", { projects: [], member: "x" }, "member", /unknown key/],
    ["unknown project key", { projects: [{ ...hwProject, name: "x" }] }, "projects[0].name", /unknown key/],
    ["unknown field", { projects: [{ ...hwProject, field: "network" }] }, "projects[0].field", /expected one of hardware, software, facility/],
    ["unknown scope", { projects: [hwProject, hwProject, { ...hwProject, scope: "nationwide" }] }, "projects[2].scope",
      /^expected one of specific_users, wide_area_team, wide_area_users$/],
    ["missing scope", { projects: [{ ...hwProject, scope: undefined }] }, "projects[0].scope", /required/],
    ["facility on a hardware project", { projects: [{ ...hwProject, facility: facProject.facility }] }, "projects[0].facility", /not allowed/],
    ["scope on a facility project", { projects: [{ ...facProject, scope: "part" }] }, "projects[0].scope", /not allowed/],
    ["missing facility", { projects: [{ ...facProject, facility: undefined }] }, "projects[0].facility", /required/],
    ["unknown facility scope", { projects: [{ ...facProject, facility: { scope: "half" } }] }, "projects[0].facility.scope", /expected one of part, whole/],
    ["unknown role", { projects: [{ ...hwProject, role: "manager" }] }, "projects[0].role", /expected one of member, leader, responsible/],
    ["unknown status", { projects: [{ ...hwProject, status: "done" }] }, "projects[0].status", /expected one of ongoing, completed/],
    ["successful not a boolean", { projects: [{ ...hwProject, successful: "yes" }] }, "projects[0].successful", /expected boolean/],
    ["criterion of another field", { projects: [{ ...hwProject, complexity: ["multi_platform", "mission_critical_facility"] }] },
      "projects[0].complexity[1]", /not a complexity criterion of hardware/],
    ["hardware criterion on a facility project", { projects: [{ ...facProject, complexity: ["nationwide"] }] },
      "projects[0].complexity[0]", /not a complexity criterion of facility/],
    ["negative floor space", { projects: [{ ...facProject, facility: { scope: "whole", floorSpaceM2: -1 } }] },
      "projects[0].facility.floorSpaceM2", /at least 0/],
    ["negative sites", { projects: [{ ...facProject, facility: { scope: "whole", networkSites: -3 } }] },
      "projects[0].facility.networkSites", /at least 0/],
    ["non-integer sites", { projects: [{ ...facProject, facility: { scope: "whole", computerRoomSites: 2.5 } }] },
      "projects[0].facility.computerRoomSites", /integer/],
    ["unknown facility key", { projects: [{ ...facProject, facility: { scope: "whole", racks: 2 } }] },
      "projects[0].facility.racks", /unknown key/],
    ["unknown exam", { projects: [], exams: ["AP", "CCNA"] }, "exams[1]", /expected one of IP, FE, AP/],
    ["specialty key of another field", { projects: [], professional: { hardware: { specialties: ["facility_engineering"] } } },
      "professional.hardware.specialties[0]", /not a specialty area of hardware/],
    ["unknown professional field", { projects: [], professional: { network: {} } }, "professional.network", /unknown key/],
    ["unknown succession kind", { projects: [], professional: { software: { succession: ["blog"] } } },
      "professional.software.succession[0]", /expected one of community_activity/],
    ["negative mentoring", { projects: [], professional: { facility: { mentoring: -1 } } }, "professional.facility.mentoring", /at least 0/],
    ["fractional mentoring", { projects: [], professional: { facility: { mentoring: 1.5 } } }, "professional.facility.mentoring", /integer/],
    ["skill item of another field", { projects: [], skills: { hardware: { facility_management: { self: 3 } } } },
      "skills.hardware.facility_management", /unknown key/],
    ["skill level above the field's highest", { projects: [], skills: { software: { technology: { self: 6 } } } },
      "skills.software.technology.self", /at most 5/],
    ["skill level 0", { projects: [], skills: { facility: { technology: { lead: 0 } } } }, "skills.facility.technology.lead", /at least 1/],
    ["unknown rating key", { projects: [], skills: { facility: { technology: { peer: 3 } } } }, "skills.facility.technology.peer", /unknown key/],
  ])("%s → %s", (_name, json, path, message) => {
    const errors = errorsOf(json);
    const hit = errors.find((e) => e.path === path);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  it("formats paths", () => {
    expect(formatPath(["projects", 2, "scope"])).toBe("projects[2].scope");
    expect(formatPath(["professional", "hardware", "specialties", 0])).toBe("professional.hardware.specialties[0]");
    expect(formatPath([])).toBe("(root)");
  });

  it("accepts any valid evidence (as JSON) and evaluates it the same", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        const r = parseEvidence(JSON.parse(JSON.stringify(e)));
        expect(r.ok, r.ok ? "" : JSON.stringify(r.errors)).toBe(true);
        if (r.ok) expect(evaluate(r.evidence)).toEqual(evaluate(e));
      }),
      { numRuns: 300 },
    );
  });
});
