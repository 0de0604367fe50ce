// One field's standing on the member page: official level and its source, provisional level, skill level, and the
// checklist of the engine's path (`next`), headed by what it promises (./path.ts: never a level already held) and
// with the items that submitted records meet marked as waiting for review. A field other than the team's is
// collapsed (<details>), its summary naming the level.
import { useTranslations } from "next-intl";
import type { Field } from "@/lib/itss/fields";
import type { FieldEvaluation, Missing } from "@/lib/itss/types";
import { pathPromise, pathRows } from "./path";
import { missingText, pathHeadingText, pathRowNote, sourceText } from "./sentences";

const CARD = "rounded-lg border border-slate-200 bg-white p-5 shadow-sm";

export function FieldStanding({
  field,
  official,
  provisional,
  withSubmitted,
  collapsed = false,
}: {
  field: Field;
  official: FieldEvaluation;
  provisional: FieldEvaluation;
  /** the path's missing items once submitted records count (lib/evaluation/path.ts) */
  withSubmitted: readonly Missing[] | null;
  collapsed?: boolean;
}) {
  const t = useTranslations("evaluation");
  const ti = useTranslations("itss");
  const next = official.next;
  const promise = pathPromise(field, official);
  const satisfied = (c: Missing["code"], level: number) =>
    c === "projects"
      ? ti(level === 3 ? "satisfied.projectsLevel3" : "satisfied.projects")
      : ti(`satisfied.${c}`, { level });
  const title = (
    <h2 id={`standing-${field}`} className="inline text-base font-semibold text-slate-900">
      {ti(`fields.${field}`)}
    </h2>
  );
  // The dashboard links here (#field-…); a link into a closed <details> opens it.
  const body = (
    <div id={`field-${field}`} className="scroll-mt-4">
      <div className="mt-3 flex flex-wrap gap-6">
        <div>
          <div className="text-xs uppercase tracking-wide text-slate-500">{t("standing.official")}</div>
          <div className="text-3xl font-bold text-brand-900" data-testid={`official-level-${field}`}>
            {official.level}
          </div>
          <div className="text-xs text-slate-600">{ti(`sourceShort.${official.source}`)}</div>
        </div>
        {provisional.level !== official.level ? (
          <div>
            <div className="text-xs uppercase tracking-wide text-slate-500">{t("standing.provisional")}</div>
            <div className="text-3xl font-bold text-amber-700" data-testid={`provisional-level-${field}`}>
              {provisional.level}
            </div>
            <div className="text-xs text-slate-600">{t("standing.provisionalHint")}</div>
          </div>
        ) : null}
        <div>
          <div className="text-xs uppercase tracking-wide text-slate-500">{t("standing.skillLevel")}</div>
          <div className="text-3xl font-bold text-slate-800">{official.skillLevel ?? "—"}</div>
          <div className="text-xs text-slate-600">
            {official.skillLevel === null ? t("standing.skillLevelIncomplete") : t("standing.skillLevelHint")}
          </div>
        </div>
      </div>
      <p className="mt-3 text-sm text-slate-700">{t("standing.sentence", { text: sourceText(ti, field, official) })}</p>
      {next && promise.kind !== "top" ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-slate-900" data-testid={`path-heading-${field}`}>
            {pathHeadingText(t, ti, field, promise)}
          </h3>
          <ul className="mt-2 space-y-1 text-sm" data-testid={`path-${field}`}>
            {pathRows(next, withSubmitted).map((row) => {
              const note = pathRowNote(t, row);
              return row.state === "met" ? (
                <li key={row.code} className="flex gap-2 text-emerald-800">
                  <span aria-hidden>☑</span>
                  <span>
                    <span className="sr-only">{t("standing.done")} </span>
                    {satisfied(row.code, next.level)}
                  </span>
                </li>
              ) : (
                <li
                  key={row.code}
                  className={`flex gap-2 ${row.state === "submitted" ? "text-amber-900" : ""}`}
                  data-state={row.state}
                >
                  <span aria-hidden className={row.state === "submitted" ? "text-amber-700" : "text-slate-400"}>
                    {row.state === "submitted" ? "◷" : "☐"}
                  </span>
                  <span>
                    <span className="sr-only">
                      {row.state === "submitted" ? t("path.waiting") : t("standing.toDo")}{" "}
                    </span>
                    {missingText(ti, row.missing)}
                    {note ? (
                      <span className="mt-0.5 block w-fit rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                        {note}
                      </span>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : (
        <p className="mt-4 text-sm font-medium text-emerald-800">{pathHeadingText(t, ti, field, promise)}</p>
      )}
    </div>
  );
  return collapsed ? (
    <details className={`${CARD} group`} data-testid={`standing-${field}`}>
      <summary className="cursor-pointer rounded focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-600">
        {title}{" "}
        <span className="text-sm text-slate-600">
          {t("path.summary", { level: official.level, source: ti(`sourceShort.${official.source}`) })}
        </span>
      </summary>
      {body}
    </details>
  ) : (
    <section aria-labelledby={`standing-${field}`} className={CARD} data-testid={`standing-${field}`}>
      {title}
      {body}
    </section>
  );
}
