// What a view may promise about a field's path (docs/evaluation.md#5-the-path-to-the-next-level): the engine's path is
// for max(kpiLevel + 1, 3), which an exam can already give (level 3 by AP: the path is "to level 3"). The member page,
// its field standings and the member's dashboard say it through these functions, so none of them promises a level the
// member already holds. Pure: the engine's results in, plain data out (the words: ./sentences.ts).
import { MAX_LEVEL, type Field } from "@/lib/itss/fields";
import type { FieldEvaluation, Missing, MissingCode } from "@/lib/itss/types";

/**
 * Whether reaching the path's level raises the official level. The one-step list of /gaps keeps only such rows: its
 * SQL twin is `next_level > level` in lib/db/queries/gaps.ts.
 */
export function raisesOfficialLevel(level: number, pathLevel: number | null | undefined): boolean {
  return pathLevel != null && pathLevel > level;
}

/** What the path's heading promises. */
export type PathPromise =
  /** "Path to level N": N is above the official level */
  | { kind: "path"; level: number }
  /** the exam already gives the path's level: its achievements are the first step toward the level above */
  | { kind: "heldByExam"; held: number; pathLevel: number; toward: number }
  /** nothing above: the field's top level is reached (by achievement indicators) */
  | { kind: "top"; max: number };

export function pathPromise(field: Field, e: Pick<FieldEvaluation, "level" | "next">): PathPromise {
  const max = MAX_LEVEL[field];
  if (!e.next) return { kind: "top", max };
  if (raisesOfficialLevel(e.level, e.next.level)) return { kind: "path", level: e.next.level };
  // Only an exam gives a level the path has not reached (kpiLevel < path level ≤ exam level): level 3 by exam.
  const toward = e.level + 1;
  return toward > max ? { kind: "top", max } : { kind: "heldByExam", held: e.level, pathLevel: e.next.level, toward };
}

/** The requirements of level N by the achievement indicators, in the engine's order. */
export function requirementsOf(level: number): MissingCode[] {
  return level >= 4
    ? ["projects", "key_project", "specialty", "succession", "develops_subordinates"]
    : ["projects", "specialty"];
}

/** One line of the path's checklist. */
export type PathRow =
  /** unmet; `submitted` of the items it lacks are in records waiting for review (projects, succession kinds) */
  | { code: MissingCode; state: "missing"; missing: Missing; submitted: number }
  /** unmet by approved records, met once the submitted ones are approved */
  | { code: MissingCode; state: "submitted"; missing: Missing }
  | { code: MissingCode; state: "met" };

const lacking = (m: Missing | undefined): number =>
  m && (m.code === "projects" || m.code === "succession") ? Math.max(m.need - m.have, 0) : 0;

/**
 * The checklist of the official path: what is missing (first), what the submitted records meet, what is met.
 * `withSubmitted` is the same level's missing list on the provisional evidence (lib/evaluation/path.ts).
 */
export function pathRows(
  next: NonNullable<FieldEvaluation["next"]>,
  withSubmitted: readonly Missing[] | null,
): PathRow[] {
  const stillMissing = new Map((withSubmitted ?? next.missing).map((m) => [m.code, m]));
  const missing: PathRow[] = [];
  const submitted: PathRow[] = [];
  for (const m of next.missing) {
    const after = stillMissing.get(m.code);
    if (after)
      missing.push({ code: m.code, state: "missing", missing: m, submitted: Math.max(lacking(m) - lacking(after), 0) });
    else submitted.push({ code: m.code, state: "submitted", missing: m });
  }
  const open = new Set(next.missing.map((m) => m.code));
  const met: PathRow[] = requirementsOf(next.level)
    .filter((c) => !open.has(c))
    .map((code) => ({ code, state: "met" }));
  return [...missing, ...submitted, ...met];
}
