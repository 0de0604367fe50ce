// Loads members' stored records, every kind in one query each, for any number of members: the one loader behind the
// evaluation (loadMemberRecords), the member page (memberRecordSet) and the read API (memberWithRecords).
import { asc, inArray } from "drizzle-orm";
import type { Db, Tx } from "../client";
import {
  certifications,
  exams,
  members,
  mentorings,
  projects,
  skillAssessments,
  specialties,
  successions,
} from "../schema";
import type { MemberRecords } from "../../evaluation/evidence";

/** Every stored record of one member, per kind, oldest first (all review states, superseded ones included). */
export type StoredRecords = {
  projects: (typeof projects.$inferSelect)[];
  specialties: (typeof specialties.$inferSelect)[];
  successions: (typeof successions.$inferSelect)[];
  mentorings: (typeof mentorings.$inferSelect)[];
  exams: (typeof exams.$inferSelect)[];
  certifications: (typeof certifications.$inferSelect)[];
  assessments: (typeof skillAssessments.$inferSelect)[];
};

const empty = (): StoredRecords => ({
  projects: [],
  specialties: [],
  successions: [],
  mentorings: [],
  exams: [],
  certifications: [],
  assessments: [],
});

/**
 * The stored records of the members, by member id (every id given has an entry). One query per record kind, in
 * parallel; certifications (which the evaluation does not read) only when asked for.
 */
export async function loadStoredRecords(
  db: Db | Tx,
  memberIds: readonly number[],
  { certifications: withCertifications = true }: { certifications?: boolean } = {},
): Promise<Map<number, StoredRecords>> {
  const out = new Map<number, StoredRecords>();
  for (const id of memberIds) out.set(id, empty());
  if (memberIds.length === 0) return out;
  const ids = [...new Set(memberIds)];
  const [p, sp, su, me, ex, ce, sa] = await Promise.all([
    db.select().from(projects).where(inArray(projects.memberId, ids)).orderBy(asc(projects.id)),
    db.select().from(specialties).where(inArray(specialties.memberId, ids)).orderBy(asc(specialties.id)),
    db.select().from(successions).where(inArray(successions.memberId, ids)).orderBy(asc(successions.id)),
    db.select().from(mentorings).where(inArray(mentorings.memberId, ids)).orderBy(asc(mentorings.id)),
    db.select().from(exams).where(inArray(exams.memberId, ids)).orderBy(asc(exams.id)),
    withCertifications
      ? db.select().from(certifications).where(inArray(certifications.memberId, ids)).orderBy(asc(certifications.id))
      : [],
    db.select().from(skillAssessments).where(inArray(skillAssessments.memberId, ids)).orderBy(asc(skillAssessments.id)),
  ]);
  for (const r of p) out.get(r.memberId)!.projects.push(r);
  for (const r of sp) out.get(r.memberId)!.specialties.push(r);
  for (const r of su) out.get(r.memberId)!.successions.push(r);
  for (const r of me) out.get(r.memberId)!.mentorings.push(r);
  for (const r of ex) out.get(r.memberId)!.exams.push(r);
  for (const r of ce) out.get(r.memberId)!.certifications.push(r);
  for (const r of sa) out.get(r.memberId)!.assessments.push(r);
  return out;
}

/** The records that feed the evaluation, with each member's own account (whose approvals never count). */
export async function loadMemberRecords(
  db: Db | Tx,
  memberIds: readonly number[],
): Promise<Map<number, MemberRecords>> {
  const ids = [...new Set(memberIds)];
  const [stored, own] = await Promise.all([
    loadStoredRecords(db, memberIds, { certifications: false }),
    ids.length
      ? db.select({ id: members.id, userId: members.userId }).from(members).where(inArray(members.id, ids))
      : [],
  ]);
  const ownUserId = new Map(own.map((m) => [m.id, m.userId]));
  const out = new Map<number, MemberRecords>();
  for (const [id, r] of stored) out.set(id, { ...r, ownUserId: ownUserId.get(id) ?? null });
  return out;
}
