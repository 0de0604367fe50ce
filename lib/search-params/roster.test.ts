// The roster tables' URL state: bad values fall back to defaults and never throw; what the serializer writes parses
// back to the same state (the export link and the client table agree with the page).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FIELDS } from "../itss/fields";
import { ROLES } from "../db/schema";
import {
  parseTeamMemberParams,
  parseTeamParams,
  parseUserParams,
  ROLE_FILTERS,
  TEAM_MEMBER_SORTS,
  teamMemberQuery,
  userQuery,
  USER_SORTS,
} from "./roster";
import { PAGE_SIZES } from "./table";
import { isStorable } from "../limits";

describe("table params", () => {
  it("fall back to defaults on bad values, never throw", () => {
    const bad = {
      q: ["x".repeat(500)],
      sort: "password",
      dir: "sideways",
      page: "-3",
      size: "1000",
      archived: "yes",
      role: "god",
    };
    expect(parseTeamMemberParams(bad)).toEqual({ q: "", sort: "name", dir: "asc", page: 1, size: 25, archived: false });
    expect(parseUserParams(bad)).toMatchObject({ sort: "name", role: "" });
    expect(parseTeamParams(undefined)).toEqual({
      q: "",
      sort: "department",
      dir: "asc",
      page: 1,
      size: 25,
      archived: false,
    });
    expect(
      parseTeamMemberParams({ q: " ada ", sort: "jobTitle", dir: "desc", page: "3", size: "50", archived: "1" }),
    ).toEqual({ q: "ada", sort: "jobTitle", dir: "desc", page: 3, size: 50, archived: true });
    for (const f of FIELDS)
      expect(parseTeamMemberParams({ sort: `level_${f}`, dir: "desc" })).toMatchObject({
        sort: `level_${f}`,
        dir: "desc",
      });
    expect(parseTeamMemberParams({ sort: "level_cooking" }).sort).toBe("name");
  });

  it("search text loses NUL and lone surrogates (PostgreSQL cannot compare them) and keeps the rest", () => {
    expect(parseTeamMemberParams({ q: "\u202Eevil\u0000" }).q).toBe("\u202Eevil");
    // Lone surrogates: dropped (or already replaced by U+FFFD when the params went through URLSearchParams).
    const q = parseTeamParams({ q: " a\uD800b\uDC00c " }).q;
    expect(isStorable(q) && q.replace(/\uFFFD/g, "")).toBe("abc");
    expect(parseUserParams({ q: "\u0000\u0000" }).q).toBe("");
    // A whole pair is a character like any other.
    expect(parseUserParams({ q: "\uD83D\uDE00 ok" }).q).toBe("\uD83D\uDE00 ok");
  });
});

describe("serialised table state", () => {
  it("parses back to the same state; defaults stay out of the URL, sort and dir are always written", () => {
    expect(teamMemberQuery("/api/export/team-members?teamId=7", parseTeamMemberParams({}))).toBe(
      "/api/export/team-members?teamId=7&sort=name&dir=asc",
    );
    expect(teamMemberQuery({ ...parseTeamMemberParams({}), q: "Ada Lovelace", archived: true })).toBe(
      "?q=Ada+Lovelace&sort=name&dir=asc&archived=1",
    );
    const state = fc.record({
      q: fc.string({ maxLength: 40 }).map((s) => s.trim()),
      sort: fc.constantFrom(...USER_SORTS),
      dir: fc.constantFrom("asc" as const, "desc" as const),
      page: fc.integer({ min: 1, max: 100_000 }),
      size: fc.constantFrom(...PAGE_SIZES),
      archived: fc.boolean(),
      role: fc.constantFrom("" as const, ...ROLE_FILTERS),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseUserParams(userQuery(s))).toEqual(s);
      }),
    );
  });

  it("offers exactly the roles of the schema", () => {
    expect([...ROLE_FILTERS]).toEqual([...ROLES]);
  });

  it("every level column of the roster is a sort the URL accepts", () => {
    for (const f of FIELDS) expect(TEAM_MEMBER_SORTS).toContain(`level_${f}`);
  });
});
