// Everything the member page shows, in a constant number of queries: the member (with their team's skill targets),
// all their records, skill assessments, evaluation history, and the names of reviewers and assessors.
import { desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { qualified } from "../qualified";
import {
  certifications,
  departments,
  evaluationSnapshots,
  exams,
  members,
  mentorings,
  projects,
  skillAssessments,
  specialties,
  successions,
  targets,
  teams,
  users,
} from "../schema";

export type MemberHeader = {
  id: number;
  name: string;
  email: string | null;
  jobTitle: string | null;
  archived: boolean;
  version: number;
  /** The member's own account, if linked. */
  userId: number | null;
  teamId: number;
  teamName: string;
  teamField: "hardware" | "software" | "facility" | null;
  departmentId: number;
  departmentName: string;
  /** The team's skill targets (the highest required proficiency per field and item), for the skill chart. */
  skillTargets: SkillTarget[];
};
export type SkillTarget = { field: "hardware" | "software" | "facility"; item: string; minLevel: number };

// Aggregated in the header's query (as JSON text, which both drivers hand back unparsed): no extra round trip.
const teamSkillTargets = sql<string | null>`(
  select json_agg(json_build_object('field', t.field, 'item', t.item, 'minLevel', t.min_level) order by t.field, t.item)::text
  from (
    select ${qualified(targets.field)} as field, ${qualified(targets.skillItem)} as item, max(${qualified(targets.minLevel)}) as min_level
    from ${targets}
    where ${qualified(targets.teamId)} = ${qualified(teams.id)} and ${qualified(targets.kind)} = 'skill' and ${qualified(targets.skillItem)} is not null
    group by ${qualified(targets.field)}, ${qualified(targets.skillItem)}
  ) t
)`;

export async function memberHeader(db: Db, memberId: number): Promise<MemberHeader | null> {
  const [row] = await db
    .select({
      id: members.id,
      name: members.name,
      email: members.email,
      jobTitle: members.jobTitle,
      archivedAt: members.archivedAt,
      userId: members.userId,
      version: members.version,
      teamId: teams.id,
      teamName: teams.name,
      teamField: teams.field,
      departmentId: departments.id,
      departmentName: departments.name,
      skillTargets: teamSkillTargets,
    })
    .from(members)
    .innerJoin(teams, eq(teams.id, members.teamId))
    .innerJoin(departments, eq(departments.id, teams.departmentId))
    .where(eq(members.id, memberId))
    .limit(1);
  if (!row) return null;
  const { archivedAt, skillTargets, ...rest } = row;
  return {
    ...rest,
    archived: !!archivedAt,
    skillTargets: skillTargets ? (JSON.parse(skillTargets) as SkillTarget[]) : [],
  };
}

export type ProjectRecord = typeof projects.$inferSelect;
export type SpecialtyRecord = typeof specialties.$inferSelect;
export type SuccessionRecord = typeof successions.$inferSelect;
export type MentoringRecord = typeof mentorings.$inferSelect;
export type ExamRecord = typeof exams.$inferSelect;
export type CertificationRecord = typeof certifications.$inferSelect;
export type AssessmentRecord = typeof skillAssessments.$inferSelect;
export type SnapshotRecord = typeof evaluationSnapshots.$inferSelect;

export type MemberRecordSet = {
  projects: ProjectRecord[];
  specialties: SpecialtyRecord[];
  successions: SuccessionRecord[];
  mentorings: MentoringRecord[];
  exams: ExamRecord[];
  certifications: CertificationRecord[];
  assessments: AssessmentRecord[];
  snapshots: SnapshotRecord[];
  /** user id → name, for reviewers and lead assessors */
  userNames: Record<number, string>;
};

/** All of one member's records (every review state), oldest first; snapshots newest first. 9 queries. */
export async function memberRecordSet(db: Db, memberId: number): Promise<MemberRecordSet> {
  const [p, sp, su, me, ex, ce, sa, sn] = await Promise.all([
    db.select().from(projects).where(eq(projects.memberId, memberId)).orderBy(projects.id),
    db.select().from(specialties).where(eq(specialties.memberId, memberId)).orderBy(specialties.id),
    db.select().from(successions).where(eq(successions.memberId, memberId)).orderBy(successions.id),
    db.select().from(mentorings).where(eq(mentorings.memberId, memberId)).orderBy(mentorings.id),
    db.select().from(exams).where(eq(exams.memberId, memberId)).orderBy(exams.id),
    db.select().from(certifications).where(eq(certifications.memberId, memberId)).orderBy(certifications.id),
    db.select().from(skillAssessments).where(eq(skillAssessments.memberId, memberId)).orderBy(skillAssessments.id),
    db
      .select()
      .from(evaluationSnapshots)
      .where(eq(evaluationSnapshots.memberId, memberId))
      .orderBy(desc(evaluationSnapshots.takenAt), desc(evaluationSnapshots.id)),
  ]);
  const ids = new Set<number>();
  for (const r of [...p, ...sp, ...su, ...me, ...ex, ...ce]) if (r.reviewedBy) ids.add(r.reviewedBy);
  for (const a of sa) if (a.leadAssessorId) ids.add(a.leadAssessorId);
  const names = ids.size
    ? await db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(inArray(users.id, [...ids]))
    : [];
  return {
    projects: p,
    specialties: sp,
    successions: su,
    mentorings: me,
    exams: ex,
    certifications: ce,
    assessments: sa,
    snapshots: sn,
    userNames: Object.fromEntries(names.map((u) => [u.id, u.name])),
  };
}
