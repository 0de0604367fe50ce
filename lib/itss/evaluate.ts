// The evaluation rules of docs/evaluation.md: project, KPI, exam, skill and next level — pure, no I/O.
import { MAX_LEVEL, SPECIALTY_AREAS, skillItemsOf, type Field, type SkillItem } from "./fields";
import { COMPLEXITY_OF, SUCCESSION_KINDS, type Exam, type ProjectRole } from "./record-options";
import { successionRequired } from "./catalog";
import type {
  Evaluation, Evidence, FieldEvaluation, LevelSource, Missing, ProfessionalEvidence, ProjectEvidence, SkillRating,
} from "./types";
import { timed } from "./timing";

/** The highest level any field defines; sizes of the per-level count arrays are this + 1. */
const TOP = 6;

/** Base size level of a hardware/software service scope. */
export const SCOPE_BASE = { specific_users: 3, wide_area_team: 4, wide_area_users: 5 } as const;

/** R(N): completed (and for N ≥ 4 successful) projects needed for level N. */
export function requiredProjects(level: number): number {
  return level <= 3 ? 1 : level === 4 ? 2 : 3;
}

// S(N), the distinct expertise-succession kinds level N requires, is the catalog's successionRequired: the number the
// achievement indicators state, read from the standard's data rather than restated here.

// ---- precomputed lookups (built once at module load) ----

/** Per field: complexity criterion → bit, so distinct criteria of the field are a popcount. */
const CRITERION_BIT: Record<Field, Map<string, number>> = {
  hardware: bits(COMPLEXITY_OF.hardware),
  software: bits(COMPLEXITY_OF.software),
  facility: bits(COMPLEXITY_OF.facility),
};

/** Succession kind → bit. */
const SUCCESSION_BIT: Map<string, number> = bits(SUCCESSION_KINDS);

/** Per field: specialty key → the highest level whose list names it (it then satisfies every level up to that). */
const SPECIALTY_TOP: Record<Field, Map<string, number>> = {
  hardware: specialtyTops("hardware"),
  software: specialtyTops("software"),
  facility: specialtyTops("facility"),
};

/** Per field: the 7 skill items in the standard's order. */
const SKILL_ITEMS: Record<Field, readonly SkillItem[]> = {
  hardware: skillItemsOf("hardware"),
  software: skillItemsOf("software"),
  facility: skillItemsOf("facility"),
};

const EXAM_LEVEL: Record<Exam, number> = {
  IP: 1, FE: 2, AP: 3, ST: 3, SA: 3, PM: 3, NW: 3, DB: 3, ES: 3, SM: 3, AU: 3, SC: 3,
};

function bits(keys: readonly string[]): Map<string, number> {
  return new Map(keys.map((k, i) => [k, 1 << i]));
}

function specialtyTops(field: Field): Map<string, number> {
  const tops = new Map<string, number>();
  for (const [lvl, keys] of Object.entries(SPECIALTY_AREAS[field] as Record<number, readonly string[]>)) {
    const n = Number(lvl);
    for (const k of keys) tops.set(k, Math.max(tops.get(k) ?? 0, n));
  }
  return tops;
}

function popcount(x: number): number {
  let n = 0;
  while (x) {
    x &= x - 1;
    n++;
  }
  return n;
}

function isField(f: unknown): f is Field {
  return f === "hardware" || f === "software" || f === "facility";
}

// ---- project level ----

/** Number of distinct complexity criteria of the project's own field that the project met. */
export function criteriaCount(project: Pick<ProjectEvidence, "field" | "complexity">): number {
  const table = CRITERION_BIT[project.field];
  if (!table) return 0;
  let mask = 0;
  for (const c of project.complexity) mask |= table.get(c) ?? 0;
  return popcount(mask);
}

/** Size level of a facility project (c = distinct criteria met, already known to be ≥ 2). */
function facilitySizeLevel(project: ProjectEvidence, c: number): number {
  const f = project.facility;
  if (!f) return 0;
  const base = c >= 3 ? 4 : 3; // as for scope "part"
  if (f.scope !== "whole") return base;
  const rooms = f.computerRoomSites || 0;
  const floor = f.floorSpaceM2 || 0;
  const net = f.networkSites || 0;
  const tier6 = rooms >= 5 || floor >= 5000 || net >= 300;
  const tier5 = (rooms >= 3 && rooms < 5) || (floor >= 2000 && floor < 5000) || (net >= 100 && net < 300);
  const tier4 = (rooms > 0 && rooms < 3) || (floor > 0 && floor < 2000) || (net > 0 && net < 100);
  if (tier6 || (c >= 3 && tier5)) return 6;
  if (tier5 || (c >= 3 && tier4)) return 5;
  if (tier4) return 4;
  return base;
}

