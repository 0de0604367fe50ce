// Assessment rounds' reads (docs/rounds.md): the rounds an actor may see, one round's progress (counted from its
// tasks), the members a new round covers, a member's open tasks and the ratings a quick update starts from.
import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { departments, members, roundTasks, rounds, skillAssessments, teams, users } from "../schema";
import type { Actor } from "../actor";
import type { Field } from "../../itss/fields";

export type RoundScopeKind = "team" | "department" | "organisation";

/** A round's target as stored, with the names of its team and department. */
export type RoundHead = {
  id: number;
  scope: RoundScopeKind;
  teamId: number | null;
  teamName: string | null;
  departmentId: number | null;
  departmentName: string | null;
  dueOn: string;
  message: string | null;
  startedByName: string | null;
  startedAt: Date;
  closedAt: Date | null;
};

export type RoundListRow = RoundHead & { done: number; total: number };

/**
 * The condition (on `rounds` left-joined with the round's `teams` row) limiting rounds to those the actor may read:
 * the same rule as the policy's canRunRound, as SQL. A head's department also owns its teams' rounds.
 */
export function visibleRoundsWhere(actor: Actor): SQL | undefined {
  if (actor.role === "admin") return undefined;
  if (actor.role === "head" && actor.departmentId !== null)
    return or(eq(rounds.departmentId, actor.departmentId), eq(teams.departmentId, actor.departmentId));
  if (actor.role === "lead" && actor.leadTeamIds.length)
    return and(eq(rounds.scope, "team"), inArray(rounds.teamId, [...actor.leadTeamIds]));
  return sql`false`;
}

const headColumns = {
  id: rounds.id,
  scope: rounds.scope,
  teamId: rounds.teamId,
  teamName: teams.name,
  departmentId: sql<number | null>`coalesce(${rounds.departmentId}, ${teams.departmentId})`,
  departmentName: departments.name,
  dueOn: rounds.dueOn,
  message: rounds.message,
  startedByName: users.name,
  startedAt: rounds.startedAt,
  closedAt: rounds.closedAt,
};

/** The rounds the actor may read, open ones first, then newest first; with done/total counted from the tasks. */
export async function listRounds(db: Db | Tx, actor: Actor, limit = 200): Promise<RoundListRow[]> {
  const progress = db
    .select({
      roundId: roundTasks.roundId,
      total: count().as("total"),
      done: sql<number>`count(${roundTasks.doneAt})::int`.as("done"),
    })
    .from(roundTasks)
    .groupBy(roundTasks.roundId)
    .as("progress");
  const rows = await db
    .select({ ...headColumns, done: progress.done, total: progress.total })
    .from(rounds)
    .leftJoin(teams, eq(teams.id, rounds.teamId))
    .leftJoin(departments, eq(departments.id, sql`coalesce(${rounds.departmentId}, ${teams.departmentId})`))
    .leftJoin(users, eq(users.id, rounds.startedBy))
    .leftJoin(progress, eq(progress.roundId, rounds.id))
    .where(visibleRoundsWhere(actor))
    .orderBy(sql`${rounds.closedAt} is not null`, desc(rounds.startedAt), desc(rounds.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, done: Number(r.done ?? 0), total: Number(r.total ?? 0) }));
}

/** One round's head, or null when there is no such round (the page then asks the policy with its target). */
export async function roundHead(db: Db | Tx, roundId: number): Promise<RoundHead | null> {
  const [row] = await db
    .select(headColumns)
    .from(rounds)
    .leftJoin(teams, eq(teams.id, rounds.teamId))
    .leftJoin(departments, eq(departments.id, sql`coalesce(${rounds.departmentId}, ${teams.departmentId})`))
    .leftJoin(users, eq(users.id, rounds.startedBy))
    .where(eq(rounds.id, roundId))
    .limit(1);
  return row ?? null;
}

export type TeamProgress = { teamId: number; teamName: string; done: number; total: number };
export type OpenTask = { memberId: number; memberName: string; teamId: number; teamName: string };
export type RoundProgress = { done: number; total: number; teams: TeamProgress[]; open: OpenTask[] };

/**
 * A round's progress, recounted from its tasks: done/total overall and per team (the member's team today), and every
 * member still open (the whole list: a round over the organisation may leave a thousand).
 */
