// The audit log's URL state: bad values mean "no filter", never an error; a link parses back to the same filters.
import { describe, expect, it } from "vitest";
import { auditHref, parseAuditSearch } from "./audit";

describe("audit search params", () => {
  it("fall back to no filter and the first page on bad values", () => {
    expect(
      parseAuditSearch({
        actor: "-1",
        entity: "x".repeat(65),
        from: "2026-02-30",
        to: "yesterday",
        page: "0",
        size: "7",
      }),
    ).toEqual({ actor: undefined, entity: undefined, from: undefined, to: undefined, page: 1, size: 25 });
    expect(parseAuditSearch({ actor: "", entity: "", from: "", to: "" })).toMatchObject({
      actor: undefined,
      entity: undefined,
    });
    expect(
      parseAuditSearch({ actor: ["4", "5"], entity: "member", from: "2024-02-29", page: "3", size: "100" }),
    ).toEqual({ actor: 4, entity: "member", from: "2024-02-29", to: undefined, page: 3, size: 100 });
    // An actor id beyond PostgreSQL's integer is no filter (it was a 500); NUL leaves the entity filter.
    expect(parseAuditSearch({ actor: "3000000000", entity: "mem\u0000ber" })).toMatchObject({
      actor: undefined,
      entity: "member",
    });
    expect(parseAuditSearch({ actor: "2147483647" }).actor).toBe(2147483647);
  });

  it("writes links without defaults that parse back to the same filters", () => {
    expect(auditHref({ page: 1, size: 25 })).toBe("/admin/audit");
    const s = { actor: 12, entity: "team lead", from: "2026-01-01", to: "2026-01-31", page: 2, size: 50 as const };
    const href = auditHref(s, "/api/export/audit");
    expect(href.startsWith("/api/export/audit?actor=12&entity=team")).toBe(true);
    expect(parseAuditSearch(new URL(href, "http://x"))).toEqual(s);
  });
});
