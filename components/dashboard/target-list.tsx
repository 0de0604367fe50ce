// Targets with where the group stands: met, or how many members are missing and how many are one level short.
import { useTranslations } from "next-intl";
import type { TargetStanding } from "@/lib/db/queries/gaps";

/** What the list shows of a target's standing (lib/db/queries/gaps.ts computes it). */
export type TargetLine = Pick<
  TargetStanding,
  "id" | "field" | "kind" | "skillItem" | "minLevel" | "minCount" | "actual" | "oneAway" | "gap" | "met"
> &
  Partial<Pick<TargetStanding, "selfOnly">>;

type DashboardT = ReturnType<typeof useTranslations<"dashboard">>;
type StandardT = ReturnType<typeof useTranslations<"itss">>;

/** "At least 4 members at Hardware level 4 or higher", "… with Leadership proficiency 3 or higher (Software)". */
export function describeTarget(
  t: DashboardT,
  ts: StandardT,
  target: Pick<TargetLine, "field" | "kind" | "skillItem" | "minLevel" | "minCount">,
): string {
  const field = ts(`fields.${target.field}`);
  if (target.kind === "level") return t("target.level", { count: target.minCount, field, level: target.minLevel });
  const item = target.skillItem ? ts(`items.${target.skillItem}`) : t("target.anyItem");
  return t("target.skill", { count: target.minCount, item, level: target.minLevel, field });
}

export function TargetBadge({ met, gap }: { met: boolean; gap: number }) {
  const t = useTranslations("dashboard.target");
  return (
    <span
      className={`inline-flex min-w-16 justify-center rounded px-2 py-0.5 text-xs font-semibold ${
        met ? "bg-emerald-100 text-emerald-900" : "bg-amber-100 text-amber-900"
      }`}
    >
      {met ? t("met") : t("gap", { gap })}
    </span>
  );
}

export function TargetList({ statuses }: { statuses: TargetLine[] }) {
  const t = useTranslations("dashboard");
  const ts = useTranslations("itss");
  if (statuses.length === 0) return <p className="text-sm text-slate-500">{t("target.none")}</p>;
  return (
    <ul className="space-y-2">
      {statuses.map((s) => (
        <li key={s.id} className="flex items-start gap-3 text-sm">
          <span className="mt-0.5">
            <TargetBadge met={s.met} gap={s.gap} />
          </span>
          <span>
            {t.rich("target.standing", {
              target: describeTarget(t, ts, s),
              actual: s.actual,
              oneAway: s.met ? 0 : s.oneAway,
              selfOnly: s.selfOnly ?? 0,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
