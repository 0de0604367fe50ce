// One field's standing on the member page: official level and its source, provisional level, skill level, and the
// checklist "Path to level N" built from the engine's `next.missing`.
import { describeMissing, describeSource } from "@/lib/itss/explain";
import { FIELD_LABEL, MAX_LEVEL, type Field } from "@/lib/itss/fields";
import { type MissingCode } from "@/lib/itss/types";
import type { FieldEvaluation } from "@/lib/itss/types";

const SATISFIED: Record<MissingCode, (level: number) => string> = {
  projects: (n) => (n === 3 ? "A completed project of level 3 or higher" : "Enough completed, successful projects"),
  key_project: (n) => `A key project of level ${n}`,
  specialty: (n) => `A specialty area listed for level ${n} or higher`,
  succession: () => "Enough distinct kinds of expertise succession",
  develops_subordinates: () => "Mentors at least one subordinate",
};

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
  const next = official.next;
  const missingCodes = new Set(next?.missing.map((m) => m.code) ?? []);
  const sourceWord =
    official.source === "kpi" ? "by achievement indicators" : official.source === "exam" ? "by exam" : "no level yet";
  return (
    <section
      aria-labelledby={`standing-${field}`}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      data-testid={`standing-${field}`}
    >
      <h3 id={`standing-${field}`} className="text-base font-semibold text-slate-900">
        {FIELD_LABEL[field]}
      </h3>
      <div className="mt-3 flex flex-wrap gap-6">
        <div>
          <div className="text-xs uppercase tracking-wide text-slate-500">Official level</div>
          <div className="text-3xl font-bold text-brand-900" data-testid={`official-level-${field}`}>
            {official.level}
          </div>
          <div className="text-xs text-slate-600">{sourceWord}</div>
        </div>
        {provisional.level !== official.level ? (
          <div>
            <div className="text-xs uppercase tracking-wide text-slate-500">Provisional</div>
            <div className="text-3xl font-bold text-amber-700">{provisional.level}</div>
            <div className="text-xs text-slate-600">counting submitted records</div>
          </div>
        ) : null}
        <div>
          <div className="text-xs uppercase tracking-wide text-slate-500">Skill level</div>
          <div className="text-3xl font-bold text-slate-800">{official.skillLevel ?? "—"}</div>
          <div className="text-xs text-slate-600">
            {official.skillLevel === null ? "not every item assessed" : "lowest of the 7 items"}
          </div>
        </div>
      </div>
      <p className="mt-3 text-sm text-slate-700">{describeSource(field, official)}.</p>
      {next ? (
        <div className="mt-4">
          <h4 className="text-sm font-semibold text-slate-900">Path to level {next.level}</h4>
          <ul className="mt-2 space-y-1 text-sm" data-testid={`path-${field}`}>
            {next.missing.map((m, i) => (
              <li key={`m${i}`} className="flex gap-2">
                <span aria-hidden className="text-slate-400">
                  ☐
                </span>
                <span>
                  <span className="sr-only">To do: </span>
                  {describeMissing(field, m)}
                </span>
              </li>
            ))}
            {requirementsOf(next.level)
              .filter((c) => !missingCodes.has(c))
              .map((c) => (
                <li key={c} className="flex gap-2 text-emerald-800">
                  <span aria-hidden>☑</span>
                  <span>
                    <span className="sr-only">Done: </span>
                    {SATISFIED[c](next.level)}
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ) : (
        <p className="mt-4 text-sm font-medium text-emerald-800">
          Highest level of {FIELD_LABEL[field]} ({MAX_LEVEL[field]}) reached.
        </p>
      )}
    </section>
  );
}
