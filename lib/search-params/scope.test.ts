// The one spelling of a view's scope: teamId / departmentId; the old spellings redirect once to it.
import { describe, expect, it } from "vitest";
import { createLoader } from "nuqs/server";
import { fromPickerValue, legacyScopeHref, pickerValue, scopeOf, scopeParsers, scopeQuery } from "./scope";

const load = createLoader(scopeParsers);

describe("scope params", () => {
  it("read teamId or departmentId; a team wins; a value that is not an id is an id no row has", () => {
    expect(scopeOf(load({}))).toEqual({ teamId: null, departmentId: null });
    expect(scopeOf(load({ departmentId: "3" }))).toEqual({ teamId: null, departmentId: 3 });
    expect(scopeOf(load({ teamId: "12", departmentId: "3" }))).toEqual({ teamId: 12, departmentId: null });
    for (const bad of ["abc", "0", "-1", "1.5", "3000000000"]) expect(scopeOf(load({ teamId: bad })).teamId).toBe(0);
  });

  it("write and read back the same scope, and the picker's values", () => {
    expect(scopeQuery("/gaps", { teamId: 12, departmentId: null })).toBe("/gaps?teamId=12");
    expect(scopeQuery("/gaps", { teamId: null, departmentId: null })).toBe("/gaps");
    for (const s of [
      { teamId: 4, departmentId: null },
      { teamId: null, departmentId: 9 },
      { teamId: null, departmentId: null },
    ])
      expect(fromPickerValue(pickerValue(s))).toEqual(s);
    expect(fromPickerValue("team:x")).toEqual({ teamId: null, departmentId: null });
  });

  it("old spellings redirect to the one spelling, keeping every other parameter", () => {
    expect(legacyScopeHref("/heatmap", { scope: "team:12", field: "software" })).toBe(
      "/heatmap?field=software&teamId=12",
    );
    expect(legacyScopeHref("/gaps", { view: "department:3" })).toBe("/gaps?departmentId=3");
    expect(legacyScopeHref("/gaps", { view: "org", field: "facility" })).toBe("/gaps?field=facility");
    expect(legacyScopeHref("/heatmap", { scope: "mine", departmentId: "2" })).toBe("/heatmap?departmentId=2");
    expect(legacyScopeHref("/staffing", new URLSearchParams("field=hardware&scope=t:7"))).toBe(
      "/staffing?field=hardware&teamId=7",
    );
    expect(legacyScopeHref("/heatmap", { scope: "" })).toBe("/heatmap");
    expect(legacyScopeHref("/heatmap", { teamId: "4", field: "hardware" })).toBeNull();
  });
});
