"use client";
// The gap dashboard's two charts (Recharts, imported only by /gaps): members per level in each field, and the level
// counts at the end of each of the last 12 months in one field. Colour-blind-safe palettes (Okabe–Ito for fields, a
// one-hue sequential ramp for levels), a legend, and every number in a table below the chart.
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { countAxisWidth } from "@/components/charts/measure";

const FIELD_COLOURS = { hardware: "#0072B2", software: "#E69F00", facility: "#009E73" } as const;
const LEVEL_SHADES = ["#e2e8f0", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c", "#08306b"];

type Field = keyof typeof FIELD_COLOURS;

/** Legend labels in the text colour: the lightest level shades would not be readable as text. */
const legendText = (value: string) => <span style={{ color: "#334155" }}>{value}</span>;

function NumbersTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  const t = useTranslations("gaps.charts");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">{t("showNumbers")}</summary>
      <table className="mt-2 w-full text-left text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="px-2 py-1 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={String(r[0])} className="border-t border-slate-100">
              {r.map((c, i) => (
                <td key={i} className="px-2 py-1 tabular-nums">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function DistributionChart({
  distribution,
  labels,
}: {
  distribution: Record<Field, number[]>;
  labels: Record<Field, string>;
}) {
  const t = useTranslations("gaps.charts");
  const format = useFormatter();
  const list = (parts: string[]) => format.list(parts, { type: "unit" });
  const fields = Object.keys(distribution) as Field[];
  const levels = Math.max(...fields.map((f) => distribution[f].length));
  const data = Array.from({ length: levels }, (_, level) => ({
    level: level === 0 ? t("noLevel") : t("level", { level }),
    ...Object.fromEntries(fields.map((f) => [f, distribution[f][level] ?? null])),
  }));
  const axisWidth = countAxisWidth(Math.max(0, ...fields.flatMap((f) => distribution[f])), (n) => format.number(n));
  return (
    <figure>
      <div
        className="h-64"
        role="img"
        aria-label={t("distributionLabel", {
          fields: fields
            .map((f) =>
              t("distributionField", {
                field: labels[f],
                counts: list(distribution[f].map((count, level) => t("countAt", { count, level }))),
              }),
            )
            .join("; "),
        })}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="level" tick={{ fontSize: 12 }} />
            <YAxis
              allowDecimals={false}
              tick={{ fontSize: 12 }}
              width={axisWidth}
              tickFormatter={(n: number) => format.number(n)}
            />
            <Tooltip formatter={(n) => (typeof n === "number" ? format.number(n) : n)} />
            {/* in the bars' order (Recharts sorts by label otherwise) */}
            <Legend formatter={legendText} itemSorter={(item) => fields.indexOf(item.dataKey as Field)} />
            {fields.map((f) => (
              <Bar key={f} dataKey={f} name={labels[f]} fill={FIELD_COLOURS[f]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <NumbersTable
        caption={t("distributionCaption")}
        head={[t("levelColumn"), ...fields.map((f) => labels[f])]}
        rows={data.map((d) => [d.level, ...fields.map((f) => ((d as Record<string, unknown>)[f] as number) ?? "—")])}
      />
    </figure>
  );
}

export function TrendChart({
  months: all,
  fieldLabel,
}: {
  months: { month: string; counts: number[] }[];
  fieldLabel: string;
}) {
  const t = useTranslations("gaps.charts");
  const format = useFormatter();
  const list = (parts: string[]) => format.list(parts, { type: "unit" });
  // "2026-11" → "Nov 2026" / "2026年11月" (UTC, the month as the query names it)
  const monthName = (month: string) => format.dateTime(new Date(`${month}-01T00:00:00Z`), "month");
  const levels = all[0]?.counts.length ?? 0;
  // Months before anyone of the scope was on record (added or evaluated) have no members: the history starts later.
  const first = all.findIndex((m) => m.counts.some((n) => n > 0));
  const months = first > 0 ? all.slice(first) : all;
  const axisWidth = countAxisWidth(Math.max(0, ...months.map((m) => m.counts.reduce((a, b) => a + b, 0))), (n) =>
    format.number(n),
  );
  const data = months.map((m) => ({
    month: monthName(m.month),
    ...Object.fromEntries(m.counts.map((n, l) => [`l${l}`, n])),
  }));
  return (
    <figure>
      <div
        className="h-64"
        role="img"
        aria-label={t("trendLabel", {
          field: fieldLabel,
          months: months
            .map((m) =>
              t("trendMonth", {
                month: monthName(m.month),
                counts: list(m.counts.map((count, level) => t("trendCountAt", { count, level }))),
              }),
            )
            .join("; "),
        })}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 11 }} />
            <YAxis
              allowDecimals={false}
              tick={{ fontSize: 12 }}
              width={axisWidth}
              tickFormatter={(n: number) => format.number(n)}
            />
            <Tooltip formatter={(n) => (typeof n === "number" ? format.number(n) : n)} />
            {/* in the stack's order, "No level" first (Recharts sorts by label otherwise: "No level" came last) */}
            <Legend formatter={legendText} itemSorter={(item) => Number(String(item.dataKey).slice(1))} />
            {Array.from({ length: levels }, (_, l) => (
              <Bar
                key={l}
                dataKey={`l${l}`}
                stackId="levels"
                name={l === 0 ? t("noLevel") : t("level", { level: l })}
                fill={LEVEL_SHADES[l]}
                stroke="#94a3b8"
                strokeWidth={0.5}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      {first > 0 ? (
        <p className="mt-1 text-xs text-slate-600" data-testid="trend-starts">
          {t("historyStarts", { month: monthName(months[0].month) })}
        </p>
      ) : null}
      <NumbersTable
        caption={t("trendCaption", { field: fieldLabel })}
        head={[
          t("month"),
          ...Array.from({ length: levels }, (_, l) => (l === 0 ? t("noLevel") : t("levelShort", { level: l }))),
        ]}
        rows={months.map((m) => [monthName(m.month), ...m.counts])}
      />
    </figure>
  );
}
