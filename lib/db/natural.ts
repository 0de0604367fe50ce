// ORDER BY a name in natural order ("Team 2" before "Team 10"): by its natural sort key (natural_sort_key in
// drizzle/0008_natural_sort_key.sql; teams and departments keep theirs in a stored column, name_sort_key), then by the
// name itself (ties of the key: "Team 02" and "Team 2"). lib/i18n/natural-compare.ts sorts the same way in JavaScript.
import { asc, desc, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { departments, teams } from "./schema";

type Dir = "asc" | "desc";
const by = (dir: Dir, col: AnyPgColumn | SQL) => (dir === "asc" ? asc(col) : desc(col));

/** The natural sort key of any text (computed per row: for short lists; teams and departments have it stored). */
export const naturalSortKey = (text: AnyPgColumn | SQL): SQL => sql`natural_sort_key(${text})`;

/** Teams by name, naturally. */
export const teamNameOrder = (dir: Dir = "asc"): SQL[] => [by(dir, teams.nameSortKey), by(dir, teams.name)];

/** Departments by name, naturally. */
export const departmentNameOrder = (dir: Dir = "asc"): SQL[] => [
  by(dir, departments.nameSortKey),
  by(dir, departments.name),
];
