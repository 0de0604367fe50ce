// The live project level sentence the project form shows while it is filled in (the engine, in the browser).
import { criteriaCount, projectLevel, roleCap, sizeLevel } from "@/lib/itss/evaluate";
import type { ProjectEvidence } from "@/lib/itss/types";

export function projectLevelSentence(p: ProjectEvidence): { level: number; sentence: string } {
  const c = criteriaCount(p);
  if (c < 2)
    return {
      level: 0,
      sentence: `This project counts for no level yet: it meets ${c} complexity criteri${c === 1 ? "on" : "a"} and at least 2 are needed.`,
    };
  const size = sizeLevel(p);
  if (size === 0) return { level: 0, sentence: "This project counts for no level yet: choose its size (scope)." };
  const cap = roleCap(p.field, p.role);
  const level = projectLevel(p);
  const why =
    size > cap
      ? `size ${size}, capped at ${cap} by the role ${p.role}`
      : `size ${size}, ${c} complexity criteria; the role ${p.role} allows up to ${cap}`;
  return { level, sentence: `This project counts as level ${level} (${why}).` };
}
