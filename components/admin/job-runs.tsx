// The time-based jobs on the admin page: whether this server runs them, the recent runs (when, started by whom, how
// long, which jobs failed), and "Run jobs now" for those who may (docs/jobs.md).
import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ActionButton } from "@/components/forms/action-form";
import { runJobsNow } from "@/lib/actions/jobs";
import type { JobRunRow } from "@/lib/db/queries/job-runs";
import { JOB_TRIGGERS, type JobSummary, type JobTrigger } from "@/lib/jobs/runner";

/** The per-job list stored as jsonb, read defensively (a row written by an older version may differ). */
function jobsOf(summary: unknown): JobSummary[] {
  return Array.isArray(summary)
    ? summary.filter((j): j is JobSummary => typeof j === "object" && j !== null && typeof j.name === "string")
    : [];
}

export async function JobRuns({
  runs,
  serverRunsJobs,
  canRun,
}: {
  runs: JobRunRow[];
  serverRunsJobs: boolean;
  canRun: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("admin.index.jobs"), getFormatter()]);
  const triggerLabel = (trigger: string) =>
    (JOB_TRIGGERS as readonly string[]).includes(trigger) ? t(`triggers.${trigger as JobTrigger}`) : trigger;
  return (
    <Card title={t("title")} className="mt-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <p className="max-w-3xl text-sm text-slate-700">{serverRunsJobs ? t("textOn") : t("textOff")}</p>
        {canRun ? <ActionButton action={runJobsNow} input={{}} label={t("runNow")} /> : null}
      </div>
      {runs.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600">{t("never")}</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">{t("lastRuns")}</caption>
            <thead>
              <tr className="text-left text-slate-600">
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("started")}
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("trigger")}
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  {t("duration")}
                </th>
                <th scope="col" className="py-1 pr-4 text-right font-medium">
                  {t("notified")}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {t("result")}
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => {
                const jobs = jobsOf(run.summary);
                const failed = jobs.filter((j) => typeof j.error === "string");
                return (
                  <tr key={run.id} className="border-t border-slate-100 align-top">
                    <td className="py-1 pr-4 whitespace-nowrap">
                      {format.dateTime(run.startedAt, { dateStyle: "medium", timeStyle: "short" })}
                    </td>
                    <td className="py-1 pr-4">{triggerLabel(run.trigger)}</td>
                    <td className="py-1 pr-4 text-right whitespace-nowrap tabular-nums">
                      {run.finishedAt
                        ? t("durationMs", { ms: run.finishedAt.getTime() - run.startedAt.getTime() })
                        : "—"}
                    </td>
                    <td className="py-1 pr-4 text-right tabular-nums">
                      {format.number(jobs.reduce((n, j) => n + (Number(j.notified) || 0), 0))}
                    </td>
                    <td className="py-1">
                      {run.ok === null ? (
                        t("running")
                      ) : run.ok ? (
                        <span className="text-emerald-800">{t("ok")}</span>
                      ) : (
                        <span className="text-red-700">
                          {t("failed", { jobs: failed.map((j) => j.name).join(", ") })}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
