import { describe, expect, it } from "vitest";
import { naturalCompare } from "./natural-compare";

const sorted = (names: string[]) => [...names].sort(naturalCompare);

describe("naturalCompare", () => {
  it.each([
    [
      ["Team 10", "Team 2", "Team 1"],
      ["Team 1", "Team 2", "Team 10"],
    ],
    [
      ["Service Team 100", "Service Team 20", "Service Team 3"],
      ["Service Team 3", "Service Team 20", "Service Team 100"],
    ],
    // case does not come first: "team 3" sits between "Team 2" and "Team 10"
    [
      ["Team 10", "team 3", "Team 2"],
      ["Team 2", "team 3", "Team 10"],
    ],
    // several digit runs, each compared as a number
    [
      ["A10 b2", "A2 b10", "A2 b3"],
      ["A2 b3", "A2 b10", "A10 b2"],
    ],
    // a name without a number before the same name with one
    [
      ["Team 1", "Team"],
      ["Team", "Team 1"],
    ],
    [
      ["チーム10", "チーム9"],
      ["チーム9", "チーム10"],
    ],
  ])("sorts %j as %j", (input, expected) => {
    expect(sorted(input)).toEqual(expected);
  });

  it("is a consistent order: antisymmetric, zero only for the same text", () => {
    expect(naturalCompare("Team 2", "Team 10")).toBeLessThan(0);
    expect(naturalCompare("Team 10", "Team 2")).toBeGreaterThan(0);
    expect(naturalCompare("Team 2", "Team 2")).toBe(0);
    // plain string order would put "Team 10" first
    expect(["Team 2", "Team 10"].sort()).toEqual(["Team 10", "Team 2"]);
  });
});
