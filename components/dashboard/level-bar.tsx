// A stacked bar of how many members stand at each level: a sequential one-hue palette, with numbers, so it
// reads without colour too. A number sits inside its segment only where it fits at the narrowest the bar is drawn
// (level-segments.ts); the others are read outside it — in the legend under the bar, which lists every level in the
// bar's order, or, for a compact bar, on a line of its own under it.
import { useFormatter, useTranslations } from "next-intl";
import { levelSegments } from "./level-segments";

const SHADES = ["#e2e8f0", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"];
const TEXT = ["#1e293b", "#1e293b", "#1e293b", "#1e293b", "#ffffff", "#ffffff", "#ffffff"];
/** The narrowest each bar is drawn (px): a card's on a phone, a compact bar's table cell (min-w-56 less padding). */
const CARD_MIN_PX = 280;
const COMPACT_MIN_PX = 190;

function Swatch({ level }: { level: number }) {
  return (
    <span
      aria-hidden
      className="inline-block h-3 w-3 shrink-0 rounded-sm border border-slate-300"
      style={{ background: SHADES[level] }}
    />
  );
}

/** `compact`: the bar alone (numbers in the segments that fit, the rest on a line under it), for table rows. */
export function LevelBar({ counts, label, compact = false }: { counts: number[]; label: string; compact?: boolean }) {
  const t = useTranslations("dashboard.levelBar");
  const format = useFormatter();
  const levelName = (level: number) => (level === 0 ? t("noLevel") : t("level", { level }));
  const segments = levelSegments(counts, compact ? COMPACT_MIN_PX : CARD_MIN_PX, (n) => format.number(n));
  if (segments.length === 0) return <p className="text-sm text-slate-500">{t("noMembers")}</p>;
  const outside = segments.filter((s) => !s.inside);
  return (
    <figure>
      <div
        role="img"
        aria-label={`${label}: ${format.list(
          counts.map((count, level) => t("countAt", { count, level })),
          { type: "unit" },
        )}`}
        className="flex h-7 w-full overflow-hidden rounded"
      >
        {segments.map((s) => (
          <div
            key={s.level}
            data-level={s.level}
            // a fixed share that never grows to fit its text (min-w-0): the bar keeps its proportions
            style={{ flex: `0 0 ${s.percent}%`, background: SHADES[s.level], color: TEXT[s.level] }}
            className="flex min-w-0 items-center justify-center text-xs font-semibold"
            title={t("entry", { level: levelName(s.level), count: s.count })}
          >
            {s.inside ? format.number(s.count) : null}
          </div>
        ))}
      </div>
      {compact ? (
        outside.length ? (
          <p className="mt-1 flex flex-wrap gap-x-2 text-[11px] text-slate-600" data-testid="level-bar-outside">
            {outside.map((s) => (
              <span key={s.level} className="inline-flex items-center gap-1 whitespace-nowrap">
                <Swatch level={s.level} />
                {t("entry", { level: levelName(s.level), count: s.count })}
              </span>
            ))}
          </p>
        ) : null
      ) : (
        <figcaption className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
          {counts.map((n, level) => (
            <span
              key={level}
              data-level={level}
              className={`inline-flex items-center gap-1 whitespace-nowrap ${n === 0 ? "text-slate-400" : ""}`}
            >
              <Swatch level={level} />
              {t("entry", { level: levelName(level), count: n })}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}

/** The shades of LevelBar, once, for a table of compact bars. */
export function LevelLegend({ max }: { max: number }) {
  const t = useTranslations("dashboard.levelBar");
  return (
    <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      <span className="font-medium">{t("levels")}</span>
      {Array.from({ length: max + 1 }, (_, level) => (
        <span key={level} className="inline-flex items-center gap-1">
          <Swatch level={level} />
          {level === 0 ? t("noLevel") : t("level", { level })}
        </span>
      ))}
    </p>
  );
}
