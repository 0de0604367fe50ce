// The heatmap palette: readable numbers on every step, ordered lightness (sequential), and cells that tell
// a self-rating, a lead's rating and an unassessed item apart without relying on colour alone.
import { describe, expect, it } from "vitest";
import {
  LEVEL_FILLS,
  UNASSESSED_FILL,
  UNASSESSED_TEXT,
  ZERO_FILL,
  contrast,
  levelFill,
  luminance,
  shareBands,
  shareStep,
  skillCellLook,
  textOn,
} from "./palette";

describe("heatmap palette", () => {
  it("is sequential: each level darker than the one below", () => {
    const l = LEVEL_FILLS.map(luminance);
    for (let i = 1; i < l.length; i++) expect(l[i], `level ${i + 1}`).toBeLessThan(l[i - 1]);
  });

  it("keeps WCAG AA contrast (≥ 4.5) for the number on every fill, level 0 and unassessed included", () => {
    for (const fill of [...LEVEL_FILLS, ZERO_FILL])
      expect(contrast(fill, textOn(fill)), fill).toBeGreaterThanOrEqual(4.5);
    expect(contrast(UNASSESSED_FILL, UNASSESSED_TEXT)).toBeGreaterThanOrEqual(4.5);
  });

  it("contrast follows WCAG: black on white is 21, a colour on itself 1", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#41b6c4", "#41b6c4")).toBe(1);
  });

  it("maps levels to fills: 0 white, 1..6 the palette, above 6 the darkest", () => {
    expect(levelFill(0)).toBe(ZERO_FILL);
    expect(levelFill(1)).toBe(LEVEL_FILLS[0]);
    expect(levelFill(6)).toBe(LEVEL_FILLS[5]);
    expect(levelFill(9)).toBe(LEVEL_FILLS[5]);
    expect(new Set([ZERO_FILL, UNASSESSED_FILL, LEVEL_FILLS[0]]).size).toBe(3);
  });

  it("classifies cells: unassessed is its own kind (not a low level); self and lead share the fill, differ in kind", () => {
    expect(skillCellLook(null)).toMatchObject({ kind: "unassessed", fill: UNASSESSED_FILL, label: "not assessed" });
    const low = skillCellLook({ level: 1, source: "lead" });
    expect(low.kind).toBe("lead");
    expect(low.fill).not.toBe(UNASSESSED_FILL);
    const self = skillCellLook({ level: 4, source: "self" });
    const lead = skillCellLook({ level: 4, source: "lead" });
    expect(self.fill).toBe(lead.fill);
    expect([self.kind, lead.kind]).toEqual(["self", "lead"]);
    expect(self.label).toBe("level 4, self-rating only");
    expect(lead.label).toBe("level 4, lead's rating");
  });

  it("summary cells: share of the team on the palette, flagged below 2 holders", () => {
    expect(shareStep(0, 10)).toBe(0);
    expect(shareStep(3, 0)).toBe(0);
    expect(shareStep(1, 100)).toBe(1);
    expect(shareStep(10, 10)).toBe(6);
    expect(shareStep(5, 10)).toBe(3);
    expect(shareStep(6, 10)).toBe(4);
    const bands = shareBands();
    expect(bands.map((b) => b.label)).toEqual(["1–16 %", "17–33 %", "34–50 %", "51–66 %", "67–83 %", "84–100 %"]);
    // Each band's label agrees with shareStep at its edges.
    for (const { step, label } of bands) {
      const [from, to] = label.replace(" %", "").split("–").map(Number);
      expect(shareStep(from, 100), label).toBe(step);
      expect(shareStep(to, 100), label).toBe(step);
    }
  });
});
