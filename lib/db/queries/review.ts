// The review queue: submitted records of the members whose records the actor may review (the teams they lead, a
// head's department; everything for an admin), oldest first; a record the actor wrote is listed with canReview false
// (someone else reviews it). One query per record table, whatever the number of rows. Data only: the
// facts of each record (and the standard's own names for its area, kind or exam); the words around them are the
// component's (components/reviews/queue-text.ts).
import { and, asc, count, eq, exists, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { unionAll } from "drizzle-orm/pg-core";
import { qualified } from "../qualified";
import type { Db } from "../client";
import { certifications, exams, members, mentorings, projects, specialties, successions, teams } from "../schema";
import { RECORD_TABLES } from "../record-tables";
import { isRecordAuthor, type Actor } from "../actor";
import { projectEvidence } from "../member-records";
import { projectLevel } from "../../itss/evaluate";
import type { Field } from "../../itss/fields";
import {
  COMPLEXITY_OF,
  type Exam,
  type ProjectRole,
  type ProjectStatus,
  type SuccessionKind,
} from "../../itss/record-options";
import { complexityText, examLabel, scopeLabel, specialtyLabel, successionKindLabel } from "../../itss/catalog";
import type { ReviewFilter, ReviewKind } from "../../search-params/reviews";

/** What every queued record has: who, when, whether it revises an approved record. */
type QueueBase = {
  id: number;
  version: number;
  memberId: number;
  memberName: string;
  teamName: string;
  submittedAt: Date;
  isRevision: boolean;
  /** The record's field; null for exams and certifications, which count in every field. */
  field: Field | null;
  /** The level a project gives on its own (null for other records). */
  projectLevel: number | null;
  /** Whether the viewer may approve or reject it: not when they wrote it (another reviewer does). */
  canReview: boolean;
};

/** The facts the queue shows of each kind of record; ISO dates stay strings (calendar dates). */
export type QueueFacts =
  | {
      entity: "project";
      name: string;
      role: ProjectRole;
      status: ProjectStatus;
      successful: boolean;
      /** The complexity criteria the project claims, in the standard's words (catalog order). */
      criteria: string[];
      /** The size it claims: the standard's words for its service scope (or facility scope); null when not chosen. */
      sizeName: string | null;
      /** A Facility Management project's counted sizes; null for other fields. */
      facilitySizes: { computerRoomSites: number; floorSpaceM2: number; networkSites: number } | null;
      customer: string | null;
      startDate: string | null;
      endDate: string | null;
    }
  /** areaName: the standard's words for the area; null for a key the field's list does not name (never shown raw). */
  | { entity: "specialty"; area: string; areaName: string | null }
  | { entity: "succession"; title: string; kindName: string; achievedOn: string | null }
  | { entity: "mentoring"; mentee: string; fromDate: string | null; toDate: string | null }
  | { entity: "exam"; exam: Exam; examName: string; passedOn: string | null }
  | { entity: "certification"; name: string; issuer: string | null; expiresOn: string | null };

export type QueueItem = QueueBase & QueueFacts;

/** Members whose records the actor reviews, as a condition on members ⋈ teams; null when none. */
export function reviewableWhere(actor: Actor): SQL | undefined | null {
  const notOwn = actor.memberId !== null ? ne(members.id, actor.memberId) : undefined;
  if (actor.role === "admin") return and(notOwn, isNull(members.archivedAt));
  if (actor.role === "lead" && actor.leadTeamIds.length)
    return and(inArray(members.teamId, [...actor.leadTeamIds]), notOwn, isNull(members.archivedAt));
  if (actor.role === "head" && actor.departmentId !== null)
    return and(
      inArray(
        members.teamId,
        sql`(select ${qualified(teams.id)} from ${teams} where ${qualified(teams.departmentId)} = ${actor.departmentId})`,
      ),
      notOwn,
      isNull(members.archivedAt),
    );
  return null;
}

/**
 * How many records wait for the actor's review: the rows of reviewQueue the actor may approve (not those they wrote,
 * which the queue shows with who reviews them). One count per record table.
 */
export async function pendingReviewCount(db: Db, actor: Actor): Promise<number> {
  const where = reviewableWhere(actor);
  if (where === null) return 0;
  const counts = await Promise.all(
    Object.values(RECORD_TABLES).map((t) =>
      db
        .select({ n: count() })
        .from(t as typeof projects)
        .innerJoin(members, eq(members.id, (t as typeof projects).memberId))
        .where(
          and(
            eq((t as typeof projects).reviewState, "submitted"),
            where,
            sql`${(t as typeof projects).createdBy} is distinct from ${actor.userId}`,
          ),
        ),
    ),
  );
  return counts.reduce((sum, [{ n }]) => sum + n, 0);
}

/** The queue's filters and page (lib/search-params/reviews.ts); absent filters are no filter, no limit is every record. */
export type ReviewQuery = Partial<ReviewFilter> & { limit?: number; offset?: number };

type AnyRecordTable = typeof projects;
const FIELDLESS = new Set<ReviewKind>(["exam", "certification"]);

/**
 * The condition on one record table's submitted rows in the queue (joined to members), or null when the filter leaves
 * the table out: another kind, or a field filter on exams and certifications (they have no field).
 */
function queueWhere(actor: Actor, entity: ReviewKind, filter: ReviewQuery): SQL | undefined | null {
  const where = reviewableWhere(actor);
  if (where === null) return null;
  if (filter.kind && filter.kind !== entity) return null;
  if (filter.field && FIELDLESS.has(entity)) return null;
  const t = RECORD_TABLES[entity] as AnyRecordTable;
  return and(
    eq(t.reviewState, "submitted"),
    where,
    filter.teamId ? eq(members.teamId, filter.teamId) : undefined,
    filter.memberId ? eq(t.memberId, filter.memberId) : undefined,
    filter.field ? eq(t.field, filter.field) : undefined,
  );
}

const KINDS = Object.keys(RECORD_TABLES) as ReviewKind[];

/** How many records the queue holds under `filter` (the viewer's own included, as the queue lists them). */
export async function reviewQueueTotal(db: Db, actor: Actor, filter: Partial<ReviewFilter> = {}): Promise<number> {
  const counts = await Promise.all(
    KINDS.map((entity) => {
      const where = queueWhere(actor, entity, filter);
      if (where === null) return Promise.resolve([{ n: 0 }]);
      const t = RECORD_TABLES[entity] as AnyRecordTable;
      return db.select({ n: count() }).from(t).innerJoin(members, eq(members.id, t.memberId)).where(where);
    }),
  );
  return counts.reduce((sum, [{ n }]) => sum + n, 0);
}

/**
 * What the queue's filters offer: the teams whose records the actor reviews, and the members with a submitted record
 * in reach (within `teamId` when given), by name — at most 500 (a larger organisation narrows by team first).
 */
export async function reviewFilterOptions(
  db: Db,
  actor: Actor,
  teamId: number | null = null,
): Promise<{ teams: { id: number; name: string }[]; members: { id: number; name: string }[] }> {
  const where = reviewableWhere(actor);
  if (where === null) return { teams: [], members: [] };
  const pending = or(
    ...KINDS.map((entity) => {
      const t = RECORD_TABLES[entity] as AnyRecordTable;
      return exists(
        db
          .select({ one: sql`1` })
          .from(t)
          .where(and(eq(t.memberId, members.id), eq(t.reviewState, "submitted"))),
      );
    }),
  );
  const [teamRows, memberRows] = await Promise.all([
    db
      .selectDistinct({ id: teams.id, name: teams.name })
      .from(members)
      .innerJoin(teams, eq(teams.id, members.teamId))
      .where(and(where, isNull(teams.archivedAt)))
      .orderBy(asc(teams.name), asc(teams.id)),
    db
      .select({ id: members.id, name: members.name })
      .from(members)
      .where(and(where, pending, teamId ? eq(members.teamId, teamId) : undefined))
      .orderBy(asc(members.name), asc(members.id))
      .limit(500),
  ]);
  return { teams: teamRows, members: memberRows };
}

/**
 * The queue: submitted records in reach under `filter`, oldest first. With a limit, the page's records are picked in
 * one statement over every record table (ordered by submission, kind and id), then each table's rows of that page read.
 */
export async function reviewQueue(db: Db, actor: Actor, filter: ReviewQuery = {}): Promise<QueueItem[]> {
  if (reviewableWhere(actor) === null) return [];
  let page: Map<ReviewKind, number[]> | null = null;
  if (filter.limit !== undefined) {
    const parts = KINDS.flatMap((entity) => {
      const where = queueWhere(actor, entity, filter);
      if (where === null) return [];
      const t = RECORD_TABLES[entity] as AnyRecordTable;
      return [
        db
          .select({ entity: sql<ReviewKind>`${sql.raw(`'${entity}'`)}`.as("entity"), id: t.id, at: t.updatedAt })
          .from(t)
          .innerJoin(members, eq(members.id, t.memberId))
          .where(where),
      ];
    });
    if (parts.length === 0) return [];
    const [first, ...rest] = parts;
    const keys = await (rest.length ? unionAll(first, ...(rest as [typeof first])) : first)
      .orderBy(sql`3`, sql`1`, sql`2`)
      .limit(filter.limit)
      .offset(filter.offset ?? 0);
    page = new Map();
    for (const k of keys) page.set(k.entity, [...(page.get(k.entity) ?? []), k.id]);
  }
  const who = { memberName: members.name, teamName: teams.name, teamId: teams.id, departmentId: teams.departmentId };
  const none = Promise.resolve([] as never[]);
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
    entity: ReviewKind,
  ) => {
    const where = queueWhere(actor, entity, filter);
    const ids = page?.get(entity);
    if (where === null || (page && !ids)) return none;
    return db
      .select({ row: t as never, ...who })
      .from(t as typeof projects)
      .innerJoin(members, eq(members.id, (t as typeof projects).memberId))
      .innerJoin(teams, eq(teams.id, members.teamId))
      .where(and(where, ids ? inArray((t as typeof projects).id, ids) : undefined))
      .orderBy(asc((t as typeof projects).updatedAt));
  };
  const [p, sp, su, me, ex, ce] = await Promise.all([
    q(projects, "project"),
    q(specialties, "specialty"),
    q(successions, "succession"),
    q(mentorings, "mentoring"),
    q(exams, "exam"),
    q(certifications, "certification"),
  ]);
  const base = (
    r: {
      id: number;
      version: number;
      memberId: number;
      updatedAt: Date;
      revisionOf: number | null;
      createdBy: number | null;
    },
    w: { memberName: string; teamName: string; teamId: number; departmentId: number },
    field: Field | null,
  ): QueueBase => ({
    id: r.id,
    version: r.version,
    memberId: r.memberId,
    memberName: w.memberName,
    teamName: w.teamName,
    submittedAt: r.updatedAt,
    isRevision: r.revisionOf !== null,
    field,
    projectLevel: null,
    // The rows are those reviewableWhere lets the actor review (the policy's review right, in SQL); the four-eyes rule
    // on top is the policy's canReviewRecord's second half.
    canReview: !isRecordAuthor(actor, r),
  });
  const items: QueueItem[] = [
    ...p.map((w) => {
      const r = w.row as typeof projects.$inferSelect;
      return {
        ...base(r, w, r.field),
        projectLevel: projectLevel(projectEvidence(r)),
        entity: "project" as const,
        name: r.name,
        role: r.role,
        status: r.status,
        successful: r.successful,
        criteria: COMPLEXITY_OF[r.field].filter((c) => r.complexity.includes(c)).map((c) => complexityText(r.field, c)),
        sizeName:
          r.field === "facility" ? r.facilityScope && scopeLabel(r.facilityScope) : r.scope && scopeLabel(r.scope),
        facilitySizes:
          r.field === "facility"
            ? { computerRoomSites: r.computerRoomSites, floorSpaceM2: r.floorSpaceM2, networkSites: r.networkSites }
            : null,
        customer: r.customer,
        startDate: r.startDate,
        endDate: r.endDate,
      };
    }),
    ...sp.map((w) => {
      const r = w.row as typeof specialties.$inferSelect;
      const areaName = specialtyLabel(r.field, r.area);
      return { ...base(r, w, r.field), entity: "specialty" as const, area: r.area, areaName };
    }),
    ...su.map((w) => {
      const r = w.row as typeof successions.$inferSelect;
      const kindName = successionKindLabel(r.kind as SuccessionKind);
      return {
        ...base(r, w, r.field),
        entity: "succession" as const,
        title: r.title,
        kindName,
        achievedOn: r.achievedOn,
      };
    }),
    ...me.map((w) => {
      const r = w.row as typeof mentorings.$inferSelect;
      return {
        ...base(r, w, r.field),
        entity: "mentoring" as const,
        mentee: r.mentee,
        fromDate: r.fromDate,
        toDate: r.toDate,
      };
    }),
    ...ex.map((w) => {
      const r = w.row as typeof exams.$inferSelect;
      const exam = r.exam as Exam;
      return { ...base(r, w, null), entity: "exam" as const, exam, examName: examLabel(exam), passedOn: r.passedOn };
    }),
    ...ce.map((w) => {
      const r = w.row as typeof certifications.$inferSelect;
      return {
        ...base(r, w, null),
        entity: "certification" as const,
        name: r.name,
        issuer: r.issuer,
        expiresOn: r.expiresOn,
      };
    }),
  ];
  // The order of the page's statement: submission, then kind, then id.
  return items.sort(
    (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.entity.localeCompare(b.entity) || a.id - b.id,
  );
}
