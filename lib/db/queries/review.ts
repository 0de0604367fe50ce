// The review queue: submitted records of the members whose records the actor may review (the teams they lead;
// everything for an admin), oldest first. One query per record table, whatever the number of rows.
import { and, asc, count, eq, inArray, isNull, ne, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { certifications, exams, members, mentorings, projects, specialties, successions, teams } from "../schema";
import { RECORD_TABLES } from "../record-tables";
import type { Actor } from "../../auth/policy";
import { projectEvidence } from "../../evaluation/evidence";
import { projectLevel } from "../../itss/evaluate";
import { FIELD_LABEL, type Field } from "../../itss/fields";
import { type Exam, type SuccessionKind } from "../../itss/record-options";
import { examLabel, specialtyLabel, successionKindLabel } from "../../itss/catalog";
import type { RecordEntity } from "../../records/schemas";

export type QueueItem = {
  entity: RecordEntity;
  id: number;
  version: number;
  memberId: number;
  memberName: string;
  teamName: string;
  submittedAt: Date;
  isRevision: boolean;
  field: Field | null;
  title: string;
  details: string[];
  projectLevel: number | null;
};

/** Members whose records the actor reviews, as a condition on members ⋈ teams; null when none. */
export function reviewableWhere(actor: Actor): SQL | undefined | null {
  const notOwn = actor.memberId !== null ? ne(members.id, actor.memberId) : undefined;
  if (actor.role === "admin") return and(notOwn, isNull(members.archivedAt));
  if (actor.role === "lead" && actor.leadTeamIds.length)
    return and(inArray(members.teamId, [...actor.leadTeamIds]), notOwn, isNull(members.archivedAt));
  return null;
}

/** How many records wait in the actor's queue (the same rows as reviewQueue): one count per record table. */
export async function pendingReviewCount(db: Db, actor: Actor): Promise<number> {
  const where = reviewableWhere(actor);
  if (where === null) return 0;
  const counts = await Promise.all(
    Object.values(RECORD_TABLES).map((t) =>
      db
        .select({ n: count() })
        .from(t as typeof projects)
        .innerJoin(members, eq(members.id, (t as typeof projects).memberId))
        .where(and(eq((t as typeof projects).reviewState, "submitted"), where)),
    ),
  );
  return counts.reduce((sum, [{ n }]) => sum + n, 0);
}

export async function reviewQueue(db: Db, actor: Actor): Promise<QueueItem[]> {
  const where = reviewableWhere(actor);
  if (where === null) return [];
  const who = { memberName: members.name, teamName: teams.name };
  const q = <
    T extends
      | typeof projects
      | typeof specialties
      | typeof successions
      | typeof mentorings
      | typeof exams
      | typeof certifications,
  >(
    t: T,
  ) =>
    db
      .select({ row: t as never, ...who })
      .from(t as typeof projects)
      .innerJoin(members, eq(members.id, (t as typeof projects).memberId))
      .innerJoin(teams, eq(teams.id, members.teamId))
      .where(and(eq((t as typeof projects).reviewState, "submitted"), where))
      .orderBy(asc((t as typeof projects).updatedAt));
  const [p, sp, su, me, ex, ce] = await Promise.all([
    q(projects),
    q(specialties),
    q(successions),
    q(mentorings),
    q(exams),
    q(certifications),
  ]);
  const base = (
    entity: RecordEntity,
    r: { id: number; version: number; memberId: number; updatedAt: Date; revisionOf: number | null },
    w: { memberName: string; teamName: string },
  ) => ({
    entity,
    id: r.id,
    version: r.version,
    memberId: r.memberId,
    memberName: w.memberName,
    teamName: w.teamName,
    submittedAt: r.updatedAt,
    isRevision: r.revisionOf !== null,
  });
  const items: QueueItem[] = [];
  for (const w of p) {
    const r = w.row as typeof projects.$inferSelect;
    const level = projectLevel(projectEvidence(r));
    items.push({
      ...base("project", r, w),
      field: r.field,
      title: r.name,
      projectLevel: level,
      details: [
        `${FIELD_LABEL[r.field]} project, role ${r.role}, ${r.status}${r.status === "completed" ? (r.successful ? ", successful" : ", not successful") : ""}`,
        `${r.complexity.length} complexity criteria${r.customer ? ` · ${r.customer}` : ""}${r.startDate ? ` · ${r.startDate} – ${r.endDate ?? "…"}` : ""}`,
      ],
    });
  }
  for (const w of sp) {
    const r = w.row as typeof specialties.$inferSelect;
    items.push({
      ...base("specialty", r, w),
      field: r.field,
      title: `Specialty area: ${r.area}`,
      projectLevel: null,
      details: [specialtyLabel(r.field, r.area) ?? r.area],
    });
  }
  for (const w of su) {
    const r = w.row as typeof successions.$inferSelect;
    items.push({
      ...base("succession", r, w),
      field: r.field,
      title: r.title,
      projectLevel: null,
      details: [
        `Expertise succession: ${successionKindLabel(r.kind as SuccessionKind)}${r.achievedOn ? ` · ${r.achievedOn}` : ""}`,
      ],
    });
  }
  for (const w of me) {
    const r = w.row as typeof mentorings.$inferSelect;
    items.push({
      ...base("mentoring", r, w),
      field: r.field,
      title: `Mentoring ${r.mentee}`,
      projectLevel: null,
      details: [`${r.fromDate ?? "?"} – ${r.toDate ?? "ongoing"}`],
    });
  }
  for (const w of ex) {
    const r = w.row as typeof exams.$inferSelect;
    items.push({
      ...base("exam", r, w),
      field: null,
      title: `ITEE ${r.exam}: ${examLabel(r.exam as Exam)}`,
      projectLevel: null,
      details: [`Passed ${r.passedOn ?? "(no date)"}`],
    });
  }
  for (const w of ce) {
    const r = w.row as typeof certifications.$inferSelect;
    items.push({
      ...base("certification", r, w),
      field: null,
      title: r.name,
      projectLevel: null,
      details: [`${r.issuer || "Issuer not given"}${r.expiresOn ? ` · expires ${r.expiresOn}` : ""}`],
    });
  }
  return items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id - b.id);
}
