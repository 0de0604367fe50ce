// What approving a record would change (lib/views/impact.ts), in the reader's language: a heading ("If approved:
// Software: level 3 → 4", or "If approved: Software level 4" on the member's own record) and a line per requirement of
// the path it meets or counts toward (the engine's missing items in words, ./../evaluation/sentences.ts) and per target
// it would make met. Pure, run where the page renders (the browser gets the sentences, not the messages).
import type { useTranslations } from "next-intl";
import type { Field } from "@/lib/itss/fields";
import type { ShownImpact } from "@/lib/views/impact";
import { missingText, type ItssT } from "@/components/evaluation/sentences";
import type { ImpactText } from "./impact";

/** A translator of the reviews.impact messages (getTranslations("reviews.impact") or createTranslator). */
export type ImpactT = ReturnType<typeof useTranslations<"reviews.impact">>;

export function impactText(t: ImpactT, ti: ItssT, impact: ShownImpact, variant: "review" | "own"): ImpactText {
  const field = (f: Field) => ti(`fields.${f}`);
  const levels = impact.levels;
  const heading =
    variant === "own"
      ? levels.length
        ? t("ownHeading", {
            levels: levels.map((l) => t("ownLevel", { field: field(l.field), after: l.after })).join(t("separator")),
          })
        : t("ownNoChange")
      : t("ifApproved", {
          change: levels.length
            ? levels.map((l) => t("level", { field: field(l.field), before: l.before, after: l.after })).join(" · ")
            : impact.fields.length || impact.targetsMet.length
              ? t("noChange")
              : t("nothing"),
        });
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
  return { heading, lines, changesLevel: levels.length > 0 };
}

/** The texts of a map of impacts (lib/views/impact.ts), by the same keys. */
export function impactTexts(
  t: ImpactT,
  ti: ItssT,
  impacts: Map<string, ShownImpact> | Record<string, ShownImpact>,
  variant: "review" | "own",
): Record<string, ImpactText> {
  const entries = impacts instanceof Map ? [...impacts] : Object.entries(impacts);
  return Object.fromEntries(entries.map(([k, v]) => [k, impactText(t, ti, v, variant)]));
}
