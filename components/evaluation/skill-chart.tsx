"use client";
// A field's 7 skill items as grouped horizontal bars: the member's self-rating, the lead's rating and the team's
// target per item, with numbers on the bars. Okabe–Ito colours (colour-blind safe), and a pattern on the target
// bars so the three differ without colour too. Loaded only on the member page (next/dynamic, see member-charts.tsx).
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import type { SkillChartRow } from "./skill-chart-rows";
import { axisLayout, type Measure } from "./axis-labels";

const SKILL_SERIES = [
  { key: "self", color: "#E69F00" },
  { key: "lead", color: "#0072B2" },
  { key: "target", color: "#009E73" },
] as const;

const num = (v: unknown) => (typeof v === "number" ? String(v) : "");

/** Text widths in the chart's own font (a canvas); a rough estimate where there is no canvas. */
function canvasMeasure(el: HTMLElement | null): Measure {
  const ctx = typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!ctx || !el) return (text) => [...text].length * 12;
  const style = getComputedStyle(el);
  ctx.font = `${style.fontSize} ${style.fontFamily}`;
  return (text) => ctx.measureText(text).width;
}

/** A category tick on one or more lines, centred on its band. */
function WrappedTick({
  x,
  y,
  payload,
  lines,
}: {
  x?: number;
  y?: number;
  payload?: { value: string };
  lines: Map<string, string[]>;
}) {
  const value = payload?.value ?? "";
  const parts = lines.get(value) ?? [value];
  return (
    <text x={x} y={y} textAnchor="end" fill="#0f172a">
      {parts.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? `${0.355 - (parts.length - 1) * 0.6}em` : "1.2em"}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export default function SkillChart({
  rows,
  maxLevel,
  showTarget,
  names,
}: {
  rows: SkillChartRow[];
  maxLevel: number;
  showTarget: boolean;
  /** The series' names in the reader's language. */
  names: Record<(typeof SKILL_SERIES)[number]["key"], string>;
}) {
  const t = useTranslations("evaluation.chart");
  const series = SKILL_SERIES.filter((s) => s.key !== "target" || showTarget);
  const height = 60 + rows.length * (series.length * 14 + 14);
  // The item axis makes room for the longest item name (measured in the chart's font), up to 45 % of the chart's
  // width; a longer name wraps (a phone, a long Japanese name).
  const locale = useLocale();
  const box = useRef<HTMLDivElement>(null);
  // Set when the chart is laid out (its width, and a measure in its font): until then the axis takes the longest
  // label at an estimated width.
  const [sized, setSized] = useState<{ width: number; measure: Measure } | null>(null);
  const axis = useMemo(
    () =>
      axisLayout(
        rows.map((r) => r.label),
        sized?.width ?? 0,
        sized?.measure ?? canvasMeasure(null),
        { locale },
      ),
    [rows, sized, locale],
  );
  return (
    <div ref={box} style={{ height }} className="w-full text-xs" data-testid="skill-chart-canvas">
      <ResponsiveContainer
        width="100%"
        height="100%"
        onResize={(w) =>
          setSized((prev) =>
            prev?.width === Math.round(w)
              ? prev
              : { width: Math.round(w), measure: prev?.measure ?? canvasMeasure(box.current) },
          )
        }
      >
        <BarChart
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
          barGap={1}
          barCategoryGap={8}
        >
          <defs>
            <pattern id="target-hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#009E73" fillOpacity={0.35} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#009E73" strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis
            type="number"
            domain={[0, maxLevel]}
            ticks={Array.from({ length: maxLevel + 1 }, (_, i) => i)}
            allowDecimals={false}
            tick={{ fill: "#334155" }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={axis.width}
            tick={<WrappedTick lines={axis.lines} />}
            interval={0}
          />
          <Tooltip formatter={(v) => (typeof v === "number" ? t("level", { level: v }) : t("notAssessed"))} />
          <Legend
            verticalAlign="top"
            height={28}
            itemSorter={null}
            formatter={(value) => <span style={{ color: "#0f172a" }}>{value}</span>}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={names[s.key]}
              fill={s.key === "target" ? "url(#target-hatch)" : s.color}
              stroke={s.key === "target" ? s.color : undefined}
              barSize={12}
              isAnimationActive={false}
            >
              <LabelList dataKey={s.key} position="right" formatter={num} fill="#0f172a" />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
