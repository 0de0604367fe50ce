// Roster reads for the table views (teams, a team's members, users): URL params parsed with zod, then
// one page of rows plus the total in a constant number of queries, always filtered to what the actor may see.
import { z } from "zod";
import { and, asc, count, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../client";
import { likePattern } from "../like";
import { departments, members, teamLeads, teams, users, ROLES, type Role } from "../schema";
import type { Actor } from "../../auth/policy";
import { visibleTeamsWhere } from "./org";
import { qualified } from "../qualified";
import { standingJoin, standingOf } from "./standing-columns";
import type { Field } from "../../itss/fields";

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** Next's searchParams: each key a string, an array (repeated key) or absent. */
export type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
/** A param that falls back to `fallback` when absent or invalid — the URL never crashes a page. */
const lenient = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  z.preprocess(first, schema.catch(fallback as never)) as unknown as z.ZodType<z.output<T>>;

function tableParamsSchema<S extends readonly [string, ...string[]]>(sorts: S, defaultSort: S[number]) {
  return z.object({
    q: lenient(z.string().trim().max(200), ""),
    sort: lenient(z.enum(sorts), defaultSort),
    dir: lenient(z.enum(["asc", "desc"]), "asc"),
    page: lenient(z.coerce.number().int().min(1).max(100_000), 1),
    size: lenient(
      z.coerce
        .number()
        .pipe(z.union(PAGE_SIZES.map((n) => z.literal(n)) as [z.ZodLiteral<25>, z.ZodLiteral<50>, z.ZodLiteral<100>])),
      25,
    ),
    archived: lenient(
      z.enum(["0", "1"]).transform((v) => v === "1"),
      false,
    ),
  });
}

/** `level_<field>`: the official level in that field (from member_standings), sorted in SQL. */
export const TEAM_MEMBER_SORTS = [
  "name",
  "jobTitle",
  "account",
  "level_hardware",
  "level_software",
  "level_facility",
  "status",
] as const;
export const TEAM_SORTS = ["name", "department", "field", "members"] as const;
export const USER_SORTS = ["name", "email", "role", "department", "status"] as const;

const teamMemberParams = tableParamsSchema(TEAM_MEMBER_SORTS, "name");
const teamParams = tableParamsSchema(TEAM_SORTS, "department");
const userParams = tableParamsSchema(USER_SORTS, "name").extend({
  role: lenient(z.enum(["", ...ROLES]), ""),
});

export type TableParams<S extends string> = {
  q: string;
  sort: S;
  dir: "asc" | "desc";
  page: number;
  size: PageSize;
  archived: boolean;
};
export type TeamMemberParams = TableParams<(typeof TEAM_MEMBER_SORTS)[number]>;
export type TeamParams = TableParams<(typeof TEAM_SORTS)[number]>;
export type UserParams = TableParams<(typeof USER_SORTS)[number]> & { role: Role | "" };

const asObject = (sp: unknown) => (sp && typeof sp === "object" ? sp : {});
export const parseTeamMemberParams = (sp: unknown): TeamMemberParams =>
  teamMemberParams.parse(asObject(sp)) as TeamMemberParams;
export const parseTeamParams = (sp: unknown): TeamParams => teamParams.parse(asObject(sp)) as TeamParams;
export const parseUserParams = (sp: unknown): UserParams => userParams.parse(asObject(sp)) as UserParams;

const order = (dir: "asc" | "desc", col: AnyPgColumn | SQL) => (dir === "asc" ? asc(col) : desc(col));

export type Page<T> = { rows: T[]; total: number };
/** `paginate: false` (CSV export): every matching row, same filters and order. */
type Paging = { paginate?: boolean };

// ---------- a team's members ----------

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
  const sortCol = {
    name: members.name,
    jobTitle: members.jobTitle,
    account: sql`(${members.userId} is not null)`,
    status: sql`(${members.archivedAt} is not null)`,
    level_hardware: levelOf("hardware"),
    level_software: levelOf("software"),
    level_facility: levelOf("facility"),
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
    })
    .from(members)
    .leftJoin(standingOf.hardware, standingJoin("hardware"))
    .leftJoin(standingOf.software, standingJoin("software"))
    .leftJoin(standingOf.facility, standingJoin("facility"))
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
    })),
  };
}

// ---------- teams ----------

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
  const sortCol = { name: teams.name, department: departments.name, field: teams.field, members: memberCount }[p.sort];
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
    .orderBy(order(p.dir, sortCol), asc(teams.name), asc(teams.id));
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

