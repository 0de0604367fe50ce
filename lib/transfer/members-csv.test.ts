import { describe, expect, it } from "vitest";
import { checkMembersCsv as check, type MembersContext, type TeamRef } from "./members-csv";
import { parseCsv as parse, toCsv, MAX_CSV_ROWS } from "./csv";
import { inEnglish } from "@/lib/testing/in-english";

const checkMembersCsv = (...args: Parameters<typeof check>) => inEnglish(check(...args));
const parseCsv = (...args: Parameters<typeof parse>) => inEnglish(parse(...args));

const teamA: TeamRef = { id: 1, name: "Team A", departmentId: 1, departmentName: "Dept One", field: "hardware" };
const teamB: TeamRef = { id: 2, name: "Team B", departmentId: 1, departmentName: "Dept One", field: null };
const teamA2: TeamRef = { id: 3, name: "Team A", departmentId: 2, departmentName: "Dept Two", field: "software" };
const oldTeam: TeamRef = { id: 4, name: "Old Team", departmentId: 1, departmentName: "Dept One", field: null };
/** An administrator's context by default. */
const ctx = (over: Partial<MembersContext> = {}): MembersContext => ({
  teams: [teamA, teamB, teamA2],
  archivedTeams: [oldTeam],
  departments: [
    { id: 1, name: "Dept One" },
    { id: 2, name: "Dept Two" },
  ],
  canManageTeam: () => true,
  canCreateAccounts: true,
  canCreateDepartmentsAndTeams: true,
  userEmails: new Set(["taken@x.test"]),
  memberEmails: new Set(["member@x.test"]),
  ...over,
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
      ",a@x.test,Team B,", // 2: name missing
      "Bo,not-an-email,Team B,", // 3: email
      "Cy,c@x.test,Nowhere,", // 4: team unknown
      "Di,d@x.test,Team A,", // 5: ambiguous team
      "Ed,e@x.test,Team B,boss", // 6: role
      "Fi,,Team B,lead", // 7: account without email
      "Gu,taken@x.test,Team B,member", // 8: user exists
      "Ha,member@x.test,Team B,", // 9: member exists
      "Io,i@x.test,Team B,", // 10: ok
      "Jo,I@x.test,Team B,", // 11: duplicate of row 10
    ].join("\n");
    const { errors, plan } = checkMembersCsv(text, ctx());
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "name"],
      [3, "email"],
      [4, "team"],
      [5, "team"],
      [6, "role"],
      [7, "email"],
      [8, "email"],
      [9, "email"],
      [11, "email"],
    ]);
    expect(errors.find((e) => e.row === 5)!.message).toMatch(/Department \/ Team/);
    expect(errors.find((e) => e.row === 11)!.message).toMatch(/row 10/);
    expect(plan.map((p) => p.row)).toEqual([10]);
  });

  it("refuses formula-like names", () => {
    const { errors } = checkMembersCsv('name,team\n=HYPERLINK("x"),Team B\n+1,Team B\n@cmd,Team B\n', ctx());
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [2, "name"],
      [3, "name"],
      [4, "name"],
    ]);
    expect(errors[0].message).toMatch(/formula/);
  });

  it("names only teams within reach, and account roles only for those who may create accounts", () => {
    const { errors } = checkMembersCsv(
      "name,email,team,role\nA,a@x.test,Team B,\nB,b@x.test,Team A,member\n",
      ctx({
        canManageTeam: (t) => t.id === 1,
        canCreateAccounts: false,
        canCreateDepartmentsAndTeams: false,
      }),
    );
    expect(errors).toEqual([
      {
        row: 2,
        column: "team",
        message: expect.stringMatching(/No active team named "Team B" among the teams you may import into/),
      },
      { row: 3, column: "role", message: expect.stringMatching(/Only an administrator/) },
    ]);
  });

  it("checks the header: missing, unknown and duplicate columns", () => {
    expect(checkMembersCsv("name,emial\nA,a@x.test\n", ctx()).errors).toEqual([
      { row: 1, column: "team", message: expect.stringMatching(/Missing column "team"/) },
      { row: 1, column: "emial", message: expect.stringMatching(/Unknown column/) },
    ]);
    expect(checkMembersCsv("name,team,team\nA,B,C\n", ctx()).errors[0]).toMatchObject({
      row: 1,
      column: "team",
      message: expect.stringMatching(/twice/),
    });
  });

  it("reports a row with the wrong number of cells, an empty file and a header-only file", () => {
    expect(checkMembersCsv("name,team\nA,Team B,extra\n", ctx()).errors).toEqual([
      { row: 2, column: "", message: "Expected 2 cells, found 3." },
    ]);
    expect(checkMembersCsv("", ctx()).errors[0].message).toMatch(/empty/);
    expect(checkMembersCsv("name,team\n", ctx()).errors[0].message).toMatch(/no data rows/);
  });

  it("caps the size and the number of rows", () => {
    const many = "name,team\n" + Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `M${i},Team B`).join("\n");
    expect(parseCsv(many, { required: ["name", "team"] })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/limit is 5000/) }],
    });
    const huge = "name,team\n" + "x".repeat(600_000) + ",Team B\n";
    expect(parseCsv(huge, { required: ["name", "team"] })).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringMatching(/kB/) }],
    });
  });
});

