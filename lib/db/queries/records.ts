// Everything the member page shows, in a constant number of queries: the member (with their team's skill targets),
// all their records, skill assessments, evaluation history, and the names of reviewers and assessors; and one member
// with all their records for the read API.
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { qualified } from "../qualified";
import { readMemberRecords } from "./evidence";
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

/** One member (with their team and department) and every record of theirs, for the read API; null when unknown. */
export async function memberWithRecords(db: Db, memberId: number) {
  const [[member], stored] = await Promise.all([
    db
      .select({
        id: members.id,
        name: members.name,
        email: members.email,
        jobTitle: members.jobTitle,
        teamId: members.teamId,
        teamName: teams.name,
        departmentId: teams.departmentId,
        userId: members.userId,
        archivedAt: members.archivedAt,
        version: members.version,
      })
      .from(members)
      .innerJoin(teams, eq(teams.id, members.teamId))
      .where(eq(members.id, memberId)),
    readMemberRecords(db, [memberId]),
  ]);
  if (!member) return null;
  return { ...member, archived: !!member.archivedAt, records: stored.records.get(memberId)! };
}
