// Reads of the audit log for the admin page: a filtered, newest-first page, its total, and the filter choices.
import { and, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client";
import { auditLog, users } from "../schema";
import { qualified } from "../qualified";

export type AuditFilters = {
  actor?: number;
  entity?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
};

export type AuditRow = {
  id: number;
  at: Date;
  actorUserId: number | null;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

export type AuditPage = {
  rows: AuditRow[];
  total: number;
  actors: { id: number; name: string; email: string }[];
  entities: string[];
};

const nextDay = (day: string) => new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000);

/** The conditions of a filter: dates are whole UTC days, `to` inclusive. */
export function auditWhere(f: Omit<AuditFilters, "page" | "pageSize">): SQL | undefined {
  return and(
    f.actor !== undefined ? eq(auditLog.actorUserId, f.actor) : undefined,
    f.entity !== undefined ? eq(auditLog.entity, f.entity) : undefined,
    f.from !== undefined ? gte(auditLog.at, new Date(`${f.from}T00:00:00Z`)) : undefined,
    f.to !== undefined ? lt(auditLog.at, nextDay(f.to)) : undefined,
  );
}

/** Four queries in parallel, whatever the page size. */
export async function listAudit(db: Db, f: AuditFilters): Promise<AuditPage> {
  const where = auditWhere(f);
  const [rows, [{ n }], actors, entities] = await Promise.all([
    db
      .select({
        id: auditLog.id,
        at: auditLog.at,
        actorUserId: auditLog.actorUserId,
        actorName: users.name,
        actorEmail: users.email,
        action: auditLog.action,
        entity: auditLog.entity,
        entityId: auditLog.entityId,
        before: auditLog.before,
        after: auditLog.after,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorUserId))
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
    db
      .selectDistinct({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(sql`exists (select 1 from ${auditLog} where ${qualified(auditLog.actorUserId)} = ${qualified(users.id)})`)
      .orderBy(users.name),
    db.selectDistinct({ entity: auditLog.entity }).from(auditLog).orderBy(auditLog.entity),
  ]);
  return { rows, total: n, actors, entities: entities.map((e) => e.entity) };
}
