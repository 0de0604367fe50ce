// Table-driven tests of every evaluation rule and boundary (docs/evaluation.md).
import { describe, expect, it } from "vitest";
import {
  evaluate, evaluateField, examLevel, fieldFacts, kpiHolds, kpiLevel, levelSource, missingFor, nextLevel,
  projectLevel, roleCap, sizeLevel, assessedSkillLevel,
} from "./evaluate";
import { skillItemsOf, type Field, type SkillItem } from "./fields";
import { COMPLEXITY_OF, type Exam, type ProjectRole, type Scope } from "./record-options";
import type { Evidence, FacilitySize, Missing, ProfessionalEvidence, ProjectEvidence, SkillRating } from "./types";
import specExample from "./spec-example.json";

const crit = (field: Field, c: number) => COMPLEXITY_OF[field].slice(0, c);

function hw(o: Partial<ProjectEvidence> & { c?: number } = {}): ProjectEvidence {
  const { c = 2, ...rest } = o;
  return {
    field: "hardware", role: "responsible", status: "completed", successful: true,
    complexity: crit(o.field ?? "hardware", c), scope: "specific_users", ...rest,
  };
}

function fac(size: Partial<FacilitySize>, o: Partial<ProjectEvidence> & { c?: number } = {}): ProjectEvidence {
  const { c = 2, ...rest } = o;
  return {
    field: "facility", role: "responsible", status: "completed", successful: true, complexity: crit("facility", c),
    facility: { scope: "whole", computerRoomSites: 0, floorSpaceM2: 0, networkSites: 0, ...size }, ...rest,
  };
}

function pro(o: Partial<ProfessionalEvidence> = {}): ProfessionalEvidence {
  return { specialties: [], succession: [], mentoring: 0, ...o };
}

describe("roleCap", () => {
  it.each<[Field, ProjectRole, number]>([
    ["hardware", "member", 3], ["hardware", "leader", 4], ["hardware", "responsible", 5],
    ["software", "member", 3], ["software", "leader", 4], ["software", "responsible", 5],
    ["facility", "member", 3], ["facility", "leader", 4], ["facility", "responsible", 6],
  ])("%s %s → %i", (field, role, cap) => expect(roleCap(field, role)).toBe(cap));
});

describe("sizeLevel, hardware and software", () => {
  it.each<[Field, Scope, number, number]>([
    ["hardware", "specific_users", 0, 0], ["hardware", "specific_users", 1, 0], ["hardware", "specific_users", 2, 3],
    ["hardware", "specific_users", 3, 3], ["hardware", "specific_users", 4, 4], ["hardware", "specific_users", 6, 4],
    ["hardware", "wide_area_team", 1, 0], ["hardware", "wide_area_team", 2, 4], ["hardware", "wide_area_team", 3, 4],
    ["hardware", "wide_area_team", 4, 5], ["hardware", "wide_area_users", 2, 5], ["hardware", "wide_area_users", 3, 5],
    ["hardware", "wide_area_users", 4, 5], ["hardware", "wide_area_users", 6, 5],
    ["software", "specific_users", 2, 3], ["software", "wide_area_team", 5, 5], ["software", "wide_area_users", 4, 5],
  ])("%s %s with %i criteria → %i", (field, scope, c, level) => {
    expect(sizeLevel(hw({ field, scope, c }))).toBe(level);
  });

  it("counts distinct criteria only", () => {
    expect(sizeLevel(hw({ complexity: ["multi_platform", "multi_platform"] }))).toBe(0);
    expect(sizeLevel(hw({ complexity: ["multi_platform", "multi_vendor", "multi_vendor"] }))).toBe(3);
    expect(
      sizeLevel(hw({ complexity: ["multi_platform", "multi_vendor", "nationwide", "nationwide", "multi_vendor"] })),
    ).toBe(3);
  });

  it("ignores criteria of another field", () => {
    expect(sizeLevel(hw({ complexity: ["multi_platform", "mission_critical_facility"] }))).toBe(0);
  });

  it("a hardware project without scope qualifies for nothing", () => {
    expect(sizeLevel(hw({ scope: undefined }))).toBe(0);
  });
});

