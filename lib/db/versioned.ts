// Optimistic concurrency: an update names the version it was based on; a stale one changes nothing.
import { and, eq, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "./client";
import { conflict } from "../errors";

type VersionedTable = PgTable & { id: AnyPgColumn; version: AnyPgColumn; updatedAt?: AnyPgColumn };

/** Updates row `id` if it is still at `expectedVersion` (bumping the version); throws a conflict otherwise. */
export async function updateVersioned<T extends VersionedTable>(
  tx: Tx,
  table: T,
  id: number,
  expectedVersion: number,
  values: Partial<T["$inferInsert"]>,
): Promise<T["$inferSelect"]> {
  const set = {
    ...values,
    version: sql`${table.version} + 1`,
    ...("updatedAt" in table && table.updatedAt ? { updatedAt: new Date() } : {}),
  };
  const rows = (await tx
    .update(table)
    .set(set as never)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as unknown as T["$inferSelect"][];
  if (rows.length === 0) throw conflict();
  return rows[0];
}
