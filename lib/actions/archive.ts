// The archive and restore step teams and members share (rows are archived, never deleted): the version check, the
// state check, the flag, the audit row — in the caller's transaction, after the caller has loaded and authorized the row.
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { CurrentUser } from "../auth/session";
import { writeAudit } from "../db/audit";
import type { Tx } from "../db/client";
import { updateVersioned } from "../db/versioned";
import { conflict, invalidState } from "../errors";
import type { Text } from "../i18n/text";

type ArchivableTable = PgTable & { id: AnyPgColumn; version: AnyPgColumn; archivedAt: AnyPgColumn };
type ArchivableRow = { id: number; version: number; archivedAt: Date | null };

export type Archiving<T extends ArchivableTable> = {
  table: T;
  entity: "team" | "member";
  /** The row as loaded (and authorized) by the caller. */
  before: T["$inferSelect"] & ArchivableRow;
  /** The version the user saw. */
  version: number;
  /** true archives, false restores. */
  archived: boolean;
  /** Why the row cannot change: it is already archived (archiving) or not archived (restoring). */
  alreadyThere: Text;
  /** A further refusal, checked after the version and state checks and before the write. */
  check?: () => Promise<void>;
};

/** Archives or restores `before`; returns the row after. */
export async function setArchived<T extends ArchivableTable>(
  tx: Tx,
  actor: CurrentUser,
  { table, entity, before, version, archived, alreadyThere, check }: Archiving<T>,
): Promise<T["$inferSelect"] & ArchivableRow> {
  if (before.version !== version) throw conflict();
  if ((before.archivedAt !== null) === archived) throw invalidState(alreadyThere);
  await check?.();
  const after = (await updateVersioned(tx, table, before.id, version, {
    archivedAt: archived ? new Date() : null,
  } as never)) as T["$inferSelect"] & ArchivableRow;
  await writeAudit(tx, {
    actorUserId: actor.userId,
    action: archived ? "archive" : "restore",
    entity,
    entityId: before.id,
    before,
    after,
  });
  return after;
}
