// Deterministic generator of realistic, valid member evidence (seeded PRNG) for seeds, benchmarks and tests.
import {
  COMPLEXITY_OF, EXAMS, FIELDS, MAX_LEVEL, PROJECT_ROLES, SCOPES, SUCCESSION_KINDS, skillItemsOf, specialtyKeysOf,
  type Field, type SkillItem,
} from "../lib/itss/ids";
import type { Evidence, ProfessionalEvidence, ProjectEvidence, SkillRating } from "../lib/itss/types";

/** mulberry32: a small, fast, seeded 32-bit PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
function sample<T>(rng: Rng, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rng() * copy.length), 1)[0]);
  return out;
}

function project(rng: Rng, field: Field): ProjectEvidence {
  const criteria = COMPLEXITY_OF[field];
  const role = pick(rng, PROJECT_ROLES);
  const status = rng() < 0.85 ? ("completed" as const) : ("ongoing" as const);
  const successful = rng() < 0.8;
  const complexity = sample(rng, criteria, int(rng, 1, criteria.length));
  // object literals of one shape each (as JSON.parse or a database row mapper would build them)
  if (field !== "facility") return { field, role, status, successful, complexity, scope: pick(rng, SCOPES) };
  const whole = rng() < 0.6;
  const facility = {
    scope: whole ? ("whole" as const) : ("part" as const),
    computerRoomSites: whole ? int(rng, 0, 6) : 0,
    floorSpaceM2: whole && rng() < 0.5 ? Math.round(rng() * 7000) : 0,
    networkSites: whole && rng() < 0.5 ? int(rng, 0, 400) : 0,
  };
  return { field, role, status, successful, complexity, facility };
}

/**
 * One member's evidence (valid by `parseEvidence`): 5–11 projects (8 on average, 70% in one main field),
 * professional contributions in each field (0–2 specialty areas, 0–4 succession achievements, mentoring
 * for half), 0–3 exams, and a self (and for half of them a lead) assessment of each of the 7 skill items
 * of every field (21 in all), about 3% of them unassessed.
 */
export function generateEvidence(seed: number): Evidence {
  const rng = mulberry32(seed);
  const main = pick(rng, FIELDS);
  const projects: ProjectEvidence[] = [];
  const n = int(rng, 5, 11);
  for (let i = 0; i < n; i++) projects.push(project(rng, rng() < 0.7 ? main : pick(rng, FIELDS)));

  const professional: Partial<Record<Field, ProfessionalEvidence>> = {};
  const skills: Partial<Record<Field, Partial<Record<SkillItem, SkillRating>>>> = {};
  for (const field of FIELDS) {
    professional[field] = {
      specialties: sample(rng, specialtyKeysOf(field), int(rng, 0, 2)),
      succession: Array.from({ length: int(rng, 0, 4) }, () => pick(rng, SUCCESSION_KINDS)),
      mentoring: rng() < 0.5 ? int(rng, 1, 3) : 0,
    };
    const ratings: Partial<Record<SkillItem, SkillRating>> = {};
    for (const item of skillItemsOf(field)) {
      const r = rng();
      ratings[item] = {
        self: r < 0.03 ? null : int(rng, 1, MAX_LEVEL[field]),
        lead: r < 0.5 ? int(rng, 1, MAX_LEVEL[field]) : null,
      };
    }
    skills[field] = ratings;
  }
  const exams = sample(rng, EXAMS, rng() < 0.3 ? 0 : int(rng, 1, 3));
  return { projects, professional, exams, skills };
}
