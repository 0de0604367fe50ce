// The one definition of a gap, shared by the gap dashboard (/gaps: single points of failure, items nobody holds) and
// the heatmap's team × item summary (its flags). Pure; the SQL it implies is lib/db/queries/gaps.ts `heldSlots`.
//
// A team is checked on the field level and the 7 skill items of each field it serves: its own field, or every field
// for a mixed team (field null). Each such slot is judged at its critical level: the highest minimum level of the
// team's targets naming it (a level target for the field level, a skill target for an item), else
// DEFAULT_CRITICAL_LEVEL. A slot is a gap when fewer than GAP_BELOW active members hold it at that level (by what
// counts: lib/db/counting.ts): nobody, or a single point of failure. Teams without members have no gaps.
import type { Field } from "../itss/fields";

/** The level a slot is judged at where no target of the team names it. */
export const DEFAULT_CRITICAL_LEVEL = 4;

/** A slot is a gap when fewer members than this hold it. */
export const GAP_BELOW = 2;

/** Whether a team of field `teamField` (null: mixed) serves `field`, i.e. is checked on its items. */
export function servesField(teamField: Field | null, field: Field): boolean {
  return teamField === null || teamField === field;
}

/** The critical level of a slot from the minimum levels of the team's targets naming it. */
export function criticalLevel(namingTargetLevels: readonly number[]): number {
  return namingTargetLevels.length ? Math.max(...namingTargetLevels) : DEFAULT_CRITICAL_LEVEL;
}

/** Whether a slot with this many holders at its critical level is a gap (0: nobody holds it, 1: a single point of failure). */
export function isGap(holders: number): boolean {
  return holders < GAP_BELOW;
}
