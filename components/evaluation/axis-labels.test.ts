import { describe, expect, it } from "vitest";
import { axisLayout, wrapLabel } from "./axis-labels";

// A monospace stand-in for the browser's measure: 7 px per Latin character, 12 px per Japanese one.
const measure = (text: string) => [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 12 : 7), 0);
const LONG_JA = "システムメンテナンスマネジメント"; // 16 characters, 192 px

describe("axisLayout", () => {
  it("makes the axis as wide as the longest label where the chart has room (the label is not clipped)", () => {
    const { width, lines } = axisLayout([LONG_JA, "テクノロジ"], 600, measure);
    expect(width).toBe(192 + 12);
    expect(lines.get(LONG_JA)).toEqual([LONG_JA]);
  });

  it("caps the axis at a share of a narrow chart and wraps the long label within it, losing no character", () => {
    const { width, lines } = axisLayout([LONG_JA, "テクノロジ"], 300, measure);
    expect(width).toBe(135);
    const wrapped = lines.get(LONG_JA)!;
    expect(wrapped.length).toBeGreaterThan(1);
    expect(wrapped.join("")).toBe(LONG_JA);
    for (const line of wrapped) expect(measure(line)).toBeLessThanOrEqual(width - 12);
    expect(lines.get("テクノロジ")).toEqual(["テクノロジ"]);
  });

  it("wraps English at spaces, not inside words", () => {
    const lines = wrapLabel("System maintenance management", 100, measure, "en");
    expect(lines).toEqual(["System", "maintenance", "management"]);
  });

  it("is as narrow as short labels allow, and uncapped before the chart is measured", () => {
    expect(axisLayout(["a"], 600, measure).width).toBe(7 + 12);
    expect(axisLayout([LONG_JA], 0, measure).width).toBe(204);
    expect(axisLayout([LONG_JA], 100, measure).width).toBe(64); // a share of 100 px would be 45: the floor holds
  });
});
