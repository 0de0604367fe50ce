// Deterministic generator of realistic, valid member evidence (seeded PRNG) for seeds, benchmarks and tests.
import { FIELDS, MAX_LEVEL, skillItemsOf, specialtyKeysOf, type Field, type SkillItem } from "../lib/itss/fields";
import { COMPLEXITY_OF, EXAMS, PROJECT_ROLES, SCOPES, SUCCESSION_KINDS } from "../lib/itss/record-options";
import type { Evidence, ProfessionalEvidence, ProjectEvidence, SkillRating } from "../lib/itss/types";
import { createRng, type Rng } from "./random";

function project(rng: Rng, field: Field): ProjectEvidence {
  const criteria = COMPLEXITY_OF[field];
  const role = rng.pick(PROJECT_ROLES);
  const status = rng.next() < 0.85 ? ("completed" as const) : ("ongoing" as const);
  const successful = rng.next() < 0.8;
  const complexity = rng.sample(criteria, rng.int(1, criteria.length));
  // object literals of one shape each (as JSON.parse or a database row mapper would build them)
  if (field !== "facility") return { field, role, status, successful, complexity, scope: rng.pick(SCOPES) };
  const whole = rng.next() < 0.6;
  const facility = {
    scope: whole ? ("whole" as const) : ("part" as const),
    computerRoomSites: whole ? rng.int(0, 6) : 0,
    floorSpaceM2: whole && rng.next() < 0.5 ? Math.round(rng.next() * 7000) : 0,
    networkSites: whole && rng.next() < 0.5 ? rng.int(0, 400) : 0,
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
  const rng = createRng(seed);
  const main = rng.pick(FIELDS);
  const projects: ProjectEvidence[] = [];
  const n = rng.int(5, 11);
  for (let i = 0; i < n; i++) projects.push(project(rng, rng.next() < 0.7 ? main : rng.pick(FIELDS)));

  const professional: Partial<Record<Field, ProfessionalEvidence>> = {};
  const skills: Partial<Record<Field, Partial<Record<SkillItem, SkillRating>>>> = {};
  for (const field of FIELDS) {
    professional[field] = {
      specialties: rng.sample(specialtyKeysOf(field), rng.int(0, 2)),
      succession: Array.from({ length: rng.int(0, 4) }, () => rng.pick(SUCCESSION_KINDS)),
      mentoring: rng.next() < 0.5 ? rng.int(1, 3) : 0,
    };
    const ratings: Partial<Record<SkillItem, SkillRating>> = {};
    for (const item of skillItemsOf(field)) {
      const r = rng.next();
      ratings[item] = {
        self: r < 0.03 ? null : rng.int(1, MAX_LEVEL[field]),
        lead: r < 0.5 ? rng.int(1, MAX_LEVEL[field]) : null,
      };
    }
    skills[field] = ratings;
  }
  const exams = rng.sample(EXAMS, rng.next() < 0.3 ? 0 : rng.int(1, 3));
  return { projects, professional, exams, skills };
}