describe("sizeLevel, facility", () => {
  type Row = [string, Partial<FacilitySize>, number, number];
  it.each<Row>([
    ["whole, all zeros, c=2", {}, 2, 3],
    ["whole, all zeros, c=3", {}, 3, 4],
    ["whole, all zeros, c=4", {}, 4, 4],
    ["whole, all zeros, c=1", {}, 1, 0],
    ["rooms 5, c=1", { computerRoomSites: 5 }, 1, 0],
    ["rooms 1", { computerRoomSites: 1 }, 2, 4],
    ["rooms 2", { computerRoomSites: 2 }, 2, 4],
    ["rooms 3", { computerRoomSites: 3 }, 2, 5],
    ["rooms 4", { computerRoomSites: 4 }, 2, 5],
    ["rooms 5", { computerRoomSites: 5 }, 2, 6],
    ["rooms 1, c=3", { computerRoomSites: 1 }, 3, 5],
    ["rooms 2, c=3", { computerRoomSites: 2 }, 3, 5],
    ["rooms 3, c=3", { computerRoomSites: 3 }, 3, 6],
    ["rooms 4, c=3", { computerRoomSites: 4 }, 3, 6],
    ["rooms 5, c=3", { computerRoomSites: 5 }, 3, 6],
    ["floor 1", { floorSpaceM2: 1 }, 2, 4],
    ["floor 1999", { floorSpaceM2: 1999 }, 2, 4],
    ["floor 1999.5", { floorSpaceM2: 1999.5 }, 2, 4],
    ["floor 2000", { floorSpaceM2: 2000 }, 2, 5],
    ["floor 4999", { floorSpaceM2: 4999 }, 2, 5],
    ["floor 5000", { floorSpaceM2: 5000 }, 2, 6],
    ["floor 1999, c=3", { floorSpaceM2: 1999 }, 3, 5],
    ["floor 2000, c=3", { floorSpaceM2: 2000 }, 3, 6],
    ["floor 4999, c=3", { floorSpaceM2: 4999 }, 3, 6],
    ["network 9", { networkSites: 9 }, 2, 4],
    ["network 10", { networkSites: 10 }, 2, 4],
    ["network 99", { networkSites: 99 }, 2, 4],
    ["network 100", { networkSites: 100 }, 2, 5],
    ["network 299", { networkSites: 299 }, 2, 5],
    ["network 300", { networkSites: 300 }, 2, 6],
    ["network 9, c=3", { networkSites: 9 }, 3, 5],
    ["network 99, c=3", { networkSites: 99 }, 3, 5],
    ["network 100, c=3", { networkSites: 100 }, 3, 6],
    ["network 299, c=3", { networkSites: 299 }, 3, 6],
    ["the highest tier of mixed sizes: rooms 1, floor 6000", { computerRoomSites: 1, floorSpaceM2: 6000 }, 2, 6],
    ["the highest tier of mixed sizes: rooms 3, network 5", { computerRoomSites: 3, networkSites: 5 }, 2, 5],
    ["part, c=2", { scope: "part" }, 2, 3],
    ["part, c=3", { scope: "part" }, 3, 4],
    ["part, c=4", { scope: "part" }, 4, 4],
    ["part, c=1", { scope: "part" }, 1, 0],
    ["part ignores sizes", { scope: "part", computerRoomSites: 9, floorSpaceM2: 9000, networkSites: 900 }, 2, 3],
    ["part ignores sizes, c=3", { scope: "part", computerRoomSites: 9 }, 3, 4],
  ])("%s → %i", (_name, size, c, level) => {
    expect(sizeLevel(fac(size, { c }))).toBe(level);
  });

  it("a facility project without its facility object qualifies for nothing", () => {
    expect(sizeLevel(fac({}, { facility: undefined }))).toBe(0);
  });
});

