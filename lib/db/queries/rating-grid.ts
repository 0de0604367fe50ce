// The team rating grid's read (/teams/[id]/ratings): the team, and its active members with their ratings of one
// field's 7 skill items. Two queries whatever the team's size.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { members, skillAssessments, teams } from "../schema";
import type { Field } from "../../itss/fields";

export type RatingGridTeam = {
  id: number;
  name: string;
  departmentId: number;
  field: Field | null;
  assessmentIntervalMonths: number;
  archived: boolean;
};

/** One skill item's ratings of a member (null values: never rated). */
export type RatingGridCell = {
  item: string;
  leadLevel: number | null;
  leadAssessedOn: string | null;
  selfLevel: number | null;
  selfAssessedOn: string | null;
  /** The row's version; null when the member has no row for the item yet. */
  version: number | null;
};

export type RatingGridMember = { id: number; name: string; userId: number | null; cells: RatingGridCell[] };

/** The team (null when there is none). */
export async function ratingGridTeam(db: Db | Tx, teamId: number): Promise<RatingGridTeam | null> {
  const [t] = await db
    .select({
      id: teams.id,
      name: teams.name,
      departmentId: teams.departmentId,
      field: teams.field,
      assessmentIntervalMonths: teams.assessmentIntervalMonths,
      archivedAt: teams.archivedAt,
    })
    .from(teams)
    .where(eq(teams.id, teamId))
    .limit(1);
  if (!t) return null;
  const { archivedAt, ...rest } = t;
  return { ...rest, archived: archivedAt !== null };
}

/** The team's active members by name, each with their rows of `field` (one query: members left join ratings). */
export async function ratingGridMembers(db: Db | Tx, teamId: number, field: Field): Promise<RatingGridMember[]> {
  const rows = await db
    .select({
      id: members.id,
      name: members.name,
      userId: members.userId,
      item: skillAssessments.item,
      leadLevel: skillAssessments.leadLevel,
      leadAssessedOn: skillAssessments.leadAssessedOn,
      selfLevel: skillAssessments.selfLevel,
      selfAssessedOn: skillAssessments.selfAssessedOn,
      version: skillAssessments.version,
    })
    .from(members)
    .leftJoin(skillAssessments, and(eq(skillAssessments.memberId, members.id), eq(skillAssessments.field, field)))
    .where(and(eq(members.teamId, teamId), isNull(members.archivedAt)))
    .orderBy(asc(members.name), asc(members.id));
  const out: RatingGridMember[] = [];
  for (const r of rows) {
    let m = out[out.length - 1];
    if (!m || m.id !== r.id) {
      m = { id: r.id, name: r.name, userId: r.userId, cells: [] };
      out.push(m);
    }
    if (r.item !== null)
      m.cells.push({
        item: r.item,
        leadLevel: r.leadLevel,
        leadAssessedOn: r.leadAssessedOn,
        selfLevel: r.selfLevel,
        selfAssessedOn: r.selfAssessedOn,
        version: r.version,
      });
  }
  return out;
}
