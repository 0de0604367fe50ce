// Targets with where the group stands: met, or how many members are missing and how many are one level short.
import { FIELD_LABEL, type SkillItem } from "@/lib/itss/fields";
import { skillItem } from "@/lib/itss/catalog";
import type { TargetStanding } from "@/lib/db/queries/gaps";

/** What the list shows of a target's standing (lib/db/queries/gaps.ts computes it). */
export type TargetLine = Pick<
  TargetStanding,
  "id" | "field" | "kind" | "skillItem" | "minLevel" | "minCount" | "actual" | "oneAway" | "gap" | "met"
>;

/** "At least 4 members at Hardware level 4 or higher", "… with Leadership proficiency 3 or higher (Software)". */
export function describeTarget(t: Pick<TargetLine, "field" | "kind" | "skillItem" | "minLevel" | "minCount">): string {
  if (t.kind === "level")
    return `At least ${t.minCount} members at ${FIELD_LABEL[t.field]} level ${t.minLevel} or higher`;
  const name = t.skillItem ? skillItem(t.field, t.skillItem as SkillItem).name : "a skill item";
  return `At least ${t.minCount} members with ${name} proficiency ${t.minLevel} or higher (${FIELD_LABEL[t.field]})`;
}

export function TargetBadge({ met, gap }: { met: boolean; gap: number }) {
  return (
    <span
      className={`inline-flex min-w-16 justify-center rounded px-2 py-0.5 text-xs font-semibold ${
        met ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"
      }`}
    >
      {met ? "✓ Met" : `Gap ${gap}`}
    </span>
  );
}

export function TargetList({ statuses }: { statuses: TargetLine[] }) {
  if (statuses.length === 0) return <p className="text-sm text-slate-500">No targets set.</p>;
  return (
    <ul className="space-y-2">
      {statuses.map((s) => (
        <li key={s.id} className="flex items-start gap-3 text-sm">
          <span className="mt-0.5">
            <TargetBadge met={s.met} gap={s.gap} />
          </span>
          <span>
            {describeTarget(s)} — <strong>{s.actual}</strong> now
            {!s.met && s.oneAway > 0 ? `, ${s.oneAway} one level short` : ""}.
          </span>
        </li>
      ))}
    </ul>
  );
}
