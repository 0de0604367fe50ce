// Staffing candidates judged against a need and ranked: "qualified" (meets every requirement) before "close"
// (exactly one requirement short, by exactly one level), then the least busy, the highest level, by name and id.
// Pure; lib/db/queries/staffing.ts filters and orders the same way in SQL (its integration test holds them equal).
import type { SkillItem } from "../itss/fields";
import type { StaffingNeed } from "./need";

/** A proficiency and whether it counts (false: self-rated, not confirmed; lib/db/counting.ts decides and the
 * read says; absent counts). */
export type SkillValue = { level: number; source: "lead" | "self"; counts?: boolean };

/** What the planner knows of one member in the need's field (from the read model). */
export type CandidateFacts = {
  memberId: number;
  name: string;
  teamId: number;
  teamName: string;
  /** Official level in the need's field (0 = none). */
  level: number;
  /** Proficiency of the required items; missing or null = not assessed. */
  skills: Partial<Record<SkillItem, SkillValue | null>>;
  /** Ongoing projects (all fields, approved or submitted for review). */
  ongoing: number;
};

export type Requirement = { kind: "level"; need: number } | { kind: "skill"; item: SkillItem; need: number };

/** A requirement with what the member has (null = skill not assessed). */
export type Judged =
  | { kind: "level"; need: number; have: number }
  | {
      kind: "skill";
      item: SkillItem;
      need: number;
      have: number | null;
      source: "lead" | "self" | null;
      /** False for a self-rating that does not count: "self-rated, not confirmed". */
      counts: boolean;
    };

export type Match = "qualified" | "close";
export type Assessment = { match: Match; met: Judged[]; missing: Judged[] };
export type RankedCandidate = CandidateFacts & Assessment;

/** The need's requirements: the level first (when asked), then the skill items in the standard's order. */
export function requirementsOf(need: StaffingNeed): Requirement[] {
  const out: Requirement[] = [];
  if (need.minLevel !== null) out.push({ kind: "level", need: need.minLevel });
  for (const s of need.skills) out.push({ kind: "skill", item: s.item, need: s.minLevel });
  return out;
}

function judge(r: Requirement, c: CandidateFacts): Judged {
  if (r.kind === "level") return { kind: "level", need: r.need, have: c.level };
  const v = c.skills[r.item] ?? null;
  return {
    kind: "skill",
    item: r.item,
    need: r.need,
    have: v?.level ?? null,
    source: v?.source ?? null,
    counts: v?.counts ?? true,
  };
}

const counts = (j: Judged) => j.kind === "level" || j.counts;
/** How many levels short (a rating that does not count is at least one short); null when not assessed. */
const shortBy = (j: Judged) => (j.have === null ? null : Math.max(j.need - j.have, counts(j) ? 0 : 1));
const isMet = (j: Judged) => shortBy(j) === 0;

/**
 * Qualified when every requirement is met; close when exactly one is missed by exactly one level (an
 * unassessed skill is not "one level short": nobody knows; a self-rating that does not count is one short at best);
 * otherwise null (not a candidate).
 */
export function assess(need: StaffingNeed, c: CandidateFacts): Assessment | null {
  const judged = requirementsOf(need).map((r) => judge(r, c));
  const met = judged.filter(isMet);
  const missing = judged.filter((j) => !isMet(j));
  if (missing.length === 0) return { match: "qualified", met, missing };
  if (missing.length === 1 && shortBy(missing[0]) === 1) return { match: "close", met, missing };
  return null;
}

/** Code-unit order, the same as PostgreSQL's "C" collation for the names the app stores. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Qualified first; then fewer ongoing projects; then higher level; then name; then member id (total order). */
export function compareCandidates(a: RankedCandidate, b: RankedCandidate): number {
  if (a.match !== b.match) return a.match === "qualified" ? -1 : 1;
  return a.ongoing - b.ongoing || b.level - a.level || byCodeUnits(a.name, b.name) || a.memberId - b.memberId;
}

/** The candidates among `facts`, ranked. */
export function rankCandidates(need: StaffingNeed, facts: readonly CandidateFacts[]): RankedCandidate[] {
  const out: RankedCandidate[] = [];
  for (const c of facts) {
    const a = assess(need, c);
    if (a) out.push({ ...c, ...a });
  }
  return out.sort(compareCandidates);
}
