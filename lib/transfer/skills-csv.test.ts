import { describe, expect, it } from "vitest";
import { checkSkillsCsv as check, skillKey, type MemberRef, type SkillsContext } from "./skills-csv";
import { inEnglish } from "@/lib/testing/in-english";

const checkSkillsCsv = (...args: Parameters<typeof check>) => inEnglish(check(...args));

const ada: MemberRef = { id: 7, name: "Ada", email: "ada@x.test", teamId: 1, departmentId: 1, archived: false };
const old: MemberRef = { id: 8, name: "Old", email: "old@x.test", teamId: 1, departmentId: 1, archived: true };
const other: MemberRef = { id: 9, name: "Other", email: "other@x.test", teamId: 2, departmentId: 1, archived: false };
let selfId = 0;
const ctx = (over: Partial<SkillsContext> = {}): SkillsContext => ({
  members: [ada, old, other],
  mayRate: (m, rater) => m.teamId === 1 && !(rater === "lead" && m.id === selfId),
  existing: new Map([[skillKey(7, "hardware", "technology"), { id: 1, selfLevel: 2, leadLevel: null, version: 3 }]]),
  today: "2025-06-01",
  ...over,
});

describe("skill assessments CSV", () => {
  it("plans valid rows by email or id, marking updates of existing ratings", () => {
    const text =
      "member_email,member_id,field,skill_item,self,lead,date\nADA@x.test,,hardware,technology,3,,2025-05-01\n,7,facility,facility_management,,6,\n";
    const { errors, plan } = checkSkillsCsv(text, ctx());
    expect(errors).toEqual([]);
    expect(plan).toMatchObject([
      {
        row: 2,
        member: ada,
        field: "hardware",
        item: "technology",
        self: 3,
        lead: null,
        date: "2025-05-01",
        existing: { id: 1, version: 3 },
      },
      {
        row: 3,
        member: ada,
        field: "facility",
        item: "facility_management",
        self: null,
        lead: 6,
        date: "2025-06-01",
        existing: null,
      },
    ]);
  });

  it("lists every error with row, column and message", () => {
    const text = [
      "member_email,member_id,field,skill_item,self,lead,date",
      ",,hardware,technology,1,,", // 2 no member
      "nobody@x.test,,hardware,technology,1,,", // 3 unknown email
      ",x1,hardware,technology,1,,", // 4 bad id
      ",8,hardware,technology,1,,", // 5 archived
      ",9,hardware,technology,1,,", // 6 not allowed
      ",7,network,technology,1,,", // 7 bad field
      ",7,software,hardware_technology,1,,", // 8 item of another field
      ",7,hardware,leadership,6,,", // 9 level above hardware max 5
      ",7,hardware,hardware_technology,0,2.5,", // 10 two bad levels
      ",7,hardware,negotiation,,,", // 11 no level
      ",7,hardware,communication,2,,2025-02-30", // 12 impossible date
      ",7,hardware,system_maintenance_management,2,,2030-01-01", // 13 future
      ",7,hardware,project_management,2,,", // 14 ok
      "ada@x.test,,hardware,project_management,3,,", // 15 duplicate of 14
      "other@x.test,7,hardware,technology,3,,", // 16 id and email disagree
    ].join("\n");
    const { errors, plan } = checkSkillsCsv(text, ctx());
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "member_email"],
      [3, "member_email"],
      [4, "member_id"],
      [5, "member_id"],
      [6, "self"],
      [7, "field"],
      [8, "skill_item"],
      [9, "self"],
      [10, "self"],
      [10, "lead"],
      [11, "self"],
      [12, "date"],
      [13, "date"],
      [15, "skill_item"],
      [16, "member_email"],
    ]);
    expect(errors.find((e) => e.row === 9)!.message).toMatch(/1 to 5 \(hardware\)/);
    expect(errors.find((e) => e.row === 8)!.message).toMatch(/not a skill item of software/);
    expect(plan.map((p) => p.row)).toEqual([14]);
  });

  it("allows facility level 6 and refuses giving yourself the lead's rating", () => {
    const { errors } = checkSkillsCsv(
      "member_id,field,skill_item,self,lead\n7,facility,leadership,6,6\n",
      ((selfId = 7), ctx()),
    );
    selfId = 0;
    expect(errors).toEqual([{ row: 2, column: "lead", message: expect.stringMatching(/never for themselves/) }]);
  });

  it("needs a member column", () => {
    expect(checkSkillsCsv("field,skill_item,self,lead\nhardware,technology,1,\n", ctx()).errors).toEqual([
      { row: 1, column: "member_email", message: expect.stringMatching(/member_email or member_id/) },
    ]);
  });
});
