// The benchmark organisation's year of evaluation history, produced by the engine: each earlier snapshot is the
// evaluation of the member's evidence as it stood months before (some of today's projects, exams and contributions
// not there yet), so a snapshot never says what the rules rule out — levels 1–2 come only from exams
// (docs/evaluation.md), and "next" is the engine's own for that evidence.
import { evaluateField } from "../lib/itss/evaluate";
import type { Field } from "../lib/itss/fields";
import type { Evidence, FieldEvaluation } from "../lib/itss/types";
import type { Rng } from "./random";

export type EarlierSnapshot = { takenAt: Date; evaluation: FieldEvaluation; evidence: Evidence };

/** The evidence with one item of the field's (a project, an exam, a contribution) taken away; null when none is left. */
function withoutOne(evidence: Evidence, field: Field, rng: Rng): Evidence | null {
  const projects = evidence.projects.map((p, i) => ({ p, i })).filter(({ p }) => p.field === field);
  const exams = evidence.exams ?? [];
  const pro = evidence.professional?.[field];
  const options: (() => Evidence)[] = [];
  if (projects.length) {
    const { i } = rng.pick(projects);
    options.push(() => ({ ...evidence, projects: evidence.projects.filter((_, j) => j !== i) }));
  }
  if (exams.length) {
    const k = rng.int(0, exams.length - 1);
    options.push(() => ({ ...evidence, exams: exams.filter((_, j) => j !== k) }));
  }
  if (pro && (pro.specialties.length || pro.succession.length || pro.mentoring)) {
    const professional = (next: typeof pro) => ({
      ...evidence,
      professional: { ...evidence.professional, [field]: next },
    });
    if (pro.specialties.length) options.push(() => professional({ ...pro, specialties: pro.specialties.slice(1) }));
    if (pro.succession.length) options.push(() => professional({ ...pro, succession: pro.succession.slice(1) }));
    if (pro.mentoring) options.push(() => professional({ ...pro, mentoring: pro.mentoring - 1 }));
  }
  return options.length ? rng.pick(options)() : null;
}

/**
 * Up to three earlier snapshots of one field, newest first, each at most twelve months back and one to four months
 * before the next: the engine's evaluation of less and less of today's evidence, each one level change (strictly
 * lower than the one after it). `now` is the moment of today's snapshot.
 */
export function earlierSnapshots(evidence: Evidence, field: Field, now: Date, rng: Rng): EarlierSnapshot[] {
  const out: EarlierSnapshot[] = [];
  let current = evidence;
  let level = evaluateField(field, evidence).level;
  let monthsBack = 0;
  for (let back = 1; back <= 3 && level > 0; back++) {
    monthsBack += rng.int(1, 4);
    if (monthsBack > 12) break;
    if (!rng.chance(0.5)) continue;
    // Take away evidence until the level drops: the member's state before their latest step.
    let before: Evidence | null = current;
    let evaluation = evaluateField(field, current);
    while (before && evaluation.level >= level) {
      before = withoutOne(before, field, rng);
      if (before) evaluation = evaluateField(field, before);
    }
    if (!before) break;
    current = before;
    level = evaluation.level;
    const takenAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsBack, rng.int(1, 28)));
    out.push({ takenAt, evaluation, evidence: current });
  }
  return out;
}