describe("members CSV with department, team and field (onboarding in one import)", () => {
  const header = "name,email,department,team,field,role";

  it("plans the departments and teams an administrator's file names, once each, and reuses existing ones", () => {
    const text = [
      header,
      "Ada,ada@x.test,Sales,Desk,hardware,lead", // 2: new department and team
      "Ben,,sales,DESK,,", // 3: the same, written differently
      "Cy,,Dept One,Team A,hardware,", // 4: existing team, field agrees
      "Di,,Dept One,Night Shift,,", // 5: new mixed team in an existing department
      "Ed,,Dept Two,Team A,,", // 6: the department picks the team among same-named ones
    ].join("\n");
    const r = checkMembersCsv(text, ctx());
    expect(r.errors).toEqual([]);
    expect(r.newDepartments).toEqual([{ name: "Sales", row: 2 }]);
    expect(r.newTeams).toEqual([
      { name: "Desk", field: "hardware", department: r.newDepartments[0], row: 2 },
      { name: "Night Shift", field: null, department: { id: 1, name: "Dept One" }, row: 5 },
    ]);
    expect(r.plan.map((p) => [p.row, p.team])).toEqual([
      [2, r.newTeams[0]],
      [3, r.newTeams[0]],
      [4, teamA],
      [5, r.newTeams[1]],
      [6, teamA2],
    ]);
    expect(r.plan[0]).toMatchObject({ accountRole: "lead", email: "ada@x.test" });
  });

  it("a new team's field comes from any of its rows; two different fields or a field unlike the team's are errors", () => {
    const r = checkMembersCsv(
      [
        header,
        "A,,Sales,Desk,,",
        "B,,Sales,Desk,software,",
        "C,,Sales,Desk,facility,",
        "D,,Dept One,Team A,software,",
        "E,,Dept One,Team B,bogus,",
      ].join("\n"),
      ctx(),
    );
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [4, "field"],
      [5, "field"],
      [6, "field"],
    ]);
    expect(r.errors[0].message).toMatch(/Row 3 makes "Sales \/ Desk" a software team; a team has one field/);
    expect(r.errors[1].message).toBe('"Dept One / Team A" is a hardware team, not software.');
    expect(r.errors[2].message).toMatch(/"bogus" is not a field/);
    expect(r.newTeams).toEqual([expect.objectContaining({ name: "Desk", field: "software" })]);
  });

  it("refuses an archived team's name, formula-like and over-long names; lists nothing only rows with errors need", () => {
    const r = checkMembersCsv(
      [
        header,
        "A,,Dept One,old team,,",
        "B,,=cmd(),Desk,,",
        `C,,Dept One,${"x".repeat(201)},,`,
        "D,,Fresh,Only Errors,,boss",
      ].join("\n"),
      ctx(),
    );
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "team"],
      [3, "department"],
      [4, "team"],
      [5, "role"],
    ]);
    expect(r.errors[0].message).toMatch(/"Dept One \/ Old Team" is archived/);
    expect(r.newDepartments).toEqual([]);
    expect(r.newTeams).toEqual([]);
  });

  it("a head's or lead's file stays within their teams: a new department or team is a row error naming its column", () => {
    const lead = ctx({
      canManageTeam: (t) => t.id === 1,
      canCreateAccounts: false,
      canCreateDepartmentsAndTeams: false,
    });
    const r = checkMembersCsv(
      [
        header,
        "A,,Dept One,Team A,,",
        "B,,Sales,Desk,,",
        "C,,Dept One,New Team,,",
        "D,,Dept One,Team B,,",
        "E,,Dept Two,Team A,,",
      ].join("\n"),
      lead,
    );
    expect(r.errors).toEqual([
      {
        row: 3,
        column: "department",
        message:
          'No department named "Sales" among those you may import into; only an administrator may create departments.',
      },
      {
        row: 4,
        column: "team",
        message: expect.stringMatching(
          /No active team named "New Team" in "Dept One".*only an administrator may create teams/,
        ),
      },
      { row: 5, column: "team", message: expect.stringMatching(/No active team named "Team B"/) },
      // another department is named as if it did not exist, so a file cannot probe the organisation
      { row: 6, column: "department", message: expect.stringMatching(/No department named "Dept Two"/) },
    ]);
    expect(r.plan.map((p) => p.row)).toEqual([2]);
    expect(r.newDepartments).toEqual([]);
    expect(r.newTeams).toEqual([]);
  });

  it("without a department cell an unknown team stays an error, and tells an administrator how to create it", () => {
    const r = checkMembersCsv("name,team\nA,Brand New\n", ctx());
    expect(r.errors).toEqual([
      {
        row: 2,
        column: "team",
        message: expect.stringMatching(
          /No active team named "Brand New".*name its department in the department column/,
        ),
      },
    ]);
  });
});

describe("CSV writing", () => {
  it("quotes where needed and neutralises formulas", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", "=1+1"],
          ['say "hi"', 3],
        ],
      ),
    ).toBe('a,b\r\n"x,y",\'=1+1\r\n"say ""hi""",3');
  });
});
