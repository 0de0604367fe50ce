import { describe, expect, it } from "vitest";
import { countAxisWidth, textWidth } from "./measure";

const en = (n: number) => new Intl.NumberFormat("en").format(n);

describe("countAxisWidth", () => {
  it("leaves room for every tick label: wider than the label of the largest tick", () => {
    // 3,412 members: ticks up to 4,000; the width covers a five-character label with its tick mark
    expect(countAxisWidth(3412, en)).toBeGreaterThanOrEqual(Math.ceil(textWidth("4,000", 12)) + 14);
    // the old fixed 40 px clipped "3,600" to ",600"
    expect(countAxisWidth(3600, en)).toBeGreaterThan(40);
  });

  it("grows with the number of digits and stays small for small counts", () => {
    const widths = [5, 30, 300, 3000, 30000].map((n) => countAxisWidth(n, en));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBe(widths.length);
    expect(countAxisWidth(5, en)).toBeLessThanOrEqual(32);
  });

  it("covers a tick one digit longer than the largest value (950 → a tick at 1,000)", () => {
    expect(countAxisWidth(950, en)).toBeGreaterThanOrEqual(Math.ceil(textWidth("1,000", 12)) + 14);
  });
});
