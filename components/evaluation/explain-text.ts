// Evaluation results in the reader's language: the ICU messages of the `evaluation` namespace filled from the
// engine's structured results. In English they say exactly what lib/itss/explain.ts says (explain-text.test.ts).
import type { useTranslations } from "next-intl";
import type { FieldEvaluation, Missing } from "@/lib/itss/types";

type T = ReturnType<typeof useTranslations<"evaluation">>;

/** One sentence for a missing item of the path to the next level (see describeMissing for the rules). */
export function missingText(t: T, m: Missing): string {
  switch (m.code) {
    case "projects": {
      const more = Math.max(m.need - m.have, 0);
      const kind = m.need === 1 && m.minLevel === 3 ? "any" : "successful";
      return t("missing.projects", { more, kind, minLevel: m.minLevel, have: m.have, need: m.need });
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

/** One sentence saying where a field's level comes from; `field` is the field's name in the reader's language. */
export function sourceText(
  t: T,
  field: string,
  e: Pick<FieldEvaluation, "level" | "source" | "kpiLevel" | "examLevel">,
): string {
  switch (e.source) {
    case "kpi":
      return t(e.examLevel === e.kpiLevel ? "source.kpiSameExam" : "source.kpi", { field, level: e.level });
    case "exam":
      return e.kpiLevel > 0
        ? t("source.examWithKpi", { field, level: e.level, kpiLevel: e.kpiLevel })
        : t("source.exam", { field, level: e.level });
    case "none":
      return t("source.none", { field });
  }
}