describe("projectLevel = min(size level, role cap)", () => {
  it.each<[string, ProjectEvidence, number]>([
    ["member, wide_area_users", hw({ role: "member", scope: "wide_area_users" }), 3],
    ["leader, wide_area_users", hw({ role: "leader", scope: "wide_area_users" }), 4],
    ["responsible, wide_area_users, c=4", hw({ scope: "wide_area_users", c: 4 }), 5],
    ["responsible, specific_users", hw({ scope: "specific_users" }), 3],
    ["leader, c=1", hw({ role: "leader", scope: "wide_area_users", c: 1 }), 0],
    ["facility responsible, rooms 5", fac({ computerRoomSites: 5 }), 6],
    ["facility leader, rooms 5", fac({ computerRoomSites: 5 }, { role: "leader" }), 4],
    ["facility member, rooms 5", fac({ computerRoomSites: 5 }, { role: "member" }), 3],
    ["facility responsible, rooms 3", fac({ computerRoomSites: 3 }), 5],
  ])("%s → %i", (_name, p, level) => expect(projectLevel(p)).toBe(level));
});

/** Evidence that holds hardware level `n` by the indicators and nothing more (n = 3, 4, 5). */
function hardwareAt(n: 3 | 4 | 5): Evidence {
  if (n === 3) {
    return {
      projects: [hw({ successful: false })],
      professional: { hardware: pro({ specialties: ["first_support_contact"] }) },
    };
  }
  if (n === 4) {
    return {
      projects: [hw(), hw({ role: "leader", scope: "wide_area_team" })],
      professional: { hardware: pro({ specialties: ["team_profitability"], succession: ["book"], mentoring: 1 }) },
    };
  }
  return {
    projects: [hw({ scope: "wide_area_team" }), hw({ scope: "wide_area_team" }), hw({ scope: "wide_area_users" })],
    professional: {
      hardware: pro({ specialties: ["general_it_components"], succession: ["book", "patent", "paper_external"], mentoring: 2 }),
    },
  };
}

const hardware = (e: Evidence) => evaluate(e).fields.hardware;

