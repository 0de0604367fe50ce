// How a group of members stands against a target ("at least K members at level ≥ N", or with proficiency
// ≥ N in a skill item). Pure: evaluations and assessments in, counts out.
import type { Field, SkillItem } from "../itss/fields";
import type { Evaluation } from "../itss/types";

export type Target = {
  id: number;
  field: Field;
  kind: "level" | "skill";
  skillItem: string | null;
  minLevel: number;
  minCount: number;
};

/** A member's proficiency per field and skill item (the lead's rating where present, else the self-rating). */
export type Proficiency = Partial<Record<Field, Partial<Record<SkillItem, number>>>>;

export type TargetStatus = {
  target: Target;
  /** Members meeting it now. */
  have: number;
  /** Members one level short (candidates to close the gap). */
  oneAway: number;
  gap: number;
  met: boolean;
};

export function targetStatus(
  target: Target,
  members: readonly { evaluation: Evaluation; proficiency: Proficiency }[],
): TargetStatus {
  let have = 0;
  let oneAway = 0;
  for (const m of members) {
    const value =
      target.kind === "level"
        ? m.evaluation.fields[target.field].level
        : (m.proficiency[target.field]?.[target.skillItem as SkillItem] ?? 0);
    if (value >= target.minLevel) have++;
    else if (value === target.minLevel - 1) oneAway++;
  }
  const gap = Math.max(0, target.minCount - have);
  return { target, have, oneAway, gap, met: gap === 0 };
}

/** Level distribution of one field: counts[level] for levels 0..max. */
export function levelDistribution(evaluations: readonly Evaluation[], field: Field, max: number): number[] {
  const counts = new Array<number>(max + 1).fill(0);
  for (const e of evaluations) counts[Math.min(max, e.fields[field].level)]++;
  return counts;
}
