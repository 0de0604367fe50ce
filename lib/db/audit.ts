// Audit rows: who changed what, when, with the values before and after. Written in the change's transaction.
import type { Tx } from "./client";
import { auditLog } from "./schema";

export type AuditEntry = {
  actorUserId: number | null;
  action: string;
  entity: string;
  entityId: number | string | null;
  before?: unknown;
  after?: unknown;
};

/** Dates to ISO strings, so before/after are plain JSON. */
function plain(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value));
}

export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId === null ? null : String(entry.entityId),
    before: plain(entry.before),
    after: plain(entry.after),
  });
}

/** Several audit rows in one statement (a batch write: the team rating grid's save). */
export async function writeAudits(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((entry) => ({
      actorUserId: entry.actorUserId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId === null ? null : String(entry.entityId),
      before: plain(entry.before),
      after: plain(entry.after),
    })),
  );
}
