// The live project level sentence the project form and the staffing need show while they are filled in (the engine,
// in the browser): the level, the message key (records.projectLevel.*) and its values; useProjectLevelText says it
// in the reader's language (sayProjectLevel on the server).
import { useTranslations } from "next-intl";
import { criteriaCount, projectLevel, roleCap, sizeLevel } from "@/lib/itss/evaluate";
import type { ProjectEvidence } from "@/lib/itss/types";

type Values = { level: number; size: number; cap: number; count: number; role: ProjectEvidence["role"] };
export type ProjectLevelSentence = {
  level: number;
  key: "tooFewCriteria" | "noSize" | "capped" | "counts";
  values: Partial<Values>;
};

export function projectLevelSentence(p: ProjectEvidence): ProjectLevelSentence {
  const c = criteriaCount(p);
  if (c < 2) return { level: 0, key: "tooFewCriteria", values: { count: c } };
  const size = sizeLevel(p);
  if (size === 0) return { level: 0, key: "noSize", values: {} };
  const cap = roleCap(p.field, p.role);
  const level = projectLevel(p);
  return {
    level,
    key: size > cap ? "capped" : "counts",
    values: { level, size, cap, count: c, role: p.role },
  };
}

/** The records messages a project level sentence is said with: a page's getTranslations("records") or a component's. */
type RecordsT = (
  key: `projectLevel.${ProjectLevelSentence["key"]}` | `roleWord.${ProjectEvidence["role"]}`,
  values?: Record<string, string | number>,
) => string;

/** A project level sentence in the reader's language (the role in words too). */
export function sayProjectLevel(t: RecordsT, live: ProjectLevelSentence): string {
  return t(`projectLevel.${live.key}`, {
    ...live.values,
    role: live.values.role ? t(`roleWord.${live.values.role}`) : "",
  });
}

/** sayProjectLevel for client components. */
export function useProjectLevelText(): (live: ProjectLevelSentence) => string {
  const t = useTranslations("records");
  return (live) => sayProjectLevel(t, live);
}
