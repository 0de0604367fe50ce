// The engine's results in words, in the reader's language: a missing item of the path to the next level, and where
// a field's level comes from (messages itss.missing.* and itss.source.*). Pure: pass any translator of "itss".
import type { useTranslations } from "next-intl";
import type { Field } from "@/lib/itss/fields";
import type { FieldEvaluation, Missing } from "@/lib/itss/types";

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
