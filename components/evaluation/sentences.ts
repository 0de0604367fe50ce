// The engine's results in words, in the reader's language: a missing item of the path to the next level, and where
// a field's level comes from (messages itss.missing.* and itss.source.*), and what a path promises and what waits for
// review (evaluation.path.*, decided in ./path.ts). Pure: pass any translator of "itss" or "evaluation".
import type { useTranslations } from "next-intl";
import type { Field } from "@/lib/itss/fields";
import type { FieldEvaluation, Missing } from "@/lib/itss/types";
import type { PathPromise, PathRow } from "./path";

/** A translator of the itss namespace: useTranslations("itss"), getTranslations("itss") or createTranslator. */
export type ItssT = ReturnType<typeof useTranslations<"itss">>;

/** The sentence for a missing item of the path . */
export function missingText(t: ItssT, m: Missing): string {
  switch (m.code) {
    case "projects": {
      const more = Math.max(m.need - m.have, 0);
      const successful = !(m.need === 1 && m.minLevel === 3) ? "yes" : "no";
      return t("missing.projects", { more, successful, minLevel: m.minLevel, have: m.have, need: m.need });
    }
    case "key_project":
      return t("missing.key_project", { level: m.level });
    case "specialty":
      return t("missing.specialty", { level: m.level });
    case "succession":
      return t("missing.succession", { more: Math.max(m.need - m.have, 0), have: m.have, need: m.need });
    case "develops_subordinates":
      return t("missing.develops_subordinates");
  }
}

/** Where a field's level comes from . */
export function sourceText(
  t: ItssT,
  field: Field,
  e: Pick<FieldEvaluation, "level" | "source" | "kpiLevel" | "examLevel">,
): string {
  const values = { field: t(`fields.${field}`), level: e.level, kpiLevel: e.kpiLevel };
  switch (e.source) {
    case "kpi":
      return t(e.examLevel === e.kpiLevel ? "source.kpiSameExam" : "source.kpi", values);
    case "exam":
      return t(e.kpiLevel > 0 ? "source.examOverKpi" : "source.exam", values);
    case "none":
      return t("source.none", values);
  }
}

/** A translator of the evaluation namespace: useTranslations("evaluation"), getTranslations or createTranslator. */
export type EvaluationT = ReturnType<typeof useTranslations<"evaluation">>;

/** The heading over a field's path checklist: never a level the member already holds (./path.ts). */
export function pathHeadingText(t: EvaluationT, ti: ItssT, field: Field, p: PathPromise): string {
  switch (p.kind) {
    case "path":
      return t("path.heading", { level: p.level });
    case "heldByExam":
      return t("path.headingHeldByExam", { held: p.held, toward: p.toward });
    case "top":
      return t("standing.highest", { field: ti(`fields.${field}`), max: p.max });
  }
}

/** What a checklist row adds about records waiting for review; null when nothing. */
export function pathRowNote(t: EvaluationT, row: PathRow): string | null {
  if (row.state === "submitted") return t("path.submitted");
  if (row.state === "missing" && row.submitted > 0) return t("path.partlySubmitted", { count: row.submitted });
  return null;
}

/** The member's dashboard line for a field's path: what is left, and what waits for review. Null at the top. */
export function ownPathText(t: EvaluationT, p: PathPromise, rows: readonly PathRow[]): string | null {
  if (p.kind === "top") return null;
  const left = rows.filter((r) => r.state === "missing").length;
  const waiting = rows.filter((r) => r.state === "submitted").length;
  const values =
    p.kind === "path"
      ? { kind: "path", level: p.level, held: 0, toward: p.level }
      : { kind: "heldByExam", level: p.pathLevel, held: p.held, toward: p.toward };
  const first = left > 0 ? t("path.ownNeeds", { ...values, count: left }) : t("path.ownAllSubmitted", values);
  return left > 0 && waiting > 0
    ? t("path.join", { first, second: t("path.ownSubmitted", { count: waiting }) })
    : first;
}

/** The provisional level in a sentence, when the submitted records change the level; null otherwise. */
export function provisionalText(t: EvaluationT, official: number, provisional: number): string | null {
  return provisional === official ? null : t("path.ownProvisional", { level: provisional });
}