describe("kpiLevel", () => {
  it("is 0 with no evidence", () => {
    expect(hardware({ projects: [] }).kpiLevel).toBe(0);
  });

  it.each([3, 4, 5] as const)("holds exactly level %i for the minimal evidence of that level", (n) => {
    expect(hardware(hardwareAt(n)).kpiLevel).toBe(n);
  });

  it("level 3 counts a completed project whether or not it succeeded", () => {
    expect(hardware(hardwareAt(3)).kpiLevel).toBe(3);
  });

  it("an ongoing project counts for nothing", () => {
    const e = hardwareAt(3);
    expect(hardware({ ...e, projects: [hw({ status: "ongoing", scope: "wide_area_users" })] }).kpiLevel).toBe(0);
  });

  it("a project with fewer than 2 criteria counts for nothing", () => {
    const e = hardwareAt(3);
    expect(hardware({ ...e, projects: [hw({ c: 1 })] }).kpiLevel).toBe(0);
  });

  it("a project counts only for its own field", () => {
    const e = hardwareAt(3);
    expect(hardware({ ...e, projects: [hw({ field: "software" })] }).kpiLevel).toBe(0);
  });

  it("level 4 needs successful projects", () => {
    const e = hardwareAt(4);
    const projects = [hw(), hw({ role: "leader", scope: "wide_area_team", successful: false })];
    expect(hardware({ ...e, projects }).kpiLevel).toBe(3);
  });

  it("level 4 needs R(4) = 2 projects of level ≥ 3", () => {
    const e = hardwareAt(4);
    expect(hardware({ ...e, projects: [hw({ role: "leader", scope: "wide_area_team" })] }).kpiLevel).toBe(3);
  });

  it("level 4 needs a key project of level ≥ 4", () => {
    const e = hardwareAt(4);
    expect(hardware({ ...e, projects: [hw(), hw(), hw()] }).kpiLevel).toBe(3);
  });

  it("level 4 needs a succession achievement and a mentoring record", () => {
    const e = hardwareAt(4);
    expect(hardware({ ...e, professional: { hardware: pro({ specialties: ["team_profitability"], mentoring: 1 }) } }).kpiLevel).toBe(3);
    expect(hardware({ ...e, professional: { hardware: pro({ specialties: ["team_profitability"], succession: ["book"] }) } }).kpiLevel).toBe(3);
  });

  it("level 5 needs R(5) = 3 projects of level ≥ 4", () => {
    const e = hardwareAt(5);
    const projects = [hw({ scope: "wide_area_team" }), hw(), hw({ scope: "wide_area_users" })];
    expect(hardware({ ...e, projects }).kpiLevel).toBe(4);
  });

  it("duplicate succession kinds count once", () => {
    const e = hardwareAt(5);
    const professional = {
      hardware: pro({ specialties: ["general_it_components"], succession: ["book", "book", "paper_external"], mentoring: 1 }),
    };
    const r = hardware({ ...e, professional });
    expect(r.kpiLevel).toBe(4);
    expect(r.next).toEqual({ level: 5, missing: [{ code: "succession", need: 3, have: 2 }] });
  });

  it("a specialty of a higher level satisfies a lower level", () => {
    const e = hardwareAt(3);
    expect(hardware({ ...e, professional: { hardware: pro({ specialties: ["general_it_components"] }) } }).kpiLevel).toBe(3);
  });

  it("a specialty of a lower level does not satisfy a higher one", () => {
    const e = hardwareAt(4);
    const professional = { hardware: pro({ specialties: ["first_support_contact"], succession: ["book"], mentoring: 1 }) };
    const r = hardware({ ...e, professional });
    expect(r.kpiLevel).toBe(3);
    expect(r.next?.missing).toEqual([{ code: "specialty", level: 4 }]);
  });

  it("a key listed at several levels satisfies each of them", () => {
    const e = hardwareAt(5);
    for (const key of ["customer_satisfaction", "hw_ops_product_tech"]) {
      const professional = { hardware: pro({ specialties: [key], succession: ["book", "patent", "paper_external"], mentoring: 1 }) };
      expect(hardware({ ...e, professional }).kpiLevel).toBe(5);
    }
  });

  it("specialties of another field do not count", () => {
    const e = hardwareAt(3);
    expect(hardware({ ...e, professional: { software: pro({ specialties: ["first_support_contact"] }) } }).kpiLevel).toBe(0);
  });

  it("facility reaches level 6 with R(6) = 3 projects of level ≥ 5, one of 6, and 4 succession kinds", () => {
    const e: Evidence = {
      projects: [fac({ computerRoomSites: 3 }), fac({ computerRoomSites: 4 }), fac({ networkSites: 300 })],
      professional: {
        facility: pro({ specialties: ["facility_engineering"], succession: ["book", "patent", "paper_external", "community_activity"], mentoring: 1 }),
      },
    };
    const r = evaluate(e).fields.facility;
    expect(r.kpiLevel).toBe(6);
    expect(r.next).toBeNull();
    const three = { facility: pro({ specialties: ["facility_engineering"], succession: ["book", "patent", "paper_external"], mentoring: 1 }) };
    const r5 = evaluate({ ...e, professional: three }).fields.facility;
    expect(r5.kpiLevel).toBe(5);
    expect(r5.next).toEqual({ level: 6, missing: [{ code: "succession", need: 4, have: 3 }] });
  });

  it("kpiHolds, kpiLevel and missingFor agree", () => {
    const { facts } = fieldFacts("hardware", hardwareAt(4));
    expect([3, 4, 5].map((n) => kpiHolds("hardware", n, facts))).toEqual([true, true, false]);
    expect(kpiLevel("hardware", facts)).toBe(4);
    expect(missingFor("hardware", 4, facts)).toEqual([]);
    expect(nextLevel("hardware", 4, facts)?.level).toBe(5);
    expect(kpiHolds("hardware", 6, facts)).toBe(false);
  });
});

describe("examLevel", () => {
  it.each<[Exam[], number]>([
    [[], 0], [["IP"], 1], [["FE"], 2], [["AP"], 3], [["ST"], 3], [["SC"], 3], [["NW"], 3],
    [["IP", "FE"], 2], [["FE", "IP"], 2], [["FE", "DB"], 3], [["IP", "IP"], 1],
  ])("%j → %i", (exams, level) => expect(examLevel(exams)).toBe(level));

  it("undefined → 0", () => expect(examLevel(undefined)).toBe(0));

  it("exams alone give the level in every field", () => {
    const r = evaluate({ projects: [], exams: ["FE"] });
    for (const f of Object.values(r.fields)) {
      expect(f).toMatchObject({ level: 2, source: "exam", kpiLevel: 0, examLevel: 2 });
      expect(f.next?.level).toBe(3);
    }
  });
});

