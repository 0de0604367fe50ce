// Evaluation history: per field a step chart of the official level over time, then each change of the official
// evaluation, newest first (docs/evaluation.md#7-where-the-result-is-kept).
import type { SnapshotRecord } from "@/lib/db/queries/records";
import { useFormatter, useTranslations } from "next-intl";
import { MAX_LEVEL, type Field } from "@/lib/itss/fields";
import type { FieldEvaluation } from "@/lib/itss/types";
import { EmptyState } from "@/components/ui/empty-state";
import { HistoryChart } from "./member-charts";
import { missingText } from "./sentences";
import { pathPromise } from "./path";
import { dateOrDateTime } from "@/lib/i18n/formats";

export function EvaluationHistory({
  snapshots,
  fields,
  now,
}: {
  snapshots: SnapshotRecord[];
  fields: readonly Field[];
  now: number;
}) {
  const t = useTranslations("evaluation.history");
  const ti = useTranslations("itss");
  const format = useFormatter();
  if (snapshots.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyText")}</EmptyState>;
  // The snapshot's path said as the member page says it (./path.ts): a level held by exam is never "next".
  const nextText = (f: Field, e: FieldEvaluation) => {
    if (!e.next) return t("highest");
    const missing = e.next.missing.map((m) => missingText(ti, m)).join(t("separator")) || t("nothingMissing");
    const promise = pathPromise(f, e);
    return promise.kind === "heldByExam"
      ? t("nextHeldByExam", { held: promise.held, toward: promise.toward, missing })
      : promise.kind === "top"
        ? t("highest")
        : t("nextLevel", { level: promise.level, missing });
  };
  const shown = fields.filter((f) => snapshots.some((s) => s.field === f));
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {shown.map((f) => (
        <div key={f} data-testid={`history-${f}`} className="min-w-0">
          <h3 className="font-semibold text-slate-900">{ti(`fields.${f}`)}</h3>
          <figure className="mt-2" aria-label={t("chartLabel", { field: ti(`fields.${f}`) })}>
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
            <caption className="sr-only">{t("caption", { field: ti(`fields.${f}`) })}</caption>
            <thead className="whitespace-nowrap text-left text-slate-600">
              <tr className="max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_3rem_minmax(0,1fr)_3rem] max-sm:items-center">
                <th className="py-1 pr-2">{t("date")}</th>
                <th className="pr-2">{t("level")}</th>
                <th className="pr-2">{t("source")}</th>
                <th className="pr-2">{t("skill")}</th>
                <th className="max-sm:sr-only">{t("next")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {snapshots
                .filter((s) => s.field === f)
                .map((s) => {
                  const e = s.evaluation as FieldEvaluation;
                  return (
                    <tr
                      key={s.id}
                      className="max-sm:grid max-sm:grid-cols-[minmax(0,1fr)_3rem_minmax(0,1fr)_3rem] max-sm:py-1"
                    >
                      <td className="py-1 pr-2 sm:whitespace-nowrap">
                        {format.dateTime(s.takenAt, dateOrDateTime(s.takenAt))}
                      </td>
                      <td className="pr-2 font-semibold">{s.level}</td>
                      <td className="pr-2">
                        {s.source === "kpi" ? t("sourceKpi") : s.source === "exam" ? t("sourceExam") : "—"}
                      </td>
                      <td className="pr-2">{s.skillLevel ?? "—"}</td>
                      <td className="text-xs text-slate-600 max-sm:col-span-full">{nextText(f, e)}</td>
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
