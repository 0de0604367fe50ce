import { describe, expect, it } from "vitest";
import {
  CAPABILITIES,
  ORG_CAPABILITIES,
  SECTIONS,
  can,
  canOpenSection,
  canReviewRecord,
  canRunRound,
  type Actor,
  type RoundTarget,
  type Capability,
  type OrgCapability,
  type RowScope,
} from "./policy";

// Organisation: department 1 has teams 10 and 11; department 2 has team 20.
const ownMember: RowScope = { departmentId: 1, teamId: 10, memberId: 100 };
const teammate: RowScope = { departmentId: 1, teamId: 10, memberId: 101 };
const otherTeam: RowScope = { departmentId: 1, teamId: 11, memberId: 110 };
const otherDept: RowScope = { departmentId: 2, teamId: 20, memberId: 200 };
const targets = { ownMember, teammate, otherTeam, otherDept } as const;
type Target = keyof typeof targets;

const actors: Record<string, Actor> = {
  admin: { userId: 1, role: "admin", departmentId: null, leadTeamIds: [], memberId: null },
  head: { userId: 2, role: "head", departmentId: 1, leadTeamIds: [], memberId: null },
  lead: { userId: 3, role: "lead", departmentId: 1, leadTeamIds: [10], memberId: 100 },
  member: { userId: 4, role: "member", departmentId: 1, leadTeamIds: [], memberId: 100 },
};

// The full matrix: for each role and capability, the targets on which it is allowed.
const allowed: Record<string, Record<Capability, Target[]>> = {
  admin: Object.fromEntries(
    CAPABILITIES.map((c) => [c, ["ownMember", "teammate", "otherTeam", "otherDept"]]),
  ) as Record<Capability, Target[]>,
  head: {
    "department.read": ["ownMember", "teammate", "otherTeam"],
    "department.manage": ["ownMember", "teammate", "otherTeam"],
    "department.targets.write": ["ownMember", "teammate", "otherTeam"],
    "team.read": ["ownMember", "teammate", "otherTeam"],
    "team.manage": ["ownMember", "teammate", "otherTeam"],
    "team.targets.write": ["ownMember", "teammate", "otherTeam"],
    "member.read": ["ownMember", "teammate", "otherTeam"],
    "member.manage": ["ownMember", "teammate", "otherTeam"],
    "member.records.write": [],
    "member.records.submit": [],
    "member.records.review": ["ownMember", "teammate", "otherTeam"],
    "member.skills.self": [],
    "member.skills.lead": [],
    "rounds.run": ["ownMember", "teammate", "otherTeam"],
  },
  lead: {
    "department.read": [],
    "department.manage": [],
    "department.targets.write": [],
    "team.read": ["ownMember", "teammate"],
    "team.manage": [],
    "team.targets.write": ["ownMember", "teammate"],
    "member.read": ["ownMember", "teammate"],
    "member.manage": ["ownMember", "teammate"],
    "member.records.write": ["ownMember", "teammate"],
    "member.records.submit": ["ownMember", "teammate"],
    "member.records.review": ["teammate"],
    "member.skills.self": ["ownMember"],
    "member.skills.lead": ["teammate"],
    "rounds.run": ["ownMember", "teammate"],
  },
  member: {
    "department.read": [],
    "department.manage": [],
    "department.targets.write": [],
    "team.read": [],
    "team.manage": [],
    "team.targets.write": [],
    "member.read": ["ownMember"],
    "member.manage": [],
    "member.records.write": ["ownMember"],
    "member.records.submit": ["ownMember"],
    "member.records.review": [],
    "member.skills.self": ["ownMember"],
    "member.skills.lead": [],
    "rounds.run": [],
  },
};

describe("policy matrix", () => {
  for (const [roleName, actor] of Object.entries(actors)) {
    for (const capability of CAPABILITIES) {
      for (const [targetName, scope] of Object.entries(targets) as [Target, RowScope][]) {
        const expected = allowed[roleName][capability].includes(targetName);
        it(`${roleName} ${expected ? "may" : "may not"} ${capability} on ${targetName}`, () => {
          expect(can(actor, capability, scope)).toBe(expected);
        });
      }
    }
  }

  it("an admin who is also a member does not review their own records", () => {
    const adminMember: Actor = { ...actors.admin, memberId: 100 };
    expect(can(adminMember, "member.records.review", ownMember)).toBe(false);
    expect(can(adminMember, "member.records.review", teammate)).toBe(true);
  });

  it("an admin who is also a member does not give their own member the lead's rating", () => {
    const adminMember: Actor = { ...actors.admin, memberId: 100 };
    expect(can(adminMember, "member.skills.lead", ownMember)).toBe(false);
    expect(can(adminMember, "member.skills.self", ownMember)).toBe(true);
    expect(can(adminMember, "member.skills.lead", teammate)).toBe(true);
  });

  it("a lead of no team has no review queue", () => {
    expect(canOpenSection({ role: "lead", leadTeamIds: [] }, "reviews")).toBe(false);
  });

  it("a lead of no team has nothing to import into", () => {
    expect(canOpenSection({ role: "lead", leadTeamIds: [] }, "import")).toBe(false);
    expect(canOpenSection({ role: "lead", leadTeamIds: [7] }, "import")).toBe(true);
  });

  it("a lead of no team reads nobody", () => {
    const idle: Actor = { ...actors.lead, leadTeamIds: [], memberId: null };
    for (const scope of Object.values(targets)) expect(can(idle, "member.read", scope)).toBe(false);
  });
});

