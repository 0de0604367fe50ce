// User accounts: the users table (admin), one account, and the accounts a picker offers (leads for a team, accounts
// a member may be linked to).
import { and, asc, count, eq, ilike, isNotNull, isNull, or } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { likePattern } from "../like";
import { departments, members, users, type Role } from "../schema";
import { order, type Page, type Paging } from "../paging";
import type { UserParams } from "../../search-params/roster";

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

/** A user row as the admin screens show it (with `users` left-joined to `departments`). */
const USER_ROW_COLUMNS = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  departmentId: users.departmentId,
  departmentName: departments.name,
  disabledAt: users.disabledAt,
  version: users.version,
};

/** Its `disabledAt` said as `disabled`. */
function toUserRow({ disabledAt, ...r }: { disabledAt: Date | null } & Omit<UserRow, "disabled">): UserRow {
  return { ...r, disabled: disabledAt !== null };
}

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
    department: departments.nameSortKey,
    status: isNotNull(users.disabledAt),
  }[p.sort];
  const rowsQuery = db
    .select(USER_ROW_COLUMNS)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(where)
    .orderBy(order(p.dir, sortCol), asc(users.email));
  const [rows, [{ n }]] = await Promise.all([
    paginate ? rowsQuery.limit(p.size).offset((p.page - 1) * p.size) : rowsQuery,
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { total: n, rows: rows.map(toUserRow) };
}

export async function userById(db: Db | Tx, id: number): Promise<UserRow | null> {
  const [r] = await db
    .select(USER_ROW_COLUMNS)
    .from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .where(eq(users.id, id))
    .limit(1);
  return r ? toUserRow(r) : null;
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
