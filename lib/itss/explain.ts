// Plain English for evaluation results: one sentence per missing item and per level source.
import { FIELD_LABEL, type Field } from "./fields";
import type { FieldEvaluation, Missing } from "./types";

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/**
 * One sentence for a missing item of the path to the next level. A `projects` item is for level 3
 * when it asks for one project of level 3 (R(3) = 1); from level 4 on the projects must also be successful.
 */
export function describeMissing(field: Field, missing: Missing): string {
  switch (missing.code) {
    case "projects": {
      const more = Math.max(missing.need - missing.have, 0);
      const successful = !(missing.need === 1 && missing.minLevel === 3);
      return (
        `Complete ${more} more ${successful ? "successful " : ""}${plural(more, "project", "projects")} ` +
        `of level ${missing.minLevel} or higher (${missing.have} of ${missing.need})`
      );
    }
    case "key_project":
      return `At least one of those projects must reach level ${missing.level} (the key project)`;
    case "specialty":
      return `Hold a specialty area listed for level ${missing.level} or higher`;
    case "succession": {
      const more = Math.max(missing.need - missing.have, 0);
      return (
        `Show ${more} more distinct ${plural(more, "kind", "kinds")} of expertise succession ` +
        `(${missing.have} of ${missing.need})`
      );
    }
    case "develops_subordinates":
      return "Mentor at least one subordinate";
    default: {
      const never: never = missing;
      return `Unknown requirement for ${FIELD_LABEL[field]}: ${JSON.stringify(never)}`;
    }
  }
}

/** One sentence saying where a field's level comes from (achievement indicators, an ITEE exam, or nothing yet). */
export function describeSource(
  field: Field,
  evaluation: Pick<FieldEvaluation, "level" | "source" | "kpiLevel" | "examLevel">,
): string {
  const name = FIELD_LABEL[field];
  switch (evaluation.source) {
    case "kpi":
      return evaluation.examLevel === evaluation.kpiLevel
        ? `${name} level ${evaluation.level} by achievement indicators (an ITEE exam gives the same level)`
        : `${name} level ${evaluation.level} by achievement indicators`;
    case "exam":
      return evaluation.kpiLevel > 0
        ? `${name} level ${evaluation.level} by ITEE exam (achievement indicators give level ${evaluation.kpiLevel})`
        : `${name} level ${evaluation.level} by ITEE exam`;
    case "none":
      return `No ${name} level yet: no achievement indicators met and no ITEE exam passed`;
  }
}
