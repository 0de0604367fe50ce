// A member's stored records as the evaluation reads them (the rows lib/db/queries/evidence.ts loads), and how a
// project row becomes the engine's ProjectEvidence. Pure types and one mapping, on the database's floor so that the
// queries (the review queue's project level) need not import lib/evaluation.
import type { Field } from "../itss/fields";
import type { Exam, SuccessionKind } from "../itss/record-options";
import { projectEvidenceOf } from "../itss/project-evidence";
import type { ProjectEvidence } from "../itss/types";
import type { ReviewState } from "./schema";

export type Reviewable = {
  id: number;
  reviewState: ReviewState;
  supersededAt: Date | null;
  revisionOf: number | null;
  reviewedBy: number | null;
  /** Who wrote it (null on rows older than the four-eyes rule). */
  createdBy?: number | null;
};

export type ProjectRow = Reviewable & {
  field: Field;
  role: ProjectEvidence["role"];
  status: ProjectEvidence["status"];
  successful: boolean;
  complexity: string[];
  scope: ProjectEvidence["scope"] | null;
  facilityScope: "part" | "whole" | null;
  computerRoomSites: number;
  floorSpaceM2: number;
  networkSites: number;
};
export type SpecialtyRow = Reviewable & { field: Field; area: string };
export type SuccessionRow = Reviewable & { field: Field; kind: SuccessionKind };
export type MentoringRow = Reviewable & { field: Field };
export type ExamRow = Reviewable & { exam: Exam };
export type AssessmentRow = {
  field: Field;
  item: string;
  selfLevel: number | null;
  leadLevel: number | null;
  leadAssessorId: number | null;
};

export type MemberRecords = {
  projects: ProjectRow[];
  specialties: SpecialtyRow[];
  successions: SuccessionRow[];
  mentorings: MentoringRow[];
  exams: ExamRow[];
  assessments: AssessmentRow[];
  /** The member's own account (members.user_id): what that account approved or rated for them never counts. */
  ownUserId: number | null;
};

/** A stored project row as the engine's ProjectEvidence (the one builder: lib/itss/project-evidence.ts). */
export function projectEvidence(p: ProjectRow): ProjectEvidence {
  return projectEvidenceOf({ ...p, facility: { ...p, scope: p.facilityScope } });
}
