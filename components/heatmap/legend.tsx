// The heatmap's legends: what each colour, outline and hatch means (the grid's and the team summary's).
import { LEVEL_FILLS, UNASSESSED_FILL, UNASSESSED_TEXT, shareBands, textOn, FLAG_BELOW } from "@/lib/heatmap/palette";

const swatch = "inline-flex h-7 w-10 items-center justify-center rounded border-2 text-sm font-semibold tabular-nums";

/** Levels 1..max on the palette, a lead's rating (filled) against a self-rating (dashed outline), unassessed (hatched). */
export function GridLegend({ maxLevel }: { maxLevel: number }) {
  const fills = LEVEL_FILLS.slice(0, maxLevel);
  return (
    <div
      aria-label="Legend of the member heatmap"
      role="group"
      className="flex flex-wrap items-center gap-x-6 gap-y-2 text-xs text-slate-700"
    >
      <div className="flex items-center gap-1">
        <span className="mr-1 font-medium">Proficiency</span>
        {fills.map((fill, i) => (
          <span
            key={fill}
            className={`${swatch} border-transparent`}
            style={{ backgroundColor: fill, color: textOn(fill) }}
          >
            {i + 1}
          </span>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <span
          className={`${swatch} border-transparent`}
          style={{ backgroundColor: LEVEL_FILLS[3], color: textOn(LEVEL_FILLS[3]) }}
        >
          4
        </span>
        <span>lead&apos;s rating (filled)</span>
      </div>
      <div className="flex items-center gap-2">
        <span
          className={`${swatch} border-dashed`}
          style={{
            backgroundColor: LEVEL_FILLS[3],
            color: textOn(LEVEL_FILLS[3]),
            borderColor: textOn(LEVEL_FILLS[3]),
          }}
        >
          4
        </span>
        <span>self-rating only (dashed outline)</span>
      </div>
      <div className="flex items-center gap-2">
        <span
          className={`${swatch} border-transparent bg-[repeating-linear-gradient(135deg,transparent_0_4px,#f9fafb_4px_8px)] font-normal`}
          style={{ backgroundColor: UNASSESSED_FILL, color: UNASSESSED_TEXT }}
        >
          –
        </span>
        <span>not assessed (hatched, no number)</span>
      </div>
      <p className="basis-full text-slate-600">
        The last column is the member&apos;s official level in the field (0 = none yet). Hover or focus a cell for the
        standard&apos;s description of that level; click it or press Enter to open the member.
      </p>
    </div>
  );
}

/** Share bands of the team summary and the flag for fewer than two holders. */
export function SummaryLegend({ n }: { n: number }) {
  return (
    <div
      aria-label="Legend of the team summary"
      role="group"
      className="flex flex-wrap items-center gap-x-6 gap-y-2 text-xs text-slate-700"
    >
      <div className="flex flex-wrap items-center gap-1">
        <span className="mr-1 font-medium">Share of the team at ≥ {n}</span>
        {shareBands().map((b) => (
          <span
            key={b.step}
            className="inline-flex h-6 items-center rounded px-1.5"
            style={{ backgroundColor: LEVEL_FILLS[b.step - 1], color: textOn(LEVEL_FILLS[b.step - 1]) }}
          >
            {b.label}
          </span>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <span className="inline-flex h-6 items-center gap-1 rounded border-2 border-red-700 bg-white px-1.5 font-semibold text-red-800">
          <span aria-hidden="true">!</span>1
        </span>
        <span>fewer than {FLAG_BELOW} members: nobody, or a single point of failure</span>
      </div>
    </div>
  );
}
