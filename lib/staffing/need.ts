// A staffing need (field, minimum level, skill items with minimum proficiency) and the planned project, as the
// planner's URL and the staffing API state them; checks that name the offending parameter. Pure: no I/O.
import { FIELD_LABEL, MAX_LEVEL, skillItemsOf, type Field, type SkillItem } from "../itss/fields";
import {
  COMPLEXITY_OF,
  type ComplexityCriterion,
  type FacilityScope,
  type ProjectRole,
  type Scope,
} from "../itss/record-options";

export type SkillRequirement = { item: SkillItem; minLevel: number };

export type StaffingNeed = {
  field: Field;
  /** The official level the field asks for; null = any level. */
  minLevel: number | null;
  /** At most one per item, in the standard's order. */
  skills: readonly SkillRequirement[];
};

/** The project the candidate would take on (its field is the need's field). */
export type PlannedProject = {
  role: ProjectRole;
  complexity: readonly ComplexityCriterion[];
  /** hardware and software */
  scope?: Scope;
  /** facility */
  facility?: { scope: FacilityScope; computerRoomSites: number; floorSpaceM2: number; networkSites: number };
};

/** Splits a comma list ("a,b", or several values joined) into its non-empty trimmed parts. */
export function splitList(raw: string | undefined): string[] {
  return (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Parses `skill=item:N,item:N` for a field. Returns the requirements in the standard's order, or one message
 * per problem, each naming the parameter.
 */
export function parseSkillList(
  field: Field,
  raw: string | undefined,
): { ok: true; skills: SkillRequirement[] } | { ok: false; errors: string[] } {
  const items = skillItemsOf(field);
  const max = MAX_LEVEL[field];
  const errors: string[] = [];
  const found = new Map<SkillItem, number>();
  for (const part of splitList(raw)) {
    const m = /^([a-z_]+):(\d{1,2})$/.exec(part);
    if (!m) {
      errors.push(`skill "${part}" must be item:level, e.g. technology:3`);
      continue;
    }
    const item = m[1] as SkillItem;
    const level = Number(m[2]);
    if (!items.includes(item))
      errors.push(`skill "${m[1]}" is not a skill item of ${FIELD_LABEL[field]} (one of ${items.join(", ")})`);
    else if (level < 1 || level > max)
      errors.push(`skill ${item} must ask for a level from 1 to ${max} for ${FIELD_LABEL[field]}`);
    else if (found.has(item)) errors.push(`skill ${item} is given twice`);
    else found.set(item, level);
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, skills: items.filter((i) => found.has(i)).map((item) => ({ item, minLevel: found.get(item)! })) };
}

/** `minLevel` checked against the field's highest level; a message naming it, or null. */
export function minLevelError(field: Field, minLevel: number | undefined): string | null {
  if (minLevel === undefined) return null;
  const max = MAX_LEVEL[field];
  return minLevel > max ? `minLevel must be from 1 to ${max} for ${FIELD_LABEL[field]}` : null;
}

/** `criteria=a,b` checked against the field's complexity criteria. */
export function parseCriteria(
  field: Field,
  raw: string | undefined,
): { ok: true; criteria: ComplexityCriterion[] } | { ok: false; errors: string[] } {
  const known = COMPLEXITY_OF[field];
  const parts = [...new Set(splitList(raw))];
  const bad = parts.filter((p) => !(known as readonly string[]).includes(p));
  if (bad.length)
    return {
      ok: false,
      errors: bad.map(
        (b) => `criteria "${b}" is not a complexity criterion of ${FIELD_LABEL[field]} (one of ${known.join(", ")})`,
      ),
    };
  return { ok: true, criteria: known.filter((c) => parts.includes(c)) };
}

/** The need written back as URL parameters (the canonical form the planner links with). */
export function needQuery(need: StaffingNeed): Record<string, string> {
  const q: Record<string, string> = { field: need.field };
  if (need.minLevel !== null) q.minLevel = String(need.minLevel);
  if (need.skills.length) q.skill = need.skills.map((s) => `${s.item}:${s.minLevel}`).join(",");
  return q;
}

/** The planned project as URL parameters. */
export function projectQuery(p: PlannedProject): Record<string, string> {
  const q: Record<string, string> = { role: p.role };
  if (p.complexity.length) q.criteria = p.complexity.join(",");
  if (p.scope) q.serviceScope = p.scope;
  if (p.facility) {
    q.facilityScope = p.facility.scope;
    if (p.facility.computerRoomSites) q.rooms = String(p.facility.computerRoomSites);
    if (p.facility.floorSpaceM2) q.floor = String(p.facility.floorSpaceM2);
    if (p.facility.networkSites) q.sites = String(p.facility.networkSites);
  }
  return q;
}
