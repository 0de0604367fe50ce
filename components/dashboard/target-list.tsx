// Targets with where the group stands: met, or how many members are missing and how many are one level short.
import { FIELD_LABEL, type SkillItem } from "@/lib/itss/ids";
import { skillItem } from "@/lib/itss/catalog";
import type { TargetStatus } from "@/lib/targets/status";

function describe(t: TargetStatus["target"]): string {
  if (t.kind === "level") return `At least ${t.minCount} members at ${FIELD_LABEL[t.field]} level ${t.minLevel} or higher`;
  const name = t.skillItem ? skillItem(t.field, t.skillItem as SkillItem).name : "a skill item";
  return `At least ${t.minCount} members with ${name} proficiency ${t.minLevel} or higher (${FIELD_LABEL[t.field]})`;
}

export function TargetList({ statuses }: { statuses: TargetStatus[] }) {
  if (statuses.length === 0) return <p className="text-sm text-slate-500">No targets set.</p>;
  return (
    <ul className="space-y-2">
      {statuses.map((s) => (
        <li key={s.target.id} className="flex items-start gap-3 text-sm">
          <span
            className={`mt-0.5 inline-flex min-w-16 justify-center rounded px-2 py-0.5 text-xs font-semibold ${
              s.met ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"
            }`}
          >
            {s.met ? "✓ Met" : `Gap ${s.gap}`}
          </span>
          <span>
            {describe(s.target)} — <strong>{s.have}</strong> now
            {!s.met && s.oneAway > 0 ? `, ${s.oneAway} one level short` : ""}.
          </span>
        </li>
      ))}
    </ul>
  );
}
