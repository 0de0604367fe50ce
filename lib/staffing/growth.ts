// Growth fit: what the planned project, completed successfully in its role, would do for a candidate's level
// ("completes level 4", "2nd of the 3 projects level 5 needs", "no change: …"). Runs the engine on one
// member's official evidence with the project added. Pure.
import { evaluateField, projectLevel } from "../itss/evaluate";
import { projectEvidenceOf } from "../itss/project-evidence";
import { MAX_LEVEL, type Field } from "../itss/fields";
import type { Evidence, FieldEvaluation, Missing, ProjectEvidence } from "../itss/types";
import type { PlannedProject } from "./need";

/** Why the fit is what it is, as data: the page words it per language (components/staffing/texts.ts). */
export type GrowthReason =
  | { code: "no_level" }
  | { code: "completes"; level: number; examLevel: number | null }
  | { code: "highest"; field: Field; max: number }
  | {
      code: "progress";
      level: number;
      /** The planned project is the `have`-th of the `need` projects the level needs (null: projects were not short). */
      projects: { have: number; need: number } | null;
      keyProject: boolean;
      stillNeeds: Missing[];
    }
  | { code: "does_not_count"; projectLevel: number; level: number; minLevel: number }
  | { code: "has_projects"; level: number; stillNeeds: Missing[] };

export type GrowthFit = {
  kind: "completes" | "progress" | "none";
  reason: GrowthReason;
  /** Level by achievement indicators before and after. */
  kpiBefore: number;
  kpiAfter: number;
};

/** The planned project as the engine's evidence: completed and successful, in the need's field. */
export function plannedProjectEvidence(field: Field, p: PlannedProject): ProjectEvidence {
  return projectEvidenceOf({ ...p, field, status: "completed", successful: true });
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
  const fit = (kind: GrowthFit["kind"], reason: GrowthReason): GrowthFit => ({
    kind,
    reason,
    kpiBefore: before.kpiLevel,
    kpiAfter: after.kpiLevel,
  });

  if (pl === 0) return fit("none", { code: "no_level" });
  if (after.kpiLevel > before.kpiLevel)
    return fit("completes", {
      code: "completes",
      level: after.kpiLevel,
      examLevel: before.examLevel >= after.kpiLevel ? before.examLevel : null,
    });
  if (!before.next) return fit("none", { code: "highest", field, max: MAX_LEVEL[field] });

  const n = before.next.level;
  const rest = after.next?.missing ?? [];
  const pb = projectsOf(before);
  const pa = projectsOf(after);
  // The planned project is counted among the projects the next level needs, or is its key project.
  const counted = pb && (!pa || pa.have > pb.have) ? { have: pb.have + 1, need: pb.need } : null;
  const key = keyOf(before) && !keyOf(after);
  if (counted || key)
    return fit("progress", { code: "progress", level: n, projects: counted, keyProject: key, stillNeeds: [...rest] });

  const minCounting = n === 3 ? 3 : n - 1;
  if (pl < minCounting)
    return fit("none", { code: "does_not_count", projectLevel: pl, level: n, minLevel: minCounting });
  return fit("none", { code: "has_projects", level: n, stillNeeds: [...rest] });
}
