// Reads behind the read API (/api/v1): members the actor may see, one member's records. Constant query counts.
import { and, asc, count, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import {
  certifications,
  exams,
  members,
  mentorings,
  projects,
  skillAssessments,
  specialties,
  successions,
  teams,
} from "../schema";
import type { Actor } from "../../auth/policy";
import { visibleMembersWhere } from "./members";
import { standingJoin, standingOf } from "./standing-columns";
import type { Field } from "../../itss/fields";
import type { LevelSource } from "../../itss/types";

export type ApiMemberLevel = { level: number; source: LevelSource; skillLevel: number | null };
export type ApiMemberRow = {
  id: number;
  name: string;
  teamId: number;
  teamName: string;
  archived: boolean;
  levels: Record<Field, ApiMemberLevel>;
};

const apiLevel = (level: number | null, source: string | null, skillLevel: number | null): ApiMemberLevel => ({
  level: level ?? 0,
  source: (source ?? "none") as LevelSource,
  skillLevel,
});

/**
 * A page of the members the actor may read, ordered by id, with their official level per field from the read model
 * (member_standings), and how many there are in all. Two queries.
 */
export async function listMembersForApi(
  db: Db,
  actor: Actor,
  page: { limit: number; offset: number },
): Promise<{ rows: ApiMemberRow[]; total: number }> {
  const where = visibleMembersWhere(actor);
  const [hw, sw, fm] = [standingOf.hardware, standingOf.software, standingOf.facility];
  const [rows, [{ n }]] = await Promise.all([
    db
      .select({
        id: members.id,
        name: members.name,
        teamId: members.teamId,
        teamName: teams.name,
        archivedAt: members.archivedAt,
        hwLevel: hw.level,
        hwSource: hw.source,
        hwSkill: hw.skillLevel,
        swLevel: sw.level,
        swSource: sw.source,
        swSkill: sw.skillLevel,
        fmLevel: fm.level,
        fmSource: fm.source,
        fmSkill: fm.skillLevel,
      })
      .from(members)
      .innerJoin(teams, eq(teams.id, members.teamId))
      .leftJoin(hw, standingJoin("hardware"))
      .leftJoin(sw, standingJoin("software"))
      .leftJoin(fm, standingJoin("facility"))
      .where(where)
      .orderBy(asc(members.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(members).innerJoin(teams, eq(teams.id, members.teamId)).where(where),
  ]);
  return {
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      teamId: r.teamId,
      teamName: r.teamName,
      archived: !!r.archivedAt,
      levels: {
        hardware: apiLevel(r.hwLevel, r.hwSource, r.hwSkill),
        software: apiLevel(r.swLevel, r.swSource, r.swSkill),
        facility: apiLevel(r.fmLevel, r.fmSource, r.fmSkill),
      },
    })),
    total: n,
  };
}

/** One member with every record kind, each ordered by id (review states included). Eight queries in parallel. */
export async function memberRecordsForApi(db: Db, memberId: number) {
  const [[member], p, sp, su, me, ex, ce, sa] = await Promise.all([
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
    db.select().from(projects).where(eq(projects.memberId, memberId)).orderBy(asc(projects.id)),
    db.select().from(specialties).where(eq(specialties.memberId, memberId)).orderBy(asc(specialties.id)),
    db.select().from(successions).where(eq(successions.memberId, memberId)).orderBy(asc(successions.id)),
    db.select().from(mentorings).where(eq(mentorings.memberId, memberId)).orderBy(asc(mentorings.id)),
    db.select().from(exams).where(eq(exams.memberId, memberId)).orderBy(asc(exams.id)),
    db.select().from(certifications).where(eq(certifications.memberId, memberId)).orderBy(asc(certifications.id)),
    db.select().from(skillAssessments).where(eq(skillAssessments.memberId, memberId)).orderBy(asc(skillAssessments.id)),
  ]);
  if (!member) return null;
  return {
    ...member,
    archived: !!member.archivedAt,
    records: {
      projects: p,
      specialties: sp,
      successions: su,
      mentorings: me,
      exams: ex,
      certifications: ce,
      assessments: sa,
    },
  };
}

/** Convenience for tests and callers that need the ids of visible members only. */
export async function visibleMemberIds(db: Db, actor: Actor, ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: members.id })
    .from(members)
    .innerJoin(teams, eq(teams.id, members.teamId))
    .where(and(inArray(members.id, ids), visibleMembersWhere(actor)));
  return rows.map((r) => r.id);
}
