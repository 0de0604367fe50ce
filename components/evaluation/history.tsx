// Evaluation history: per field a step chart of the official level over time, then each change of the official
// evaluation, newest first (docs/evaluation.md#7-where-the-result-is-kept).
import type { SnapshotRecord } from "@/lib/db/queries/records";
import { FIELD_LABEL, MAX_LEVEL, type Field } from "@/lib/itss/ids";
import { describeMissing } from "@/lib/itss/explain";
import type { FieldEvaluation } from "@/lib/itss/types";
import { EmptyState } from "@/components/ui/empty-state";
import { HistoryChart } from "./member-charts";

const SOURCE = { kpi: "achievement indicators", exam: "ITEE exam", none: "—" } as Record<string, string>;

export function EvaluationHistory({
  snapshots,
  fields,
  now,
}: {
  snapshots: SnapshotRecord[];
  fields: readonly Field[];
  now: number;
}) {
  if (snapshots.length === 0)
    return (
      <EmptyState title="No history yet">
        A snapshot is kept each time an approval or assessment changes the official evaluation.
      </EmptyState>
    );
  const shown = fields.filter((f) => snapshots.some((s) => s.field === f));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {shown.map((f) => (
        <div key={f} data-testid={`history-${f}`}>
          <h4 className="font-semibold text-slate-900">{FIELD_LABEL[f]}</h4>
          <figure
            className="mt-2"
            aria-label={`${FIELD_LABEL[f]}: official level over time (the table below lists each change)`}
          >
            <div aria-hidden="true">
              <HistoryChart
                points={snapshots
                  .filter((s) => s.field === f)
                  .map((s) => ({ at: s.takenAt.getTime(), level: s.level }))}
                maxLevel={MAX_LEVEL[f]}
                now={now}
              />
            </div>
          </figure>
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">
              {FIELD_LABEL[f]}: each change of the official evaluation, newest first
            </caption>
            <thead className="text-left text-slate-600">
              <tr>
                <th className="py-1 pr-2">Date</th>
                <th className="pr-2">Level</th>
                <th className="pr-2">Source</th>
                <th className="pr-2">Skill</th>
                <th>Next</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {snapshots
                .filter((s) => s.field === f)
                .map((s) => {
                  const e = s.evaluation as FieldEvaluation;
                  return (
                    <tr key={s.id}>
                      <td className="py-1 pr-2 whitespace-nowrap">
                        {s.takenAt.toISOString().slice(0, 16).replace("T", " ")}
                      </td>
                      <td className="pr-2 font-semibold">{s.level}</td>
                      <td className="pr-2">{SOURCE[s.source] ?? s.source}</td>
                      <td className="pr-2">{s.skillLevel ?? "—"}</td>
                      <td className="text-xs text-slate-600">
                        {e.next
                          ? `Level ${e.next.level}: ${e.next.missing.map((m) => describeMissing(f, m)).join("; ") || "nothing missing"}`
                          : "highest level"}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
