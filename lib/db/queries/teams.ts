// Teams: the teams table (visible to the actor, filtered, sorted, paginated), one team with its leads, and the
// active teams an actor may pick from.
import { and, asc, count, eq, ilike, isNull, or, sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { likePattern } from "../like";
import { departments, members, teamLeads, teams, users } from "../schema";
import type { Actor } from "../actor";
import { order, type Page, type Paging } from "../paging";
import { qualified } from "../qualified";
import { departmentNameOrder, teamNameOrder } from "../natural";
import { visibleTeamsWhere } from "./org";
import type { Field } from "../../itss/fields";
import type { TeamParams } from "../../search-params/roster";
import type { ViewScope } from "./scope";

export type TeamRow = {
  id: number;
  name: string;
  field: Field | null;
  departmentId: number;
  departmentName: string;
  memberCount: number;
  leads: string[];
  archived: boolean;
  version: number;
};

export async function listTeamsTable(
  db: Db | Tx,
  actor: Actor,
  p: TeamParams,
  { paginate = true }: Paging = {},
): Promise<Page<TeamRow>> {
  const where = and(
    visibleTeamsWhere(actor),
    p.archived ? undefined : isNull(teams.archivedAt),
    p.q ? or(ilike(teams.name, likePattern(p.q)), ilike(departments.name, likePattern(p.q))) : undefined,
  );
  const memberCount = sql<number>`(select cast(count(*) as int) from ${members} where ${qualified(members.teamId)} = ${qualified(teams.id)} and ${qualified(members.archivedAt)} is null)`;
  const leads = sql<
    string[] | null
  >`(select array_agg(${qualified(users.name)} order by ${qualified(users.name)}) from ${teamLeads} join ${users} on ${qualified(users.id)} = ${qualified(teamLeads.userId)} where ${qualified(teamLeads.teamId)} = ${qualified(teams.id)})`;
  const sortCol = {
    name: teams.nameSortKey,
    department: departments.nameSortKey,
    field: teams.field,
    members: memberCount,
  }[p.sort];
  const rowsQuery = db
    .select({
      id: teams.id,
      name: teams.name,
      field: teams.field,
      departmentId: teams.departmentId,
      departmentName: departments.name,
      memberCount,
      leads,
      archivedAt: teams.archivedAt,
      version: teams.version,
    })
    .from(teams)
    .innerJoin(departments, eq(departments.id, teams.departmentId))
    .where(where)
    .orderBy(order(p.dir, sortCol), ...teamNameOrder(), asc(teams.id));
  const [rows, [{ n }]] = await Promise.all([
    paginate ? rowsQuery.limit(p.size).offset((p.page - 1) * p.size) : rowsQuery,
    db.select({ n: count() }).from(teams).innerJoin(departments, eq(departments.id, teams.departmentId)).where(where),
  ]);
  return {
    total: n,
    rows: rows.map(({ archivedAt, leads, ...r }) => ({
      ...r,
      memberCount: Number(r.memberCount),
      leads: leads ?? [],
      archived: archivedAt !== null,
    })),
  };
}

export type TeamDetail = {
  id: number;
  name: string;
  field: Field | null;
  assessmentIntervalMonths: number;
  departmentId: number;
  departmentName: string;
  archived: boolean;
  version: number;
  leads: { id: number; name: string; email: string }[];
};

/** One team with its department and leads (two queries), or null. */
export async function teamDetail(db: Db | Tx, teamId: number): Promise<TeamDetail | null> {
  const [[team], leads] = await Promise.all([
    db
      .select({
        id: teams.id,
        name: teams.name,
        field: teams.field,
        assessmentIntervalMonths: teams.assessmentIntervalMonths,
        departmentId: teams.departmentId,
        departmentName: departments.name,
        archivedAt: teams.archivedAt,
        version: teams.version,
      })
      .from(teams)
      .innerJoin(departments, eq(departments.id, teams.departmentId))
      .where(eq(teams.id, teamId))
      .limit(1),
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(teamLeads)
      .innerJoin(users, eq(users.id, teamLeads.userId))
      .where(eq(teamLeads.teamId, teamId))
      .orderBy(users.name),
  ]);
  if (!team) return null;
  const { archivedAt, ...rest } = team;
  return { ...rest, archived: archivedAt !== null, leads };
}

/** Active teams the actor may see, for "move to team" and "create member" pickers. */
export async function teamOptions(db: Db | Tx, actor: Actor, departmentId?: number) {
  return db
    .select({ id: teams.id, name: teams.name, departmentId: teams.departmentId, departmentName: departments.name })
    .from(teams)
    .innerJoin(departments, eq(departments.id, teams.departmentId))
    .where(
      and(
        isNull(teams.archivedAt),
        visibleTeamsWhere(actor),
        departmentId === undefined ? undefined : eq(teams.departmentId, departmentId),
      ),
    )
    .orderBy(...departmentNameOrder(), ...teamNameOrder(), asc(teams.id));
}

/**
 * The teams a scope picker offers: an administrator's are those of the department in view (none for the whole
 * organisation: they choose a department first, so the list stays one department long, not 500 teams); others see
 * every team they may view (a head's department, a lead's teams).
 */
export async function scopeTeamOptions(db: Db | Tx, actor: Actor, scope: ViewScope) {
  if (actor.role !== "admin") return teamOptions(db, actor);
  if (scope.kind !== "department" && scope.kind !== "team") return [];
  return teamOptions(db, actor, scope.departmentId);
}

/** A team's own field (null for a mixed team or no such team). */
export async function teamField(db: Db | Tx, teamId: number): Promise<Field | null> {
  const [t] = await db.select({ field: teams.field }).from(teams).where(eq(teams.id, teamId)).limit(1);
  return t?.field ?? null;
}

/** A team's place in the organisation (what the policy decides on), archived or not; null when there is no such team. */
export async function teamScope(db: Db | Tx, teamId: number): Promise<{ teamId: number; departmentId: number } | null> {
  const [t] = await db
    .select({ teamId: teams.id, departmentId: teams.departmentId })
    .from(teams)
    .where(eq(teams.id, teamId))
    .limit(1);
  return t ?? null;
}
