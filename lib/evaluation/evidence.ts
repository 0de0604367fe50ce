// Maps a member's stored records onto the engine's Evidence: which records count (official or provisional)
// and how rows become ProjectEvidence etc., and the one way stored records become an evaluation (evaluateRecords).
// Pure: rows in, Evidence and Evaluation out.
import type { Field, SkillItem } from "../itss/fields";
import type { SuccessionKind } from "../itss/record-options";
import { evaluate } from "../itss/evaluate";
import type { Evaluation, Evidence, ProfessionalEvidence } from "../itss/types";
import { projectEvidence, type AssessmentRow, type MemberRecords, type Reviewable } from "../db/member-records";

export type {
  AssessmentRow,
  ExamRow,
  MemberRecords,
  MentoringRow,
  ProjectRow,
  SpecialtyRow,
  SuccessionRow,
} from "../db/member-records";
export { projectEvidence };

export type EvidenceMode = "official" | "provisional";

/**
 * Which records count. Official: approved and not superseded. Provisional: also submitted ones, where a
 * submitted revision stands in for the approved record it revises.
 */
export function countingRecords<R extends Reviewable>(
  all: readonly R[],
  mode: EvidenceMode,
  ownUserId: number | null = null,
): R[] {
  // A record approved by the member's own account never counts, whenever the account was linked (docs/evaluation.md#6-which-records-count: nobody
  // approves their own records; linking such an account is refused, this covers data that predates the rule).
  // Nor does one its own author approved (four eyes: the review actions refuse it; this covers restored data).
  const rows = all.filter(
    (r) =>
      !(
        r.reviewState === "approved" &&
        ((ownUserId !== null && r.reviewedBy === ownUserId) || (r.createdBy != null && r.reviewedBy === r.createdBy))
      ),
  );
  if (mode === "official") return rows.filter((r) => r.reviewState === "approved" && !r.supersededAt);
  const revised = new Set(
    rows.filter((r) => r.reviewState === "submitted" && r.revisionOf !== null).map((r) => r.revisionOf),
  );
  return rows.filter(
    (r) => !r.supersededAt && (r.reviewState === "submitted" || (r.reviewState === "approved" && !revised.has(r.id))),
  );
}

/** The skill ratings as they count: a lead rating given by the member's own account is no lead rating. */
export function countingAssessments(records: Pick<MemberRecords, "assessments" | "ownUserId">): AssessmentRow[] {
  const own = records.ownUserId;
  return records.assessments.map((a) =>
    own !== null && a.leadLevel !== null && a.leadAssessorId === own ? { ...a, leadLevel: null } : a,
  );
}

/** The Evidence of one member; `projectIds[i]` is the record id of `evidence.projects[i]`. */
export function toEvidence(records: MemberRecords, mode: EvidenceMode): { evidence: Evidence; projectIds: number[] } {
  const own = records.ownUserId;
  const projects = countingRecords(records.projects, mode, own).sort((a, b) => a.id - b.id);
  const professional: Partial<Record<Field, ProfessionalEvidence>> = {};
  const pro = (field: Field) =>
    (professional[field] ??= { specialties: [], succession: [], mentoring: 0 }) as {
      specialties: string[];
      succession: SuccessionKind[];
      mentoring: number;
    };
  for (const s of countingRecords(records.specialties, mode, own)) pro(s.field).specialties.push(s.area);
  for (const s of countingRecords(records.successions, mode, own)) pro(s.field).succession.push(s.kind);
  for (const m of countingRecords(records.mentorings, mode, own)) pro(m.field).mentoring++;
  const skills: NonNullable<Evidence["skills"]> = {};
  for (const a of countingAssessments(records)) {
    const f = (skills[a.field] ??= {});
    f[a.item as SkillItem] = { self: a.selfLevel, lead: a.leadLevel };
  }
  return {
    evidence: {
      projects: projects.map(projectEvidence),
      professional,
      exams: countingRecords(records.exams, mode, own).map((e) => e.exam),
      skills,
    },
    projectIds: projects.map((p) => p.id),
  };
}

export type RecordsEvaluation = { evaluation: Evaluation; evidence: Evidence; projectIds: number[] };

/**
 * The evaluation of one member's stored records: the records that count in `mode`, as Evidence, run through the
 * engine. Every caller (the read model, the member page, the evaluation route, the exports) goes through here.
 */
export function evaluateRecords(records: MemberRecords, mode: EvidenceMode): RecordsEvaluation {
  const { evidence, projectIds } = toEvidence(records, mode);
  return { evaluation: evaluate(evidence), evidence, projectIds };
}
