// Column references for hand-written SQL that stay "table"."column" wherever drizzle renders them.
import { getTableName, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * `"table"."column"`, always. In the select list of a query without joins drizzle writes `${table.column}` as a bare
 * `"column"`; inside a correlated subquery a bare name binds to the subquery's own table (`"id"` becomes the inner
 * table's id, silently, or "column reference is ambiguous"). Every column in a subquery goes through this.
 */
export function qualified(column: AnyPgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