describe("level and source", () => {
  it.each<[number, number, string]>([
    [0, 0, "none"], [0, 1, "exam"], [0, 3, "exam"], [3, 3, "kpi"], [3, 2, "kpi"], [4, 3, "kpi"], [3, 0, "kpi"],
  ])("kpi %i, exam %i → %s", (kpi, exam, source) => expect(levelSource(kpi, exam)).toBe(source));

  it.each<[string, Evidence, number, string]>([
    ["nothing", { projects: [] }, 0, "none"],
    ["kpi 3, AP (tie)", { ...hardwareAt(3), exams: ["AP"] }, 3, "kpi"],
    ["kpi 4, AP", { ...hardwareAt(4), exams: ["AP"] }, 4, "kpi"],
    ["kpi 3, IP", { ...hardwareAt(3), exams: ["IP"] }, 3, "kpi"],
    ["kpi 0, FE", { projects: [hw()], exams: ["FE"] }, 2, "exam"],
  ])("%s → level %i from %s", (_name, e, level, source) => {
    expect(hardware(e)).toMatchObject({ level, source });
  });
});

describe("assessedSkillLevel", () => {
  const all = (v: SkillRating): Partial<Record<SkillItem, SkillRating>> =>
    Object.fromEntries(skillItemsOf("hardware").map((i) => [i, v]));

  it("is the minimum over the 7 items", () => {
    const s = all({ self: 4 });
    s.leadership = { self: 2 };
    expect(assessedSkillLevel("hardware", s)).toBe(2);
  });

  it("uses the lead's assessment where present, above or below self", () => {
    const s = all({ self: 4 });
    s.technology = { self: 4, lead: 3 };
    expect(assessedSkillLevel("hardware", s)).toBe(3);
    const t = all({ self: 2, lead: 5 });
    expect(assessedSkillLevel("hardware", t)).toBe(5);
  });

  it("falls back to self when lead is null", () => {
    expect(assessedSkillLevel("hardware", all({ self: 3, lead: null }))).toBe(3);
  });

  it("is null while any item is unassessed", () => {
    const s = all({ self: 3 });
    delete s.hardware_technology;
    expect(assessedSkillLevel("hardware", s)).toBeNull();
    expect(assessedSkillLevel("hardware", { ...all({ self: 3 }), negotiation: { self: null, lead: null } })).toBeNull();
    expect(assessedSkillLevel("hardware", { ...all({ self: 3 }), negotiation: {} })).toBeNull();
    expect(assessedSkillLevel("hardware", undefined)).toBeNull();
    expect(assessedSkillLevel("hardware", {})).toBeNull();
  });

  it("needs the field's own item, not another field's", () => {
    const s: Partial<Record<SkillItem, SkillRating>> = { ...all({ self: 3 }), software_technology: { self: 3 } };
    delete s.hardware_technology;
    expect(assessedSkillLevel("hardware", s)).toBeNull();
  });

  it("evaluate reports it per field", () => {
    const r = evaluate({ projects: [], skills: { hardware: all({ self: 2, lead: 3 }) } });
    expect(r.fields.hardware.skillLevel).toBe(3);
    expect(r.fields.software.skillLevel).toBeNull();
  });
});

