// Which teams serve a field, in SQL: the one spelling of lib/heatmap/gap.ts `servesField` for the queries (the gaps'
// slots, the heatmap's teams, the one-step list).
import { sql, type Column, type SQL } from "drizzle-orm";
import type { Field } from "../itss/fields";

/** Whether a team of field `teamField` serves `field`: its own field, every field when mixed (field null). */
export const servesSql = (teamField: SQL | Column, field: SQL | Field): SQL =>
  sql`(${teamField} is null or ${teamField} = ${field})`;
