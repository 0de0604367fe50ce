// Growth fit: what the planned project, completed successfully in its role, would do for a candidate's level
// ("completes level 4", "2nd of the 3 projects level 5 needs", "no change: …"). Runs the engine on one
// member's official evidence with the project added. Pure.
import { evaluateField, projectLevel } from "../itss/evaluate";
import { FIELD_LABEL, MAX_LEVEL, type Field } from "../itss/fields";
import type { Evidence, FieldEvaluation, Missing, ProjectEvidence } from "../itss/types";
import type { PlannedProject } from "./need";

export type GrowthFit = {
  kind: "completes" | "progress" | "none";
  sentence: string;
  /** Level by achievement indicators before and after. */
  kpiBefore: number;
  kpiAfter: number;
};

/** The planned project as the engine's evidence: completed and successful, in the need's field. */
export function plannedProjectEvidence(field: Field, p: PlannedProject): ProjectEvidence {
  const base = { field, role: p.role, status: "completed" as const, successful: true, complexity: [...p.complexity] };
  if (field === "facility") {
    return {
      ...base,
      facility: p.facility ?? { scope: "part", computerRoomSites: 0, floorSpaceM2: 0, networkSites: 0 },
    };
  }
  return p.scope ? { ...base, scope: p.scope } : base;
}

const ORDINAL = ["zeroth", "1st", "2nd", "3rd"];
const ordinal = (n: number) => ORDINAL[n] ?? `${n}th`;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** Short phrase for what a level still needs (the long form is lib/itss/explain.ts). */
export function shortMissing(m: Missing): string {
  switch (m.code) {
    case "projects": {
      const more = m.need - m.have;
      return `${more} more ${plural(more, "project", "projects")} of level ${m.minLevel}+`;
    }
    case "key_project":
      return `a key project of level ${m.level}`;
    case "specialty":
      return `a specialty area for level ${m.level}`;
    case "succession":
      return `${m.need - m.have} more succession ${plural(m.need - m.have, "kind", "kinds")} (${m.have} of ${m.need})`;
    case "develops_subordinates":
      return "mentoring a subordinate";
  }
}

function stillNeeds(level: number, missing: readonly Missing[]): string {
  return missing.length ? `; level ${level} still needs ${missing.map(shortMissing).join(", ")}` : "";
}

const projectsOf = (e: FieldEvaluation) =>
  e.next?.missing.find((m) => m.code === "projects") as Extract<Missing, { code: "projects" }> | undefined;
const keyOf = (e: FieldEvaluation) => e.next?.missing.some((m) => m.code === "key_project") ?? false;

/** What adding `project` (already completed and successful) to `evidence` does to the level in its field. */
export function growthFit(evidence: Evidence, project: ProjectEvidence): GrowthFit {
  const field = project.field;
  const before = evaluateField(field, evidence);
  const after = evaluateField(field, { ...evidence, projects: [...evidence.projects, project] });
  const pl = projectLevel(project);
  const fit = (kind: GrowthFit["kind"], sentence: string): GrowthFit => ({
    kind,
    sentence,
    kpiBefore: before.kpiLevel,
    kpiAfter: after.kpiLevel,
  });

  if (pl === 0) return fit("none", "No change: the project counts for no level.");
  if (after.kpiLevel > before.kpiLevel) {
    const byExam = before.examLevel >= after.kpiLevel ? ` (an ITEE exam already gives level ${before.examLevel})` : "";
    return fit("completes", `Completes level ${after.kpiLevel}${byExam}.`);
  }
  if (!before.next)
    return fit("none", `No change: already at ${FIELD_LABEL[field]}'s highest level (${MAX_LEVEL[field]}).`);

  const n = before.next.level;
  const rest = after.next?.missing ?? [];
  const pb = projectsOf(before);
  const pa = projectsOf(after);
  const parts: string[] = [];
  if (pb && (!pa || pa.have > pb.have)) {
    const have = pb.have + 1;
    parts.push(
      pb.need === 1 ? `The project level ${n} needs` : `${ordinal(have)} of the ${pb.need} projects level ${n} needs`,
    );
  }
  if (keyOf(before) && !keyOf(after))
    parts.push(parts.length ? `and its key project` : `The key project level ${n} needs`);
  if (parts.length) return fit("progress", `${parts.join(", ")}${stillNeeds(n, rest)}.`);

  const minCounting = n === 3 ? 3 : n - 1;
  if (pl < minCounting)
    return fit(
      "none",
      `No change: project level ${pl} does not count toward level ${n} (it needs projects of level ${minCounting} or higher).`,
    );
  return fit(
    "none",
    `No change: level ${n} has the projects it needs${stillNeeds(n, rest).replace(/^; level \d+ still needs/, "; it still needs")}.`,
  );
}