/** Size level of a project: 0 when fewer than 2 distinct criteria of its field were met. */
export function sizeLevel(project: ProjectEvidence): number {
  const c = criteriaCount(project);
  if (c < 2) return 0;
  if (project.field === "facility") return facilitySizeLevel(project, c);
  const base = project.scope ? SCOPE_BASE[project.scope] ?? 0 : 0;
  if (!base) return 0;
  return Math.min(base + (c >= 4 ? 1 : 0), MAX_LEVEL[project.field]);
}

/** Highest project level a role can give: member 3, leader 4, responsible the field's highest level. */
export function roleCap(field: Field, role: ProjectRole): number {
  return role === "member" ? 3 : role === "leader" ? 4 : role === "responsible" ? MAX_LEVEL[field] : 0;
}

/** Project level = min(size level, role cap). */
export function projectLevel(project: ProjectEvidence): number {
  if (!isField(project.field)) return 0;
  return Math.min(sizeLevel(project), roleCap(project.field, project.role));
}

// ---- per-field facts ----

/** What the achievement indicators look at, per field, reduced to counts. */
export type FieldFacts = {
  /** completedByLevel[L] = completed projects (successful or not) of project level exactly L (L = 0..6). */
  completedByLevel: number[];
  /** successfulByLevel[L] = completed and successful projects of project level exactly L. */
  successfulByLevel: number[];
  /** The highest level whose specialty list names a held key of this field; 0 when none is held. */
  specialtyTop: number;
  /** Number of distinct expertise-succession kinds. */
  successionKinds: number;
  /** Number of mentoring records. */
  mentoring: number;
};

type ProjectTally = {
  completedByLevel: number[];
  successfulByLevel: number[];
  projects: { index: number; projectLevel: number }[];
};

function emptyTally(): ProjectTally {
  return { completedByLevel: [0, 0, 0, 0, 0, 0, 0], successfulByLevel: [0, 0, 0, 0, 0, 0, 0], projects: [] };
}

function tallyProject(t: ProjectTally, p: ProjectEvidence, index: number): void {
  const pl = projectLevel(p);
  t.projects.push({ index, projectLevel: pl });
  if (p.status === "completed") {
    t.completedByLevel[pl]++;
    if (p.successful === true) t.successfulByLevel[pl]++;
  }
}

function factsOf(field: Field, t: ProjectTally, evidence: Evidence): FieldFacts {
  const pro = evidence.professional?.[field];
  return {
    completedByLevel: t.completedByLevel,
    successfulByLevel: t.successfulByLevel,
    specialtyTop: specialtyTop(field, pro?.specialties),
    successionKinds: successionKinds(pro?.succession),
    mentoring: pro?.mentoring ?? 0,
  };
}

/** Facts of one field plus the per-project levels of that field's projects, in input order. */
export function fieldFacts(
  field: Field,
  evidence: Evidence,
): { facts: FieldFacts; projects: { index: number; projectLevel: number }[] } {
  const t = emptyTally();
  const list = evidence.projects;
  for (let i = 0; i < list.length; i++) if (list[i].field === field) tallyProject(t, list[i], i);
  return { facts: factsOf(field, t, evidence), projects: t.projects };
}

/** Highest level whose specialty list (for this field) names one of the keys; 0 when none. */
export function specialtyTop(field: Field, specialties: readonly string[] | undefined): number {
  if (!specialties) return 0;
  const tops = SPECIALTY_TOP[field];
  let top = 0;
  for (const k of specialties) {
    const t = tops.get(k);
    if (t !== undefined && t > top) top = t;
  }
  return top;
}

/** Number of distinct expertise-succession kinds among the achievements. */
export function successionKinds(succession: ProfessionalEvidence["succession"] | readonly string[] | undefined): number {
  if (!succession) return 0;
  let mask = 0;
  for (const k of succession) mask |= SUCCESSION_BIT.get(k) ?? 0;
  return popcount(mask);
}

function atLeast(byLevel: readonly number[], level: number): number {
  let n = 0;
  for (let l = Math.max(level, 0); l <= TOP; l++) n += byLevel[l];
  return n;
}

/**
 * What is missing for level N (N ≥ 3) by the achievement indicators, in the order of docs/evaluation.md (section 5):
 * projects, key_project, specialty, succession, develops_subordinates. Empty when level N holds.
 */
export function missingFor(field: Field, level: number, facts: FieldFacts): Missing[] {
  const missing: Missing[] = [];
  const n = Math.max(level, 3);
  if (n === 3) {
    const have = atLeast(facts.completedByLevel, 3);
    if (have < 1) missing.push({ code: "projects", need: 1, have, minLevel: 3 });
  } else {
    const need = requiredProjects(n);
    const have = atLeast(facts.successfulByLevel, n - 1);
    if (have < need) missing.push({ code: "projects", need, have, minLevel: n - 1 });
    if (atLeast(facts.successfulByLevel, n) < 1) missing.push({ code: "key_project", level: n });
  }
  if (facts.specialtyTop < n) missing.push({ code: "specialty", level: n });
  if (n >= 4) {
    const need = successionRequired(field, n);
    if (facts.successionKinds < need) missing.push({ code: "succession", need, have: facts.successionKinds });
    if (facts.mentoring < 1) missing.push({ code: "develops_subordinates" });
  }
  return missing;
}

