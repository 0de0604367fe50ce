// What the table queries share: one page of rows with the total, and the ORDER BY of a sortable column.
import { asc, desc, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";

export type Page<T> = { rows: T[]; total: number };

/** `paginate: false` (CSV export): every matching row, same filters and order. */
export type Paging = { paginate?: boolean };

export const order = (dir: "asc" | "desc", col: AnyPgColumn | SQL) => (dir === "asc" ? asc(col) : desc(col));
