// One field's standing on the member page: official level and its source, provisional level, skill level, and the
// checklist "Path to level N" built from the engine's `next.missing` (the sentences: ./sentences.ts).
import { useTranslations } from "next-intl";
import { MAX_LEVEL, type Field } from "@/lib/itss/fields";
import type { FieldEvaluation, MissingCode } from "@/lib/itss/types";
import { missingText, sourceText } from "./sentences";

function requirementsOf(level: number): MissingCode[] {
  return level >= 4
    ? ["projects", "key_project", "specialty", "succession", "develops_subordinates"]
    : ["projects", "specialty"];
}

export function FieldStanding({
  field,
  official,
  provisional,
}: {
  field: Field;
  official: FieldEvaluation;
  provisional: FieldEvaluation;
}) {
  const t = useTranslations("evaluation.standing");
  const ti = useTranslations("itss");
  const next = official.next;
  const missingCodes = new Set(next?.missing.map((m) => m.code) ?? []);
  const satisfied = (c: MissingCode, level: number) =>
    c === "projects"
      ? ti(level === 3 ? "satisfied.projectsLevel3" : "satisfied.projects")
      : ti(`satisfied.${c}`, { level });
  return (
    <section
      aria-labelledby={`standing-${field}`}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      data-testid={`standing-${field}`}
    >
      <h2 id={`standing-${field}`} className="text-base font-semibold text-slate-900">
        {ti(`fields.${field}`)}
      </h2>
      <div className="mt-3 flex flex-wrap gap-6">
        <div>
          <div className="text-xs uppercase tracking-wide text-slate-500">{t("official")}</div>
          <div className="text-3xl font-bold text-brand-900" data-testid={`official-level-${field}`}>
            {official.level}
          </div>
          <div className="text-xs text-slate-600">{ti(`sourceShort.${official.source}`)}</div>
        </div>
        {provisional.level !== official.level ? (
          <div>
            <div className="text-xs uppercase tracking-wide text-slate-500">{t("provisional")}</div>
            <div className="text-3xl font-bold text-amber-700">{provisional.level}</div>
            <div className="text-xs text-slate-600">{t("provisionalHint")}</div>
          </div>
        ) : null}
        <div>
          <div className="text-xs uppercase tracking-wide text-slate-500">{t("skillLevel")}</div>
          <div className="text-3xl font-bold text-slate-800">{official.skillLevel ?? "—"}</div>
          <div className="text-xs text-slate-600">
            {official.skillLevel === null ? t("skillLevelIncomplete") : t("skillLevelHint")}
          </div>
        </div>
      </div>
      <p className="mt-3 text-sm text-slate-700">{t("sentence", { text: sourceText(ti, field, official) })}</p>
      {next ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-slate-900">{t("pathTo", { level: next.level })}</h3>
          <ul className="mt-2 space-y-1 text-sm" data-testid={`path-${field}`}>
            {next.missing.map((m, i) => (
              <li key={`m${i}`} className="flex gap-2">
                <span aria-hidden className="text-slate-400">
                  ☐
                </span>
                <span>
                  <span className="sr-only">{t("toDo")} </span>
                  {missingText(ti, m)}
                </span>
              </li>
            ))}
            {requirementsOf(next.level)
              .filter((c) => !missingCodes.has(c))
              .map((c) => (
                <li key={c} className="flex gap-2 text-emerald-800">
                  <span aria-hidden>☑</span>
                  <span>
                    <span className="sr-only">{t("done")} </span>
                    {satisfied(c, next.level)}
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ) : (
        <p className="mt-4 text-sm font-medium text-emerald-800">
          {t("highest", { field: ti(`fields.${field}`), max: MAX_LEVEL[field] })}
        </p>
      )}
    </section>
  );
}
