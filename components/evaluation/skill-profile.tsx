// The member's skill profile per field: a chart of the 7 items (self, lead, team target) and the same numbers as a
// table for screen readers. Plain data in: the page's assessments and the team's skill targets (no extra query).
import type { AssessmentRecord, SkillTarget } from "@/lib/db/queries/records";
import { useTranslations } from "next-intl";
import { MAX_LEVEL, type Field, type SkillItem } from "@/lib/itss/fields";
import { SkillChart } from "./member-charts";
import { skillChartRows } from "./skill-chart-rows";

const cell = (v: number | null) => (v === null ? "—" : v);

export function SkillProfile({
  fields,
  assessments,
  targets,
}: {
  fields: readonly Field[];
  assessments: readonly AssessmentRecord[];
  targets: readonly SkillTarget[];
}) {
  const t = useTranslations("evaluation.profile");
  const ti = useTranslations("itss");
  return (
    <div className={`grid gap-6 ${fields.length > 1 ? "xl:grid-cols-2" : "max-w-3xl"}`}>
      {fields.map((field) => {
        const rows = skillChartRows(field, assessments, targets).map((r) => ({
          ...r,
          label: ti(`items.${r.item as SkillItem}`),
        }));
        const hasTarget = rows.some((r) => r.target !== null);
        const rated = rows.some((r) => r.self !== null || r.lead !== null);
        return (
          <figure
            key={field}
            className="min-w-0"
            data-testid={`skill-chart-${field}`}
            aria-labelledby={`skill-chart-title-${field}`}
          >
            <figcaption id={`skill-chart-title-${field}`} className="font-semibold text-slate-900">
              {ti(`fields.${field}`)}{" "}
              <span className="font-normal text-slate-600">{t("subtitle", { max: MAX_LEVEL[field] })}</span>
            </figcaption>
            <p className="mb-2 text-xs text-slate-600">
              {rated ? t("counts") : t("noneRated")} {hasTarget ? t("target") : t("noTarget")}
            </p>
            <div aria-hidden="true">
              <SkillChart
                rows={rows}
                maxLevel={MAX_LEVEL[field]}
                showTarget={hasTarget}
                names={{ self: t("self"), lead: t("chartLead"), target: t("teamTarget") }}
              />
            </div>
            <table className="sr-only">
              <caption>{t("caption", { field: ti(`fields.${field}`) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("item")}</th>
                  <th scope="col">{t("self")}</th>
                  <th scope="col">{t("lead")}</th>
                  <th scope="col">{t("teamTarget")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.item}>
                    <th scope="row">{r.label}</th>
                    <td>{cell(r.self)}</td>
                    <td>{cell(r.lead)}</td>
                    <td>{cell(r.target)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        );
      })}
    </div>
  );
}
