// The heatmap's legends: what each colour, outline and hatch (unassessed; stale) means (the grid's and the team summary's).
import { useTranslations } from "next-intl";
import { LEVEL_FILLS, UNASSESSED_FILL, UNASSESSED_TEXT, shareBands, textOn } from "@/lib/heatmap/palette";
import { DEFAULT_CRITICAL_LEVEL, GAP_BELOW } from "@/lib/heatmap/gap";

const swatch = "inline-flex h-7 w-10 items-center justify-center rounded border-2 text-sm font-semibold tabular-nums";

/** Levels 1..max on the palette, a lead's rating (filled) against a self-rating (dashed outline), unassessed (hatched). */
export function GridLegend({ maxLevel }: { maxLevel: number }) {
  const t = useTranslations("heatmap.legend");
  const tc = useTranslations("ratings.currency");
  const fills = LEVEL_FILLS.slice(0, maxLevel);
  return (
    <div
      aria-label={t("grid")}
      role="group"
      className="flex flex-wrap items-center gap-x-6 gap-y-2 text-xs text-slate-700"
    >
      <div className="flex items-center gap-1">
        <span className="mr-1 font-medium">{t("proficiency")}</span>
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
        <span>{t("lead")}</span>
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
        <span>{t("self")}</span>
      </div>
      <div className="flex items-center gap-2">
        <span
          className={`${swatch} border-transparent bg-[repeating-linear-gradient(135deg,transparent_0_4px,#f9fafb_4px_8px)] font-normal`}
          style={{ backgroundColor: UNASSESSED_FILL, color: UNASSESSED_TEXT }}
        >
          –
        </span>
        <span>{t("none")}</span>
      </div>
      <div className="flex items-center gap-2" data-legend="stale">
        <span
          className="hm-o inline-flex h-7 w-10 items-center justify-center rounded p-1"
          style={{ backgroundColor: LEVEL_FILLS[3], color: textOn(LEVEL_FILLS[3]) }}
        >
          <span className="inline-flex h-full w-full items-center justify-center rounded text-sm font-semibold">4</span>
        </span>
        <span>{tc("staleLegend")}</span>
      </div>
      <p className="basis-full text-slate-600">{t("note")}</p>
    </div>
  );
}

/** Share bands of the team summary and the flag for fewer than two holders. */
export function SummaryLegend({ n }: { n: number }) {
  const t = useTranslations("heatmap.legend");
  return (
    <div
      aria-label={t("summary")}
      role="group"
      className="flex flex-wrap items-center gap-x-6 gap-y-2 text-xs text-slate-700"
    >
      <div className="flex flex-wrap items-center gap-1">
        <span className="mr-1 font-medium">{t("share", { n })}</span>
        {shareBands().map((b) => (
          <span
            key={b.step}
            className="inline-flex h-6 items-center rounded px-1.5"
            style={{ backgroundColor: LEVEL_FILLS[b.step - 1], color: textOn(LEVEL_FILLS[b.step - 1]) }}
          >
            {t("band", { from: b.from, to: b.to })}
          </span>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <span className="inline-flex h-6 items-center gap-1 rounded border-2 border-red-700 bg-white px-1.5 font-semibold text-red-800">
          <span aria-hidden="true">!</span>1
        </span>
        <span>{t("flag", { count: GAP_BELOW, level: DEFAULT_CRITICAL_LEVEL })}</span>
      </div>
    </div>
  );
}
