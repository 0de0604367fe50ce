"use client";
// One field's official level over time as a step chart (each evaluation snapshot a step, held until today).
// Loaded only on the member page (next/dynamic, see member-charts.tsx).
import { useFormatter, useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type HistoryPoint = { at: number; level: number };
type Plotted = HistoryPoint & { snapshot: boolean };

export default function HistoryChart({
  points,
  maxLevel,
  now,
}: {
  points: HistoryPoint[];
  maxLevel: number;
  now: number;
}) {
  const t = useTranslations("evaluation.chart");
  const format = useFormatter();
  const day = (ms: number) => format.dateTime(new Date(ms), "date");
  // Oldest first, and the current level carried to today so the last step has a width.
  const data: Plotted[] = [...points].sort((a, b) => a.at - b.at).map((p) => ({ ...p, snapshot: true }));
  const last = data[data.length - 1];
  if (last) data.push({ at: Math.max(now, last.at), level: last.level, snapshot: false });
  return (
    <div className="h-40 w-full text-xs" data-testid="history-chart-canvas">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#cbd5e1" />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={["dataMin", "dataMax"]}
            tickFormatter={day}
            tick={{ fill: "#334155" }}
            minTickGap={24}
          />
          <YAxis
            interval={0}
            domain={[0, maxLevel]}
            ticks={Array.from({ length: maxLevel + 1 }, (_, i) => i)}
            allowDecimals={false}
            tick={{ fill: "#334155" }}
          />
          <Tooltip
            labelFormatter={(v) => day(Number(v))}
            formatter={(v) => [t("level", { level: Number(v) }), t("official")]}
          />
          <Line
            type="stepAfter"
            dataKey="level"
            name={t("official")}
            stroke="#0072B2"
            strokeWidth={2}
            dot={(props: { cx?: number; cy?: number; index?: number; payload?: Plotted }) =>
              props.payload?.snapshot ? (
                <circle key={props.index} cx={props.cx} cy={props.cy} r={3.5} fill="#0072B2" />
              ) : (
                <g key={props.index} />
              )
            }
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
