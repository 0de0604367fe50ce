// The dashboard's teams table URL: bad values fall back to the default, links parse back to the same state.
import { describe, expect, it } from "vitest";
import { dashboardHref, DEFAULT_DASHBOARD_PARAMS, parseDashboardParams } from "./dashboard";

describe("dashboard params", () => {
  it("fall back to worst gap first, 25 a page", () => {
    expect(parseDashboardParams({})).toEqual(DEFAULT_DASHBOARD_PARAMS);
    expect(parseDashboardParams({ sort: "drop table", dir: "up", page: "-1", size: "7" })).toEqual(
      DEFAULT_DASHBOARD_PARAMS,
    );
  });

  it("write sort and dir always, other defaults never, and parse back", () => {
    expect(dashboardHref(DEFAULT_DASHBOARD_PARAMS)).toBe("/?sort=gap&dir=desc");
    const p = { sort: "members", dir: "asc", page: 3, size: 50 } as const;
    const href = dashboardHref(DEFAULT_DASHBOARD_PARAMS, p);
    expect(href).toBe("/?sort=members&dir=asc&page=3&size=50");
    expect(parseDashboardParams(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual(p);
  });
});
