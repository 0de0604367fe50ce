// A round's progress as a bar with its numbers beside it (never the bar alone): done of total, and the share.
import { useFormatter, useTranslations } from "next-intl";

export function ProgressBar({ done, total, label }: { done: number; total: number; label?: string }) {
  const t = useTranslations("rounds");
  const format = useFormatter();
  const share = total === 0 ? 0 : done / total;
  const words = t("progressOf", { done, total });
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
      <div
        role="progressbar"
        aria-label={label ?? words}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={words}
        className="h-2.5 w-24 shrink-0 overflow-hidden rounded-full bg-slate-200 sm:w-40"
      >
        <div className="h-full rounded-full bg-brand-600" style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <span className="text-sm whitespace-nowrap text-slate-700 tabular-nums">
        {words} · {format.number(share, { style: "percent" })}
      </span>
    </div>
  );
}
