// Bulk inserts for the generators: a batch of rows as ONE JSON parameter (json_to_recordset), not drizzle's one
// parameter per value. Building and parsing tens of thousands of parameters per batch was most of the benchmark
// load's time (issue 22); the JSON text is one JSON.stringify in Node and one parse in the server, on both engines.
import { getTableColumns, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../lib/db/client";

type Row = Record<string, unknown>;

/**
 * Inserts `rows` (objects keyed by the table's property names, as for drizzle's `values`) in one statement, in their
 * order (so identity ids are assigned in that order), and returns the new ids when `returnIds`. A property missing
 * from a row is NULL; a property that some rows set and others leave out must have no default (drizzle would write
 * the default there), which is checked.
 */
export async function bulkInsert(db: Db | Tx, table: PgTable, rows: readonly Row[], returnIds = false) {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, { name: string; hasDefault: boolean; getSQLType(): string }>;
  const seen = new Map<string, number>();
  for (const row of rows) for (const key in row) if (row[key] !== undefined) seen.set(key, (seen.get(key) ?? 0) + 1);
  const keys = [...seen.keys()];
  for (const key of keys) {
    const column = columns[key];
    if (!column) throw new Error(`bulkInsert: no column for "${key}"`);
    if (column.hasDefault && seen.get(key) !== rows.length)
      throw new Error(`bulkInsert: "${key}" is set in some rows only and has a default`);
  }
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const target = sql.raw(keys.map((k) => quote(columns[k].name)).join(", "));
  const source = sql.raw(keys.map(quote).join(", "));
  const shape = sql.raw(keys.map((k) => `${quote(k)} ${columns[k].getSQLType()}`).join(", "));
  const result = (await db.execute(sql`
    insert into ${table} (${target})
    select ${source} from json_to_recordset(${JSON.stringify(rows)}::json) as x(${shape})
    ${returnIds ? sql`returning id` : sql``}`)) as unknown as { id: number }[] | { rows: { id: number }[] };
  return returnIds ? (Array.isArray(result) ? result : result.rows).map((r) => r.id) : [];
}