/** Whether level N (N ≥ 3) holds by the achievement indicators (no allocation). */
export function kpiHolds(field: Field, level: number, facts: FieldFacts): boolean {
  if (level < 3 || level > MAX_LEVEL[field]) return false;
  if (facts.specialtyTop < level) return false;
  if (level === 3) return atLeast(facts.completedByLevel, 3) >= 1;
  return (
    atLeast(facts.successfulByLevel, level - 1) >= requiredProjects(level) &&
    atLeast(facts.successfulByLevel, level) >= 1 &&
    facts.successionKinds >= successionRequired(field, level) &&
    facts.mentoring >= 1
  );
}

/** kpiLevel: the highest N ≥ 3 that holds, 0 if none (the rules are monotone, so stop at the first miss). */
export function kpiLevel(field: Field, facts: FieldFacts): number {
  let level = 0;
  for (let n = 3; n <= MAX_LEVEL[field]; n++) {
    if (!kpiHolds(field, n, facts)) break;
    level = n;
  }
  return level;
}

/** Exam level: IP 1, FE 2, AP or any advanced exam 3; the highest passed; 0 when none. */
export function examLevel(exams: readonly Exam[] | undefined): number {
  if (!exams) return 0;
  let level = 0;
  for (const e of exams) {
    const l = EXAM_LEVEL[e] ?? 0;
    if (l > level) level = l;
  }
  return level;
}

/** Which evidence gave the level. */
export function levelSource(kpi: number, exam: number): LevelSource {
  if (kpi > 0 && kpi >= exam) return "kpi";
  if (exam > kpi) return "exam";
  return "none";
}

/**
 * The assessed skill level (a field evaluation's `skillLevel`): minimum over the field's 7 items of lead (else self)
 * assessment; null while any is unassessed.
 */
export function assessedSkillLevel(
  field: Field,
  skills: Partial<Record<SkillItem, SkillRating>> | undefined,
): number | null {
  if (!skills) return null;
  let min = Infinity;
  for (const item of SKILL_ITEMS[field]) {
    const r = skills[item];
    if (!r) return null;
    const v = r.lead ?? r.self;
    if (v === null || v === undefined) return null;
    if (v < min) min = v;
  }
  return min;
}

/** Next level = max(kpiLevel + 1, 3) with what is missing for it; null when the field has no such level. */
export function nextLevel(
  field: Field,
  kpi: number,
  facts: FieldFacts,
): { level: number; missing: Missing[] } | null {
  const level = Math.max(kpi + 1, 3);
  if (level > MAX_LEVEL[field]) return null;
  return { level, missing: missingFor(field, level, facts) };
}

function fieldEvaluation(field: Field, t: ProjectTally, evidence: Evidence, exam: number): FieldEvaluation {
  const facts = factsOf(field, t, evidence);
  const kpi = kpiLevel(field, facts);
  return {
    level: Math.max(kpi, exam),
    source: levelSource(kpi, exam),
    kpiLevel: kpi,
    examLevel: exam,
    skillLevel: assessedSkillLevel(field, evidence.skills?.[field]),
    projects: t.projects,
    next: nextLevel(field, kpi, facts),
  };
}

/** The evaluation of one field. */
export const evaluateField = timed(function evaluateField(field: Field, evidence: Evidence): FieldEvaluation {
  const t = emptyTally();
  const list = evidence.projects;
  for (let i = 0; i < list.length; i++) if (list[i].field === field) tallyProject(t, list[i], i);
  return fieldEvaluation(field, t, evidence, examLevel(evidence.exams));
});

/** The evaluation of one member's evidence: all three fields, always (one pass over the projects). */
export const evaluate = timed(function evaluate(evidence: Evidence): Evaluation {
  const hardware = emptyTally();
  const software = emptyTally();
  const facility = emptyTally();
  const list = evidence.projects;
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    const f = p.field;
    if (f === "hardware") tallyProject(hardware, p, i);
    else if (f === "software") tallyProject(software, p, i);
    else if (f === "facility") tallyProject(facility, p, i);
  }
  const exam = examLevel(evidence.exams);
  return {
    fields: {
      hardware: fieldEvaluation("hardware", hardware, evidence, exam),
      software: fieldEvaluation("software", software, evidence, exam),
      facility: fieldEvaluation("facility", facility, evidence, exam),
    },
  };
});
