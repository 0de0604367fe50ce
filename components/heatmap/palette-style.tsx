// The heatmap's cell styles as one small style element generated from the palette (lib/heatmap/palette.ts), so a
// page of 100 members × 9 cells carries two short class names per cell instead of utility strings and inline colours.
import { DARK_TEXT, LEVEL_FILLS, UNASSESSED_FILL, UNASSESSED_TEXT, ZERO_FILL, textOn } from "@/lib/heatmap/palette";

const levels = [ZERO_FILL, ...LEVEL_FILLS]
  .map((fill, level) => `.hm-l${level}{background-color:${fill};color:${textOn(fill)}}`)
  .join("");

export const HEATMAP_CSS = [
  ".hm-c,.hm-t{border-bottom:1px solid #fff;border-right:1px solid #fff;text-align:center;font-variant-numeric:tabular-nums;font-weight:600}",
  ".hm-c{padding:4px;cursor:pointer}",
  ".hm-t{padding:4px 8px;min-width:5rem}",
  ".hm-c>span{display:inline-flex;height:1.75rem;width:2.5rem;align-items:center;justify-content:center;border-radius:.25rem;border:2px solid transparent}",
  ".hm-s>span{border-style:dashed;border-color:currentColor}",
  `.hm-u{background-color:${UNASSESSED_FILL};color:${UNASSESSED_TEXT};font-weight:400;background-image:repeating-linear-gradient(135deg,transparent 0 4px,#f9fafb 4px 8px)}`,
  // A stale rating: a diagonal hatch in the text's colour around the number (the unassessed hatch runs the other way,
  // on grey); the number keeps its solid fill.
  ".hm-o{background-image:repeating-linear-gradient(45deg,color-mix(in srgb,currentColor 60%,transparent) 0 1.5px,transparent 1.5px 5px)}",
  ".hm-o>span{background-color:inherit}",
  ".hm-v{border-left:2px solid #cbd5e1;font-weight:700}",
  `.hm-rh{position:sticky;left:0;z-index:10;background:#fff;color:${DARK_TEXT};border-bottom:1px solid #f1f5f9;padding:6px 12px;text-align:left;font-weight:500;cursor:pointer;white-space:nowrap}`,
  ".hm-rh:hover{background:#eef4ff}",
  // On a phone the names wrap, so the sticky name column leaves room for the cells.
  "@media (max-width:639px){.hm-rh{white-space:normal;min-width:7rem;max-width:9rem}}",
  ".hm-c:focus-visible,.hm-rh:focus-visible{outline:2px solid #0f172a;outline-offset:-2px;box-shadow:inset 0 0 0 4px #fff}",
  ".hm-x{display:inline-flex;gap:2px;border:2px solid #b91c1c;background:#fff;color:#991b1b;border-radius:.25rem;padding:0 6px}",
  levels,
].join("");

export function HeatmapStyle() {
  return <style>{HEATMAP_CSS}</style>;
}

/** The class of a level's fill (0 = white, 1..6 the palette). */
export const levelClass = (level: number) => `hm-l${Math.max(0, Math.min(level, LEVEL_FILLS.length))}`;