// Four eyes on official evidence: per record, the review right on its member and never a record one wrote.
describe("who reviews a record", () => {
  const authors = { self: "the reviewer", other: "someone else", unknown: "nobody recorded" } as const;
  const authorOf = (who: keyof typeof authors, actor: Actor) =>
    who === "self" ? actor.userId : who === "other" ? 999 : null;
  for (const [roleName, actor] of Object.entries(actors)) {
    for (const [targetName, scope] of Object.entries(targets) as [Target, RowScope][]) {
      for (const who of Object.keys(authors) as (keyof typeof authors)[]) {
        const expected = allowed[roleName]["member.records.review"].includes(targetName) && who !== "self";
        it(`${roleName} ${expected ? "may" : "may not"} review a record on ${targetName} written by ${authors[who]}`, () => {
          expect(canReviewRecord(actor, scope, { createdBy: authorOf(who, actor) })).toBe(expected);
        });
      }
    }
  }

  it("another lead of the team reviews what a lead recorded", () => {
    const otherLead: Actor = { userId: 5, role: "lead", departmentId: 1, leadTeamIds: [10], memberId: null };
    const record = { createdBy: actors.lead.userId };
    expect(canReviewRecord(actors.lead, teammate, record)).toBe(false);
    expect(canReviewRecord(otherLead, teammate, record)).toBe(true);
    expect(canReviewRecord(actors.head, teammate, record)).toBe(true);
    expect(canReviewRecord(actors.admin, teammate, record)).toBe(true);
  });
});

// Organisation-wide rights: asked without a row, held by the administrator alone.
const allowedInOrg: Record<string, OrgCapability[]> = {
  admin: [
    "users.manage",
    "audit.read",
    "org.export",
    "org.import",
    "departments.create",
    "org.settings",
    "rounds.organisation",
    "jobs.run",
  ],
  head: [],
  lead: [],
  member: [],
};

describe("organisation-wide rights", () => {
  for (const [roleName, actor] of Object.entries(actors)) {
    for (const capability of ORG_CAPABILITIES) {
      const expected = allowedInOrg[roleName].includes(capability);
      it(`${roleName} ${expected ? "may" : "may not"} ${capability}`, () => {
        expect(can(actor, capability)).toBe(expected);
      });
    }
  }

  it("no row, not even the actor's own department or team, gives a head or lead an organisation-wide right", () => {
    const headLead: Actor = { ...actors.lead, role: "head", leadTeamIds: [10, 11, 20] };
    for (const capability of ORG_CAPABILITIES) expect(can(headLead, capability)).toBe(false);
  });
});

describe("assessment rounds", () => {
  const team10 = { scope: "team", teamId: 10, departmentId: 1 } as const;
  const team20 = { scope: "team", teamId: 20, departmentId: 2 } as const;
  const team11 = { scope: "team", teamId: 11, departmentId: 1 } as const;
  const dept1 = { scope: "department", departmentId: 1 } as const;
  const org = { scope: "organisation" } as const;
  const cases: [string, RoundTarget, boolean[]][] = [
    // admin, head, lead, member
    ["own team", team10, [true, true, true, false]],
    ["another team of the department", team11, [true, true, false, false]],
    ["a team of another department", team20, [true, false, false, false]],
    ["the department", dept1, [true, true, false, false]],
    ["the organisation", org, [true, false, false, false]],
  ];
  for (const [name, target, expected] of cases)
    it(`who may run a round over ${name}`, () => {
      expect(["admin", "head", "lead", "member"].map((r) => canRunRound(actors[r], target))).toEqual(expected);
    });
});

describe("navigation sections", () => {
  const expected: Record<string, string[]> = {
    admin: ["dashboard", "teams", "reviews", "rounds", "heatmap", "gaps", "staffing", "standard", "import", "admin"],
    head: ["dashboard", "teams", "reviews", "rounds", "heatmap", "gaps", "staffing", "standard", "import"],
    lead: ["dashboard", "teams", "reviews", "rounds", "heatmap", "gaps", "staffing", "standard", "import"],
    member: ["dashboard", "standard"],
  };
  for (const [roleName, actor] of Object.entries(actors)) {
    it(`${roleName} sees ${expected[roleName].join(", ")}`, () => {
      expect(SECTIONS.filter((s) => canOpenSection(actor, s))).toEqual(expected[roleName]);
    });
  }
});
