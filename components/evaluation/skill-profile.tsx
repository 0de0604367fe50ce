// The member's skill profile per field: a chart of the 7 items (self, lead, team target) and the same numbers as a
// table for screen readers. Plain data in: the page's assessments and the team's skill targets (no extra query).
import type { AssessmentRecord, SkillTarget } from "@/lib/db/queries/records";
import { FIELD_LABEL, MAX_LEVEL, type Field } from "@/lib/itss/fields";
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
  return (
    <div className={`grid gap-6 ${fields.length > 1 ? "xl:grid-cols-2" : "max-w-3xl"}`}>
      {fields.map((field) => {
        const rows = skillChartRows(field, assessments, targets);
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
              {FIELD_LABEL[field]}{" "}
              <span className="font-normal text-slate-600">— proficiency per skill item (0–{MAX_LEVEL[field]})</span>
            </figcaption>
            <p className="mb-2 text-xs text-slate-600">
              {rated
                ? "The lead’s rating counts where there is one, else the self-rating. "
                : "No skill item rated yet. "}
              {hasTarget
                ? "Team target: the proficiency the team’s targets ask for."
                : "The team has no skill target in this field."}
            </p>
            <div aria-hidden="true">
              <SkillChart rows={rows} maxLevel={MAX_LEVEL[field]} showTarget={hasTarget} />
            </div>
            <table className="sr-only">
              <caption>{FIELD_LABEL[field]}: self-rating, lead’s rating and team target per skill item</caption>
              <thead>
                <tr>
                  <th scope="col">Skill item</th>
                  <th scope="col">Self-rating</th>
                  <th scope="col">Lead’s rating</th>
                  <th scope="col">Team target</th>
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
