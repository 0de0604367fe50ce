// The live project level sentence the project form shows while it is filled in (the engine, in the browser):
// the level, the message key (records.projectLevel.*) and its values, for a component to say in the reader's
// language; `sentence` is the English wording (for callers not yet translated).
import { criteriaCount, projectLevel, roleCap, sizeLevel } from "@/lib/itss/evaluate";
import type { ProjectEvidence } from "@/lib/itss/types";

type Values = { level: number; size: number; cap: number; count: number; role: ProjectEvidence["role"] };
export type ProjectLevelSentence = {
  level: number;
  sentence: string;
  key: "tooFewCriteria" | "noSize" | "capped" | "counts";
  values: Partial<Values>;
};

export function projectLevelSentence(p: ProjectEvidence): ProjectLevelSentence {
  const c = criteriaCount(p);
  if (c < 2)
    return {
      level: 0,
      key: "tooFewCriteria",
      values: { count: c },
      sentence: `This project counts for no level yet: it meets ${c} complexity criteri${c === 1 ? "on" : "a"} and at least 2 are needed.`,
    };
  const size = sizeLevel(p);
  if (size === 0)
    return {
      level: 0,
      key: "noSize",
      values: {},
      sentence: "This project counts for no level yet: choose its size (scope).",
    };
  const cap = roleCap(p.field, p.role);
  const level = projectLevel(p);
  const why =
    size > cap
      ? `size ${size}, capped at ${cap} by the role ${p.role}`
      : `size ${size}, ${c} complexity criteria; the role ${p.role} allows up to ${cap}`;
  return {
    level,
    key: size > cap ? "capped" : "counts",
    values: { level, size, cap, count: c, role: p.role },
    sentence: `This project counts as level ${level} (${why}).`,
  };
}
