import { useFormatter, useTranslations } from "next-intl";

// A stacked bar of how many members stand at each level: a sequential one-hue palette, with numbers, so it
// reads without colour too.
const SHADES = ["#e2e8f0", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"];
const TEXT = ["#1e293b", "#1e293b", "#1e293b", "#1e293b", "#ffffff", "#ffffff", "#ffffff"];

/** `compact`: the bar alone (numbers in the segments and the label), for table rows. */
export function LevelBar({ counts, label, compact = false }: { counts: number[]; label: string; compact?: boolean }) {
  const t = useTranslations("dashboard.levelBar");
  const format = useFormatter();
  const levelName = (level: number) => (level === 0 ? t("noLevel") : t("level", { level }));
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return <p className="text-sm text-slate-500">{t("noMembers")}</p>;
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
        {counts.map((n, level) =>
          n === 0 ? null : (
            <div
              key={level}
              style={{ width: `${(100 * n) / total}%`, background: SHADES[level], color: TEXT[level] }}
              className="flex items-center justify-center text-xs font-semibold"
              title={`${levelName(level)}: ${n}`}
            >
              {n}
            </div>
          ),
        )}
      </div>
      {compact ? null : (
        <figcaption className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
          {counts.map((n, level) => (
            <span key={level} className="inline-flex items-center gap-1">
              <span
                aria-hidden
                className="inline-block h-3 w-3 rounded-sm border border-slate-300"
                style={{ background: SHADES[level] }}
              />
              {levelName(level)}: {n}
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
          <span
            aria-hidden
            className="inline-block h-3 w-3 rounded-sm border border-slate-300"
            style={{ background: SHADES[level] }}
          />
          {level === 0 ? t("noLevel") : t("level", { level })}
        </span>
      ))}
    </p>
  );
}
