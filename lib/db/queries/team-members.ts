// A team's roster: one page of its members with their levels (read model), and one member for the edit page.
// Takes parsed table params (lib/search-params/roster.ts); always two queries whatever the page size.
import { and, asc, count, eq, ilike, isNull, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { likePattern } from "../like";
import { qualified } from "../qualified";
import { memberCurrency, members, teams } from "../schema";
import { order, type Page, type Paging } from "../paging";
import { standingJoin, standingOf } from "./standing-columns";
import type { Field } from "../../itss/fields";
import type { DueStatus } from "../../itss/currency";
import type { TeamMemberParams } from "../../search-params/roster";

/** A member's standing in one field as the roster shows it (0 / null when the member has none yet). */
export type RosterLevel = { level: number; skillLevel: number | null; provisionalLevel: number };

export type TeamMemberRow = {
  id: number;
  name: string;
  email: string | null;
  jobTitle: string | null;
  userId: number | null;
  hasAccount: boolean;
  archived: boolean;
  version: number;
  /** Official level, skill level and provisional level per field, read from member_standings. */
  levels: Record<Field, RosterLevel>;
  /** From member_currency: the oldest of the member's fields' last assessed dates (null: a field never rated, or
   * none assessed), the worst status and the day it became due (null when current). */
  lastAssessedOn: string | null;
  due: DueStatus | null;
  dueSince: string | null;
};

/** A member without a standing row yet (none is expected: the write path and the backfill create them) shows 0. */
const rosterLevel = (
  level: number | null,
  skillLevel: number | null,
  provisionalLevel: number | null,
): RosterLevel => ({ level: level ?? 0, skillLevel, provisionalLevel: provisionalLevel ?? 0 });

/** A page of a team's members with their levels: two queries (rows with levels joined, and the count). */
export async function listTeamMembers(
  db: Db | Tx,
  teamId: number,
  p: TeamMemberParams,
  { paginate = true }: Paging = {},
): Promise<Page<TeamMemberRow>> {
  const where = and(
    eq(members.teamId, teamId),
    p.archived ? undefined : isNull(members.archivedAt),
    p.q
      ? or(
          ilike(members.name, likePattern(p.q)),
          ilike(members.jobTitle, likePattern(p.q)),
          ilike(members.email, likePattern(p.q)),
        )
      : undefined,
  );
  const levelOf = (f: Field) => sql<number>`coalesce(${standingOf[f].level}, 0)`;
  // The team's members' currency, one row per member (a mixed team's member may be assessed in several fields).
  const currency = db
    .select({
      memberId: memberCurrency.memberId,
      lastAssessedOn: sql<string | null>`case when bool_or(${memberCurrency.lastAssessedOn} is null) then null
        else min(${memberCurrency.lastAssessedOn}) end`.as("last_assessed_on"),
      worst: sql<number>`max(case ${memberCurrency.status} when 'overdue' then 2 when 'due' then 1 else 0 end)`.as(
        "worst",
      ),
      dueSince: sql<
        string | null
      >`min(${memberCurrency.dueFrom}) filter (where ${memberCurrency.status} <> 'current')`.as("due_since"),
    })
    .from(memberCurrency)
    .where(
      sql`${qualified(memberCurrency.memberId)} in (select ${qualified(members.id)} from ${members} where ${qualified(members.teamId)} = ${teamId})`,
    )
    .groupBy(memberCurrency.memberId)
    .as("currency");
  const sortCol = {
    name: members.name,
    jobTitle: members.jobTitle,
    account: sql`(${members.userId} is not null)`,
    status: sql`(${members.archivedAt} is not null)`,
    level_hardware: levelOf("hardware"),
    level_software: levelOf("software"),
    level_facility: levelOf("facility"),
    // Never assessed sorts as the oldest; a member assessed in no field after every dated one.
    lastAssessed: sql`case when ${currency.memberId} is null then 'infinity'::date
      else coalesce(${currency.lastAssessedOn}, '-infinity'::date) end`,
  }[p.sort];
  const rowsQuery = db
    .select({
      id: members.id,
      name: members.name,
      email: members.email,
      jobTitle: members.jobTitle,
      userId: members.userId,
      archivedAt: members.archivedAt,
      version: members.version,
      hwLevel: standingOf.hardware.level,
      hwSkill: standingOf.hardware.skillLevel,
      hwProvisional: standingOf.hardware.provisionalLevel,
      swLevel: standingOf.software.level,
      swSkill: standingOf.software.skillLevel,
      swProvisional: standingOf.software.provisionalLevel,
      fmLevel: standingOf.facility.level,
      fmSkill: standingOf.facility.skillLevel,
      fmProvisional: standingOf.facility.provisionalLevel,
      lastAssessedOn: currency.lastAssessedOn,
      worst: currency.worst,
      dueSince: currency.dueSince,
    })
    .from(members)
    .leftJoin(standingOf.hardware, standingJoin("hardware"))
    .leftJoin(standingOf.software, standingJoin("software"))
    .leftJoin(standingOf.facility, standingJoin("facility"))
    .leftJoin(currency, eq(currency.memberId, members.id))
    .where(where)
    .orderBy(order(p.dir, sortCol), asc(members.name), asc(members.id));
  const [rows, [{ n }]] = await Promise.all([
    paginate ? rowsQuery.limit(p.size).offset((p.page - 1) * p.size) : rowsQuery,
    db.select({ n: count() }).from(members).where(where),
  ]);
  return {
    total: n,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      email: r.email,
      jobTitle: r.jobTitle,
      userId: r.userId,
      hasAccount: r.userId !== null,
      archived: r.archivedAt !== null,
      version: r.version,
      levels: {
        hardware: rosterLevel(r.hwLevel, r.hwSkill, r.hwProvisional),
        software: rosterLevel(r.swLevel, r.swSkill, r.swProvisional),
        facility: rosterLevel(r.fmLevel, r.fmSkill, r.fmProvisional),
      },
      lastAssessedOn: r.lastAssessedOn,
      due: r.worst == null ? null : (["current", "due", "overdue"] as const)[r.worst],
      dueSince: r.dueSince,
    })),
  };
}

/** One member with team and department, for the edit page. */
export async function memberForEdit(db: Db | Tx, memberId: number) {
  const [r] = await db
    .select({
      id: members.id,
      name: members.name,
      email: members.email,
      jobTitle: members.jobTitle,
      userId: members.userId,
      teamId: members.teamId,
      teamName: teams.name,
      departmentId: teams.departmentId,
      archivedAt: members.archivedAt,
      version: members.version,
    })
    .from(members)
    .innerJoin(teams, eq(teams.id, members.teamId))
    .where(eq(members.id, memberId))
    .limit(1);
  if (!r) return null;
  const { archivedAt, ...rest } = r;
  return { ...rest, archived: archivedAt !== null };
}