/** Users with role lead (active), for the lead picker; limited to one department when given. */
export async function leadCandidates(db: Db | Tx, departmentId?: number) {
  return db
    .select({ id: users.id, name: users.name, email: users.email, departmentId: users.departmentId })
    .from(users)
    .where(
      and(
        eq(users.role, "lead"),
        isNull(users.disabledAt),
        departmentId === undefined ? undefined : eq(users.departmentId, departmentId),
      ),
    )
    .orderBy(users.name);
}

/** Active teams the actor may see, for "move to team" and "create member" pickers. */
export async function teamOptions(db: Db | Tx, actor: Actor) {
  return db
    .select({ id: teams.id, name: teams.name, departmentId: teams.departmentId, departmentName: departments.name })
    .from(teams)
    .innerJoin(departments, eq(departments.id, teams.departmentId))
    .where(and(isNull(teams.archivedAt), visibleTeamsWhere(actor)))
    .orderBy(departments.name, teams.name);
}

/** Accounts a member may be linked to: active users of the department not yet linked to any member. */
export async function linkableUsers(db: Db | Tx, departmentId: number, keepUserId: number | null = null) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .leftJoin(members, eq(members.userId, users.id))
    .where(
      and(
        eq(users.departmentId, departmentId),
        isNull(users.disabledAt),
        keepUserId === null ? isNull(members.id) : or(isNull(members.id), eq(users.id, keepUserId)),
      ),
    )
    .orderBy(users.name);
}

// ---------- departments ----------

export type DepartmentRow = { id: number; name: string; version: number; teamCount: number; memberCount: number };

export async function listDepartments(db: Db | Tx, actor: Actor): Promise<DepartmentRow[]> {
  return db
    .select({
      id: departments.id,
      name: departments.name,
      version: departments.version,
      // Correlated subqueries: every column qualified (this query has no join, so drizzle would write bare names).
      teamCount: sql<number>`(select cast(count(*) as int) from ${teams} where ${qualified(teams.departmentId)} = ${qualified(departments.id)} and ${qualified(teams.archivedAt)} is null)`,
      memberCount: sql<number>`(select cast(count(*) as int) from ${members} join ${teams} on ${qualified(teams.id)} = ${qualified(members.teamId)} where ${qualified(teams.departmentId)} = ${qualified(departments.id)} and ${qualified(members.archivedAt)} is null)`,
    })
    .from(departments)
    .where(
      actor.role === "admin"
        ? undefined
        : actor.departmentId === null
          ? sql`false`
          : eq(departments.id, actor.departmentId),
    )
    .orderBy(departments.name);
}

// ---------- users ----------

export type UserRow = {
  id: number;
  email: string;
  name: string;
  role: Role;
  departmentId: number | null;
  departmentName: string | null;
  disabled: boolean;
  version: number;
};

/** All users (admin view). `archived` here means "include disabled accounts". */
export async function listUsers(db: Db | Tx, p: UserParams, { paginate = true }: Paging = {}): Promise<Page<UserRow>> {
  const where = and(
    p.archived ? undefined : isNull(users.disabledAt),
    p.role ? eq(users.role, p.role) : undefined,
    p.q ? or(ilike(users.name, likePattern(p.q)), ilike(users.email, likePattern(p.q))) : undefined,
  );
  const sortCol = {
    name: users.name,
    email: users.email,
    role: users.role,
    department: departments.name,
    status: isNotNull(users.disabledAt),
  }[p.sort];
  const rowsQuery = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      departmentId: users.departmentId,
      departmentName: departments.name,
      disabledAt: users.disabledAt,
      version: users.version,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where)
    .orderBy(order(p.dir, sortCol), asc(users.email));
  const [rows, [{ n }]] = await Promise.all([
    paginate ? rowsQuery.limit(p.size).offset((p.page - 1) * p.size) : rowsQuery,
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { total: n, rows: rows.map(({ disabledAt, ...r }) => ({ ...r, disabled: disabledAt !== null })) };
}

export async function userById(db: Db | Tx, id: number): Promise<UserRow | null> {
  const [r] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      departmentId: users.departmentId,
      departmentName: departments.name,
      disabledAt: users.disabledAt,
      version: users.version,
    })
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id))
    .limit(1);
  if (!r) return null;
  const { disabledAt, ...rest } = r;
  return { ...rest, disabled: disabledAt !== null };
}

export async function allDepartments(db: Db | Tx) {
  return db.select({ id: departments.id, name: departments.name }).from(departments).orderBy(departments.name);
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
