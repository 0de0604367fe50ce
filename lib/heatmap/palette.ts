// How heatmap cells look: a colour-blind-safe sequential palette (ColorBrewer YlGnBu) for levels 1–6, a text
// colour that keeps WCAG AA contrast on each step, and the classes a cell falls in (lead / self / unassessed).
// Pure: the components turn these into styles, the legend lists them, the unit tests check the contrast.

/** Fill per proficiency or field level 1..6 (index = level − 1): light yellow → green → blue, monotone in lightness. */
export const LEVEL_FILLS = ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#253494"] as const;
export const DARK_TEXT = "#111827";
export const LIGHT_TEXT = "#ffffff";
/** Level 0 of a field (no level yet): white, so it reads as "nothing" and not as a low colour. */
export const ZERO_FILL = "#ffffff";
/** Unassessed cells: a grey hatch, neither white (level 0) nor the palette's lightest step (level 1). */
export const UNASSESSED_FILL = "#e5e7eb";
export const UNASSESSED_TEXT = "#374151";
export const MAX_PALETTE_LEVEL = LEVEL_FILLS.length;

export type CellKind = "lead" | "self" | "unassessed";
export type CellLook = { kind: CellKind; fill: string; text: string; label: string };

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours (1..21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The fill of a level: 0 is white, 1..6 the palette, anything above the palette's top its darkest step. */
export function levelFill(level: number): string {
  if (level <= 0) return ZERO_FILL;
  return LEVEL_FILLS[Math.min(level, MAX_PALETTE_LEVEL) - 1];
}

/** Dark or light text, whichever contrasts more with the fill. */
export function textOn(fill: string): string {
  return contrast(fill, DARK_TEXT) >= contrast(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
}

/**
 * A skill cell's look: null = unassessed (grey hatch, "–"); a lead's rating is filled; a self-rating is drawn
 * with a dashed outline (the component's job) on the same fill, so the number keeps its colour and the source
 * shows by shape, not by colour alone.
 */
export function skillCellLook(cell: { level: number; source: "lead" | "self" } | null): CellLook {
  if (!cell) return { kind: "unassessed", fill: UNASSESSED_FILL, text: UNASSESSED_TEXT, label: "not assessed" };
  const fill = levelFill(cell.level);
  return {
    kind: cell.source,
    fill,
    text: textOn(fill),
    label: cell.source === "lead" ? `level ${cell.level}, lead's rating` : `level ${cell.level}, self-rating only`,
  };
}

/**
 * The team summary's cell: how many of a team's members hold an item at ≥ N. Coloured by the share of the team
 * (so a team of 3 and one of 30 compare). Which cells are flagged is the gap definition's (lib/heatmap/gap.ts).
 */
export function shareStep(count: number, members: number): number {
  if (members <= 0 || count <= 0) return 0;
  const share = Math.min(1, count / members);
  return Math.max(1, Math.ceil(share * MAX_PALETTE_LEVEL));
}

/** Share bands of the summary legend, in the order of the palette: "1–16 %", …, "84–100 %" (`from`/`to` for the legend's words). */
export function shareBands(): { step: number; from: number; to: number; label: string }[] {
  return LEVEL_FILLS.map((_, i) => {
    const from = Math.floor((i / MAX_PALETTE_LEVEL) * 100) + 1;
    const to = Math.floor(((i + 1) / MAX_PALETTE_LEVEL) * 100);
    return { step: i + 1, from: i === 0 ? 1 : from, to, label: `${i === 0 ? 1 : from}–${to} %` };
  });
}