export async function roundProgress(db: Db | Tx, roundId: number): Promise<RoundProgress> {
  const [perTeam, open] = await Promise.all([
    db
      .select({
        teamId: teams.id,
        teamName: teams.name,
        total: count(),
        done: sql<number>`count(${roundTasks.doneAt})::int`,
      })
      .from(roundTasks)
      .innerJoin(members, eq(members.id, roundTasks.memberId))
      .innerJoin(teams, eq(teams.id, members.teamId))
      .where(eq(roundTasks.roundId, roundId))
      .groupBy(teams.id, teams.name, teams.nameSortKey)
      .orderBy(asc(teams.nameSortKey), asc(teams.id)),
    db
      .select({ memberId: members.id, memberName: members.name, teamId: teams.id, teamName: teams.name })
      .from(roundTasks)
      .innerJoin(members, eq(members.id, roundTasks.memberId))
      .innerJoin(teams, eq(teams.id, members.teamId))
      .where(and(eq(roundTasks.roundId, roundId), isNull(roundTasks.doneAt)))
      .orderBy(asc(members.name), asc(members.id)),
  ]);
  const teamRows = perTeam.map((t) => ({ ...t, total: Number(t.total), done: Number(t.done) }));
  return {
    done: teamRows.reduce((n, t) => n + t.done, 0),
    total: teamRows.reduce((n, t) => n + t.total, 0),
    teams: teamRows,
    open,
  };
}

export type RoundTargetInput =
  { scope: "team"; teamId: number } | { scope: "department"; departmentId: number } | { scope: "organisation" };

/** The active members (not archived, in an active team) a new round over `target` gives a task, with their account. */
export async function membersInRoundScope(
  db: Db | Tx,
  target: RoundTargetInput,
): Promise<{ id: number; userId: number | null; field: Field | null }[]> {
  const where =
    target.scope === "team"
      ? eq(members.teamId, target.teamId)
      : target.scope === "department"
        ? eq(teams.departmentId, target.departmentId)
        : undefined;
  return db
    .select({ id: members.id, userId: members.userId, field: teams.field })
    .from(members)
    .innerJoin(teams, eq(teams.id, members.teamId))
    .where(and(isNull(members.archivedAt), isNull(teams.archivedAt), where))
    .orderBy(asc(members.id));
}

export type MemberRoundTask = { roundId: number; dueOn: string; message: string | null; field: Field | null };

/** A member's open round tasks (of rounds not closed), the soonest due first. */
export async function openRoundTasksOf(db: Db | Tx, memberId: number): Promise<MemberRoundTask[]> {
  return db
    .select({ roundId: rounds.id, dueOn: rounds.dueOn, message: rounds.message, field: teams.field })
    .from(roundTasks)
    .innerJoin(rounds, eq(rounds.id, roundTasks.roundId))
    .innerJoin(members, eq(members.id, roundTasks.memberId))
    .innerJoin(teams, eq(teams.id, members.teamId))
    .where(and(eq(roundTasks.memberId, memberId), isNull(roundTasks.doneAt), isNull(rounds.closedAt)))
    .orderBy(asc(rounds.dueOn), asc(rounds.id));
}

/** The teams and departments the start-a-round form offers (the policy decides on the chosen one again). */
export async function roundScopeOptions(db: Db | Tx, actor: Actor) {
  const teamWhere =
    actor.role === "admin"
      ? undefined
      : actor.role === "head" && actor.departmentId !== null
        ? eq(teams.departmentId, actor.departmentId)
        : actor.role === "lead" && actor.leadTeamIds.length
          ? inArray(teams.id, [...actor.leadTeamIds])
          : sql`false`;
  const departmentWhere =
    actor.role === "admin"
      ? undefined
      : actor.role === "head" && actor.departmentId !== null
        ? eq(departments.id, actor.departmentId)
        : sql`false`;
  const [teamRows, departmentRows] = await Promise.all([
    db
      .select({ id: teams.id, name: teams.name, departmentName: departments.name })
      .from(teams)
      .innerJoin(departments, eq(departments.id, teams.departmentId))
      .where(and(isNull(teams.archivedAt), teamWhere))
      .orderBy(asc(departments.nameSortKey), asc(teams.nameSortKey), asc(teams.id))
      .limit(1000),
    db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(departmentWhere)
      .orderBy(asc(departments.nameSortKey), asc(departments.id)),
  ]);
  return { teams: teamRows, departments: departmentRows, organisation: actor.role === "admin" };
}

/** A member's ratings in one field (the quick update's starting point), by item. */
export async function fieldRatings(db: Db | Tx, memberId: number, field: Field) {
  return db
    .select()
    .from(skillAssessments)
    .where(and(eq(skillAssessments.memberId, memberId), eq(skillAssessments.field, field)));
}
