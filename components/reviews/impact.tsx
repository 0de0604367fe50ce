"use client";
// What approving a record would change (lib/evaluation/impact.ts, loaded by lib/views/impact.ts), in words: for a
// reviewer, each field's official level before → after, the requirements of the path it meets or counts toward, and
// the targets it would make met; for the member on their own record, "If approved: Software level 4".
import { createContext, useContext, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { Field } from "@/lib/itss/fields";
import type { ShownImpact } from "@/lib/views/impact";
import { missingText } from "@/components/evaluation/sentences";

export function RecordImpact({
  impact,
  variant,
}: {
  impact: ShownImpact | null | undefined;
  variant: "review" | "own";
}) {
  const t = useTranslations("reviews.impact");
  const ti = useTranslations("itss");
  if (!impact) return null;
  const field = (f: Field) => ti(`fields.${f}`);
  const heading =
    variant === "own"
      ? impact.levels.length
        ? t("ownHeading", {
            levels: impact.levels.map((l) => t("ownLevel", { field: field(l.field), after: l.after })).join(", "),
          })
        : t("ownNoChange")
      : `${t("ifApproved")} ${
          impact.levels.length
            ? impact.levels
                .map((l) => t("level", { field: field(l.field), before: l.before, after: l.after }))
                .join(" · ")
            : impact.fields.length || impact.targetsMet.length
              ? t("noChange")
              : t("nothing")
        }`;
  const lines = [
    ...impact.fields.flatMap((f) => [
      ...f.satisfies.map((m) => t("meets", { field: field(f.field), level: f.toward ?? 0, item: missingText(ti, m) })),
      ...f.progress.map((m) =>
        t("countsToward", { field: field(f.field), level: f.toward ?? 0, item: missingText(ti, m) }),
      ),
    ]),
    ...impact.targetsMet.map((g) =>
      t("target", { owner: g.ownerName, count: g.minCount, field: field(g.field), level: g.minLevel }),
    ),
  ];
  return (
    <div
      data-testid="record-impact"
      aria-label={t("label")}
      role="group"
      className="mt-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-800"
    >
      <p className="font-medium">{heading}</p>
      {lines.length ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

type Shown = { impacts: Record<string, ShownImpact>; variant: "review" | "own" };
const ImpactContext = createContext<Shown | null>(null);

/** The impacts of a member page's draft and submitted records (by `entity:id`), for RecordImpactOf below it. */
export function ImpactProvider({ children, ...shown }: Shown & { children: ReactNode }) {
  return <ImpactContext.Provider value={shown}>{children}</ImpactContext.Provider>;
}

/** The impact line of one record on a member page; nothing outside an ImpactProvider or for a record without one. */
export function RecordImpactOf({ entity, id }: { entity: string; id: number }) {
  const shown = useContext(ImpactContext);
  if (!shown) return null;
  return <RecordImpact impact={shown.impacts[`${entity}:${id}`]} variant={shown.variant} />;
}
