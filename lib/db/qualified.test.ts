// Hand-written SQL with a subquery names its columns through qualified(): a bare ${table.column} there binds to the
// subquery's own table when drizzle drops the table name (the /admin/departments failure).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { is, sql } from "drizzle-orm";
import { PgDialect, PgTable } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { departments, teams } from "./schema";
import { qualified } from "./qualified";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });
}

/** The schema's tables by the names the code imports them under (`teams`, `auditLog`, …). */
const TABLES = new Set(
  Object.entries(schema)
    .filter(([, v]) => is(v, PgTable))
    .map(([k]) => k),
);

/** `${table.column}` interpolations inside sql`…` templates that contain a subquery (values like ${need.field} pass). */
function bareColumnsInSubqueries(source: string): string[] {
  const found: string[] = [];
  for (const [, body] of source.matchAll(/\bsql(?:<[^`]*?>)?`([^`]*)`/g)) {
    if (!/\(\s*select\b/i.test(body)) continue;
    for (const [, table, column] of body.matchAll(/\$\{\s*([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\s*\}/g)) {
      if (TABLES.has(table)) found.push(`${table}.${column}`);
    }
  }
  return found;
}

describe("columns in hand-written subqueries", () => {
  it("are found when bare, and pass when qualified", () => {
    expect(
      bareColumnsInSubqueries(
        "sql<number>`(select count(*) from ${teams} where ${teams.departmentId} = ${departments.id})`",
      ),
    ).toEqual(["teams.departmentId", "departments.id"]);
    expect(
      bareColumnsInSubqueries(
        "sql`(select count(*) from ${teams} where ${qualified(teams.departmentId)} = ${qualified(departments.id)})`",
      ),
    ).toEqual([]);
    expect(bareColumnsInSubqueries("sql`lower(${members.email})`")).toEqual([]); // no subquery: drizzle's own rendering is fine
    expect(bareColumnsInSubqueries("sql`(select 1 from x where x.item = ${s.item})`")).toEqual([]); // a value, not a column
  });

  it("render as table.column even in the select list of a query without joins", () => {
    const dialect = new PgDialect();
    const q = dialect.sqlToQuery(
      sql`(select 1 from ${teams} where ${qualified(teams.departmentId)} = ${qualified(departments.id)})`,
    ).sql;
    expect(q).toBe('(select 1 from "teams" where "teams"."department_id" = "departments"."id")');
  });

  it("go through qualified() everywhere in the app", () => {
    const offenders = ["lib", "app", "components", "scripts", "seed"]
      .flatMap((d) => sourceFiles(path.join(root, d)))
      .flatMap((f) =>
        bareColumnsInSubqueries(readFileSync(f, "utf8")).map((ref) => `${path.relative(root, f)}: \${${ref}}`),
      );
    expect(offenders).toEqual([]);
  });
});
