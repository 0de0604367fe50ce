import { describe, expect, it } from "vitest";
import { changedKeys } from "./diff";

describe("audit diff", () => {
  it("lists changed, added and removed keys, ignoring version and updatedAt", () => {
    expect(
      changedKeys(
        { name: "A", teamId: 1, version: 1, updatedAt: "x", gone: 1 },
        { name: "B", teamId: 1, version: 2, updatedAt: "y", extra: true },
      ),
    ).toEqual([
      { key: "name", before: "A", after: "B", kind: "changed" },
      { key: "gone", before: 1, after: undefined, kind: "removed" },
      { key: "extra", before: undefined, after: true, kind: "added" },
    ]);
  });
  it("summarises a created row by its non-null values", () => {
    expect(changedKeys(null, { id: 3, name: "N", email: null, version: 1, createdAt: "t" })).toEqual([
      { key: "name", before: undefined, after: "N", kind: "added" },
    ]);
  });
});