describe("next level", () => {
  const next = (e: Evidence, field: Field = "hardware") => evaluate(e).fields[field].next;

  it.each<[string, Evidence, number, Missing[]]>([
    ["nothing", { projects: [] }, 3, [
      { code: "projects", need: 1, have: 0, minLevel: 3 },
      { code: "specialty", level: 3 },
    ]],
    ["a level 3 project, no specialty", { projects: [hw()] }, 3, [{ code: "specialty", level: 3 }]],
    ["a specialty, an ongoing project", {
      projects: [hw({ status: "ongoing" })],
      professional: { hardware: pro({ specialties: ["first_support_contact"] }) },
    }, 3, [{ code: "projects", need: 1, have: 0, minLevel: 3 }]],
    ["level 3 with nothing more", hardwareAt(3), 4, [
      { code: "projects", need: 2, have: 0, minLevel: 3 },
      { code: "key_project", level: 4 },
      { code: "specialty", level: 4 },
      { code: "succession", need: 1, have: 0 },
      { code: "develops_subordinates" },
    ]],
    ["level 3, one successful level 4 project", {
      ...hardwareAt(3), projects: [hw({ role: "leader", scope: "wide_area_team" })],
    }, 4, [
      { code: "projects", need: 2, have: 1, minLevel: 3 },
      { code: "specialty", level: 4 },
      { code: "succession", need: 1, have: 0 },
      { code: "develops_subordinates" },
    ]],
    ["level 3, two successful level 3 projects (key project missing alone)", {
      projects: [hw(), hw()],
      professional: { hardware: pro({ specialties: ["team_profitability"], succession: ["book"], mentoring: 1 }) },
    }, 4, [{ code: "key_project", level: 4 }]],
    ["level 4, towards 5", hardwareAt(4), 5, [
      { code: "projects", need: 3, have: 1, minLevel: 4 },
      { code: "key_project", level: 5 },
      { code: "specialty", level: 5 },
      { code: "succession", need: 3, have: 1 },
    ]],
  ])("%s → level %i, %j", (_name, e, level, missing) => {
    expect(next(e)).toEqual({ level, missing });
  });

  it("next is max(kpiLevel + 1, 3) even when an exam gives level 3", () => {
    expect(next({ projects: [], exams: ["AP"] })?.level).toBe(3);
  });

  it("is null at the field's highest level", () => {
    expect(next(hardwareAt(5))).toBeNull();
  });
});

describe("evaluate", () => {
  it("always reports all three fields", () => {
    expect(Object.keys(evaluate({ projects: [] }).fields).sort()).toEqual(["facility", "hardware", "software"]);
  });

  it("evaluates three fields at once and maps each project to its input index", () => {
    const e: Evidence = {
      projects: [
        hw({ field: "software", scope: "wide_area_users" }),
        hw({ role: "leader", scope: "wide_area_team" }),
        fac({ computerRoomSites: 3 }),
        hw(),
        fac({}, { c: 3, status: "ongoing" }),
      ],
      professional: {
        hardware: pro({ specialties: ["team_profitability"], succession: ["book"], mentoring: 1 }),
        software: pro({ specialties: ["advice_for_user_needs"] }),
        facility: pro({ specialties: ["facility_engineering"] }),
      },
      exams: ["FE"],
    };
    const r = evaluate(e);
    expect(r.fields.hardware).toMatchObject({
      level: 4, source: "kpi", kpiLevel: 4, examLevel: 2,
      projects: [{ index: 1, projectLevel: 4 }, { index: 3, projectLevel: 3 }],
    });
    expect(r.fields.software).toMatchObject({ level: 3, kpiLevel: 3, projects: [{ index: 0, projectLevel: 5 }] });
    expect(r.fields.facility).toMatchObject({
      level: 3, kpiLevel: 3, projects: [{ index: 2, projectLevel: 5 }, { index: 4, projectLevel: 4 }],
    });
    for (const f of ["hardware", "software", "facility"] as const) expect(evaluateField(f, e)).toEqual(r.fields[f]);
  });

  it("turns the documented example input into its example output for hardware", () => {
    const e = specExample as Evidence; // the example of docs/cli.md, word for word
    expect(evaluate(e).fields.hardware).toEqual({
      level: 3, source: "kpi", kpiLevel: 3, examLevel: 3, skillLevel: null,
      projects: [{ index: 0, projectLevel: 4 }],
      next: { level: 4, missing: [{ code: "projects", need: 2, have: 1, minLevel: 3 }] },
    });
    expect(evaluate(e).fields.facility.projects).toEqual([{ index: 1, projectLevel: 6 }]);
  });
});
