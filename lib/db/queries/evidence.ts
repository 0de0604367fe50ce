// Loads the records that feed the evaluation for many members at once: one query per record table.
import { inArray } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { exams, members, mentorings, projects, skillAssessments, specialties, successions } from "../schema";
import type { MemberRecords } from "../../evaluation/evidence";

const empty = (): MemberRecords => ({
  projects: [],
  specialties: [],
  successions: [],
  mentorings: [],
  exams: [],
  assessments: [],
  ownUserId: null,
});

export async function loadMemberRecords(
  db: Db | Tx,
  memberIds: readonly number[],
): Promise<Map<number, MemberRecords>> {
  const out = new Map<number, MemberRecords>();
  for (const id of memberIds) out.set(id, empty());
  if (memberIds.length === 0) return out;
  const ids = [...new Set(memberIds)];
  const [p, sp, su, me, ex, sa, own] = await Promise.all([
    db.select().from(projects).where(inArray(projects.memberId, ids)),
    db.select().from(specialties).where(inArray(specialties.memberId, ids)),
    db.select().from(successions).where(inArray(successions.memberId, ids)),
    db.select().from(mentorings).where(inArray(mentorings.memberId, ids)),
    db.select().from(exams).where(inArray(exams.memberId, ids)),
    db.select().from(skillAssessments).where(inArray(skillAssessments.memberId, ids)),
    db.select({ id: members.id, userId: members.userId }).from(members).where(inArray(members.id, ids)),
  ]);
  for (const m of own) out.get(m.id)!.ownUserId = m.userId;
  for (const r of p) out.get(r.memberId)!.projects.push(r);
  for (const r of sp) out.get(r.memberId)!.specialties.push(r);
  for (const r of su) out.get(r.memberId)!.successions.push(r);
  for (const r of me) out.get(r.memberId)!.mentorings.push(r);
  for (const r of ex) out.get(r.memberId)!.exams.push(r);
  for (const r of sa) out.get(r.memberId)!.assessments.push(r);
  return out;
}
