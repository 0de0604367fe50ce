import { describe, expect, it } from "vitest";
import { checkMembersCsv, type MembersContext, type TeamRef } from "./members-csv";
import { parseCsv, toCsv, MAX_CSV_ROWS } from "./csv";

const teamA: TeamRef = { id: 1, name: "Team A", departmentId: 1, departmentName: "Dept One" };
const teamB: TeamRef = { id: 2, name: "Team B", departmentId: 1, departmentName: "Dept One" };
const teamA2: TeamRef = { id: 3, name: "Team A", departmentId: 2, departmentName: "Dept Two" };
const ctx = (over: Partial<MembersContext> = {}): MembersContext => ({
  teams: [teamA, teamB, teamA2], canManageTeam: () => true, canCreateAccounts: true,
  userEmails: new Set(["taken@x.test"]), memberEmails: new Set(["member@x.test"]), ...over,
});

describe("members CSV", () => {
  it("plans valid rows, with a BOM, CRLF, blank lines and padded cells", () => {
    const text = "\uFEFFname,email,team,role\r\n Ada , ADA@x.test ,Dept One / Team A,member\r\n\r\nBen,,team b,\r\n";
    const { errors, plan } = checkMembersCsv(text, ctx());
    expect(errors).toEqual([]);
    expect(plan).toEqual([
      { row: 2, name: "Ada", email: "ada@x.test", team: teamA, accountRole: "member" },
      { row: 4, name: "Ben", email: null, team: teamB, accountRole: null },
    ]);
  });

  it("lists every error with its row (header = row 1), column and message", () => {
    const text = [
      "name,email,team,role",
      ",a@x.test,Team B,",                 // 2: name missing
      "Bo,not-an-email,Team B,",           // 3: email
      "Cy,c@x.test,Nowhere,",              // 4: team unknown
      "Di,d@x.test,Team A,",               // 5: ambiguous team
      "Ed,e@x.test,Team B,boss",           // 6: role
      "Fi,,Team B,lead",                   // 7: account without email
      "Gu,taken@x.test,Team B,member",     // 8: user exists
      "Ha,member@x.test,Team B,",          // 9: member exists
      "Io,i@x.test,Team B,",               // 10: ok
      "Jo,I@x.test,Team B,",               // 11: duplicate of row 10
    ].join("\n");
    const { errors, plan } = checkMembersCsv(text, ctx());
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "name"], [3, "email"], [4, "team"], [5, "team"], [6, "role"], [7, "email"], [8, "email"], [9, "email"], [11, "email"],
    ]);
    expect(errors.find((e) => e.row === 5)!.message).toMatch(/Department \/ Team/);
    expect(errors.find((e) => e.row === 11)!.message).toMatch(/row 10/);
    expect(plan.map((p) => p.row)).toEqual([10]);
  });

  it("refuses formula-like names", () => {
    const { errors } = checkMembersCsv("name,team\n=HYPERLINK(\"x\"),Team B\n+1,Team B\n@cmd,Team B\n", ctx());
    expect(errors.map((e) => [e.row, e.column])).toEqual([[2, "name"], [3, "name"], [4, "name"]]);
    expect(errors[0].message).toMatch(/formula/);
  });

  it("names only teams within reach, and account roles only for those who may create accounts", () => {
    const { errors } = checkMembersCsv("name,email,team,role\nA,a@x.test,Team B,\nB,b@x.test,Team A,member\n", ctx({
      canManageTeam: (t) => t.id === 1, canCreateAccounts: false,
    }));
    expect(errors).toEqual([
      { row: 2, column: "team", message: expect.stringMatching(/No active team named "Team B" among the teams you may import into/) },
      { row: 3, column: "role", message: expect.stringMatching(/Only an administrator/) },
    ]);
  });

  it("checks the header: missing, unknown and duplicate columns", () => {
    expect(checkMembersCsv("name,emial\nA,a@x.test\n", ctx()).errors).toEqual([
      { row: 1, column: "team", message: expect.stringMatching(/Missing column "team"/) },
      { row: 1, column: "emial", message: expect.stringMatching(/Unknown column/) },
    ]);
    expect(checkMembersCsv("name,team,team\nA,B,C\n", ctx()).errors[0]).toMatchObject({ row: 1, column: "team", message: expect.stringMatching(/twice/) });
  });

  it("reports a row with the wrong number of cells, an empty file and a header-only file", () => {
    expect(checkMembersCsv("name,team\nA,Team B,extra\n", ctx()).errors).toEqual([{ row: 2, column: "", message: "Expected 2 cells, found 3." }]);
    expect(checkMembersCsv("", ctx()).errors[0].message).toMatch(/empty/);
    expect(checkMembersCsv("name,team\n", ctx()).errors[0].message).toMatch(/no data rows/);
  });

  it("caps the size and the number of rows", () => {
    const many = "name,team\n" + Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `M${i},Team B`).join("\n");
    expect(parseCsv(many, { required: ["name", "team"] })).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/limit is 5000/) }] });
    const huge = "name,team\n" + "x".repeat(600_000) + ",Team B\n";
    expect(parseCsv(huge, { required: ["name", "team"] })).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/kB/) }] });
  });
});

describe("CSV writing", () => {
  it("quotes where needed and neutralises formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", "=1+1"], ['say "hi"', 3]])).toBe('a,b\r\n"x,y",\'=1+1\r\n"say ""hi""",3');
  });
});
