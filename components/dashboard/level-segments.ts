// Where a level bar's numbers go: inside a segment when the segment is wide enough for its number at the narrowest
// the bar is drawn, otherwise outside it (the bar's legend, or the line of counts under a compact bar). Pure, so the
// layout is decided on the server and tested without a browser.
import { textWidth } from "@/components/charts/measure";

export type Segment = { level: number; count: number; percent: number; inside: boolean };

/** Padding a number needs inside its segment (px, both sides together). */
const INSIDE_PADDING = 8;

/**
 * The bar's segments, in level order (the order drawn and the legend's), leaving out empty levels. `barPx` is the
 * narrowest the bar is drawn; `format` the page's number format; `fontPx` the numbers' size.
 */
export function levelSegments(
  counts: readonly number[],
  barPx: number,
  format: (n: number) => string,
  fontPx = 12,
): Segment[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return [];
  return counts.flatMap((count, level) => {
    if (count <= 0) return [];
    const percent = (100 * count) / total;
    const inside = (percent / 100) * barPx >= textWidth(format(count), fontPx) + INSIDE_PADDING;
    return [{ level, count, percent, inside }];
  });
}
