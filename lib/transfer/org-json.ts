// The whole organisation as one JSON document (admin export) and its restore into an empty database. Every table,
// ids preserved, rows ordered by id, keys in schema order, timestamps as ISO strings — so export → restore → export
// gives the same bytes. The format is described by zod schemas derived from the drizzle schema itself.
import { asc, count, getTableColumns, gt, sql, type SQL } from "drizzle-orm";
import { getTableConfig, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db, Tx } from "../db/client";
import {
  auditLog,
  certifications,
  departments,
  evaluationSnapshots,
  exams,
  members,
  mentorings,
  projects,
  skillAssessments,
  specialties,
  successions,
  targets,
  teamLeads,
  teams,
  sessions,
  users,
} from "../db/schema";
import { AppError, invalidState } from "../errors";
import { text } from "../i18n/text";
import { refreshAllStandings } from "../evaluation/refresh";

export const ORG_FORMAT = "levelboard-organisation";
export const ORG_VERSION = 1;

/** In foreign-key order: a table only refers to tables before it. */
export const ORG_TABLES = {
  departments,
  users,
  teams,
  teamLeads,
  members,
  projects,
  specialties,
  successions,
  mentorings,
  exams,
  certifications,
  skillAssessments,
  targets,
  evaluationSnapshots,
  auditLog,
} as const satisfies Record<string, PgTable>;
export type OrgTableName = keyof typeof ORG_TABLES;
const TABLE_NAMES = Object.keys(ORG_TABLES) as OrgTableName[];

export type OrgExport = {
  format: typeof ORG_FORMAT;
  version: typeof ORG_VERSION;
  tables: Record<OrgTableName, Record<string, unknown>[]>;
};

/** Per-installation state, not organisation data: a session version only means something to this database's tokens. */
const NOT_EXPORTED: Partial<Record<OrgTableName, readonly string[]>> = { users: ["sessionVersion"] };
const columnsOf = (name: OrgTableName) =>
  (Object.entries(getTableColumns(ORG_TABLES[name])) as [string, PgColumn][]).filter(
    ([key]) => !NOT_EXPORTED[name]?.includes(key),
  );
const hasId = (t: PgTable) => "id" in getTableColumns(t);

function toJson(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Reads every table in one read-only transaction (a consistent picture). One query per table. */
export async function exportOrganisation(db: Db): Promise<OrgExport> {
  return db.transaction(async (tx) => {
    const tables = {} as OrgExport["tables"];
    const results = await Promise.all(
      TABLE_NAMES.map((name) => {
        const t = ORG_TABLES[name];
        const order = hasId(t)
          ? [asc((getTableColumns(t) as Record<string, PgColumn>).id)]
          : [asc(teamLeads.teamId), asc(teamLeads.userId)];
        return tx
          .select()
          .from(t as PgTable)
          .orderBy(...order);
      }),
    );
    TABLE_NAMES.forEach((name, i) => {
      const cols = columnsOf(name);
      tables[name] = (results[i] as Record<string, unknown>[]).map((row) =>
        Object.fromEntries(cols.map(([key]) => [key, toJson(row[key])])),
      );
    });
    return { format: ORG_FORMAT, version: ORG_VERSION, tables };
  });
}

/** The export as text: two-space indented, one trailing newline. */
export function serializeOrganisation(data: OrgExport): string {
  return JSON.stringify(data, null, 2) + "\n";
}

// A page of rows as they appear in the whole document (each row at depth 3, six spaces in), without the brackets:
// one native JSON.stringify per page, cut out of a document that nests the rows exactly as deep.
const ROWS_OPEN = '{\n  "t": {\n    "r": [';
const ROWS_CLOSE = "\n    ]\n  }\n}";
function indentedRows(rows: Record<string, unknown>[]): string {
  const text = JSON.stringify({ t: { r: rows } }, null, 2);
  return text.slice(ROWS_OPEN.length, text.length - ROWS_CLOSE.length);
}

/** Rows per query of the streamed export. */
export const EXPORT_PAGE_ROWS = 2000;

/** The keyset of a table's rows: its id, or (team_id, user_id) for team_leads. */
function keyset(name: OrgTableName) {
  const t = ORG_TABLES[name];
  if (hasId(t)) {
    const id = (getTableColumns(t) as Record<string, PgColumn>).id;
    return {
      order: [asc(id)],
      after: (row: Record<string, unknown>): SQL => gt(id, row.id as number),
    };
  }
  return {
    order: [asc(teamLeads.teamId), asc(teamLeads.userId)],
    after: (row: Record<string, unknown>): SQL =>
      sql`(${teamLeads.teamId}, ${teamLeads.userId}) > (${row.teamId as number}, ${row.userId as number})`,
  };
}

/**
 * Writes the export text piece by piece — the same bytes as `serializeOrganisation(await exportOrganisation(db))` —
 * reading each table in keyset pages of `pageRows` inside one read-only repeatable-read transaction (a consistent
 * picture that a restore accepts, whatever is written meanwhile). Memory holds one page, not the organisation.
 */
export async function writeOrganisation(
  db: Db,
  write: (text: string) => Promise<void>,
  { pageRows = EXPORT_PAGE_ROWS }: { pageRows?: number } = {},
): Promise<void> {
  await db.transaction(
    async (tx) => {
      await write(`{\n  "format": ${JSON.stringify(ORG_FORMAT)},\n  "version": ${ORG_VERSION},\n  "tables": {\n`);
      for (const [t, name] of TABLE_NAMES.entries()) {
        const cols = columnsOf(name);
        const { order, after } = keyset(name);
        const page = (last: Record<string, unknown> | null) =>
          tx
            .select()
            .from(ORG_TABLES[name] as PgTable)
            .where(last ? after(last) : undefined)
            .orderBy(...order)
            .limit(pageRows) as Promise<Record<string, unknown>[]>;
        await write(`    ${JSON.stringify(name)}: [`);
        let written = 0;
        for (let next: Promise<Record<string, unknown>[]> | null = page(null); next;) {
          const rows: Record<string, unknown>[] = await next;
          // The next page is asked for before this one is written: the database works while this process writes.
          next = rows.length === pageRows ? page(rows[rows.length - 1]) : null;
          next?.catch(() => {}); // if writing this page fails, the unread next page's failure is not unhandled
          if (!rows.length) continue;
          const exported = rows.map((row) => Object.fromEntries(cols.map(([key]) => [key, toJson(row[key])])));
          await write(`${written ? "," : ""}${indentedRows(exported)}`);
          written += rows.length;
        }
        await write(`${written ? "\n    " : ""}]${t < TABLE_NAMES.length - 1 ? "," : ""}\n`);
      }
      await write("  }\n}\n");
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** The zod type of one column, from its drizzle definition. */
function columnSchema(column: PgColumn): z.ZodType {
  let s: z.ZodType;
  switch (column.columnType) {
    case "PgInteger":
      s = z.number().int();
      break;
    case "PgReal":
      s = z.number();
      break;
    case "PgText":
      s = z.string();
      break;
    case "PgBoolean":
      s = z.boolean();
      break;
    case "PgDateString":
      s = z.iso.date();
      break;
    case "PgTimestamp":
      s = z.iso.datetime({ offset: true }).transform((v) => new Date(v));
      break;
    case "PgEnumColumn":
      s = z.enum(column.enumValues as [string, ...string[]]);
      break;
    case "PgArray":
      s = z.array(z.string());
      break;
    case "PgJsonb":
      s = column.notNull ? z.json().refine((v) => v !== null, "expected a JSON value, not null") : z.json();
      break;
    default:
      throw new Error(`org-json: no schema for column type ${column.columnType}`);
  }
  return column.notNull ? s : s.nullable();
}

/** Columns added after version 1 of the format: a file written before them restores them as null. */
const ADDED_SINCE_V1: Partial<Record<OrgTableName, readonly string[]>> = {
  projects: ["createdBy"],
  specialties: ["createdBy"],
  successions: ["createdBy"],
  mentorings: ["createdBy"],
  exams: ["createdBy"],
  certifications: ["createdBy"],
};
const importColumnSchema = (name: OrgTableName, key: string, column: PgColumn) =>
  ADDED_SINCE_V1[name]?.includes(key) ? columnSchema(column).optional() : columnSchema(column);

export const orgImportSchema = z.object({
  format: z.literal(ORG_FORMAT, { error: `expected "${ORG_FORMAT}" (is this a Levelboard organisation export?)` }),
  version: z.literal(ORG_VERSION, { error: `this Levelboard reads version ${ORG_VERSION} of the export format` }),
  tables: z.strictObject(
    Object.fromEntries(
      TABLE_NAMES.map((name) => [
        name,
        z.array(
          z.strictObject(
            Object.fromEntries(columnsOf(name).map(([key, col]) => [key, importColumnSchema(name, key, col)])),
          ),
        ),
      ]),
    ),
  ),
});
export type OrgImport = z.output<typeof orgImportSchema>;

export type ParsedOrg = { ok: true; data: OrgImport } | { ok: false; errors: { path: string; message: string }[] };

/** Parses export text: invalid JSON or a wrong shape gives messages with paths (e.g. tables.members.3.teamId). */
export function parseOrganisation(text: string): ParsedOrg {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ path: "(file)", message: `not valid JSON: ${(e as Error).message}` }] };
  }
  const parsed = orgImportSchema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues
      .slice(0, 50)
      .map((i) => ({ path: i.path.map(String).join(".") || "(file)", message: i.message })),
  };
}

/** Rows in every table; an organisation counts as present when any table but users and audit_log has rows. */
export async function organisationRowCounts(db: Db | Tx): Promise<Record<OrgTableName, number>> {
  const counts = await Promise.all(
    TABLE_NAMES.map((name) => db.select({ n: count() }).from(ORG_TABLES[name] as PgTable)),
  );
  return Object.fromEntries(TABLE_NAMES.map((name, i) => [name, counts[i][0].n])) as Record<OrgTableName, number>;
}

/**
 * Restores an export into a database that holds no organisation. Bootstrap rows (user accounts and audit rows,
 * e.g. the administrator doing the restore) are replaced by the export's. Ids are kept; identity sequences are
 * moved past the highest id so later inserts work. Run it inside a transaction.
 */
export async function importOrganisation(tx: Tx, data: OrgImport): Promise<Record<OrgTableName, number>> {
  const counts = await organisationRowCounts(tx);
  const occupied = TABLE_NAMES.filter((n) => n !== "users" && n !== "auditLog" && counts[n] > 0);
  if (occupied.length) {
    throw invalidState(
      text("errors.restore.notEmpty", {
        tables: occupied.map((n) => `${counts[n]} ${getTableConfig(ORG_TABLES[n]).name}`).join(", "),
      }),
    );
  }
  // Every restored account starts a session version past any this database has issued: a token of the account that
  // had the same id before the restore (the administrator restoring, say) does not sign anyone in afterwards.
  const [{ max }] = await tx.select({ max: sql<number>`coalesce(max(${users.sessionVersion}), 0)::int` }).from(users);
  await tx.delete(auditLog);
  // Every session ends: the accounts they belonged to are replaced (and an id may now be someone else's).
  await tx.delete(sessions);
  await tx.delete(users);
  const written = {} as Record<OrgTableName, number>;
  try {
    for (const name of TABLE_NAMES) {
      const given = data.tables[name] as Record<string, unknown>[];
      const rows = name === "users" ? given.map((u) => ({ ...u, sessionVersion: Number(max) + 1 })) : given;
      for (let i = 0; i < rows.length; i += 500)
        await tx.insert(ORG_TABLES[name] as PgTable).values(rows.slice(i, i + 500) as never);
      written[name] = given.length;
    }
  } catch (e) {
    let cause = e as { message?: string; detail?: string; cause?: unknown };
    while (cause?.cause && !cause.detail) cause = cause.cause as typeof cause;
    throw new AppError(
      "validation",
      text("errors.restore.refused", {
        detail: `${cause?.message ?? "unknown error"}${cause?.detail ? ` (${cause.detail})` : ""}`,
      }),
    );
  }
  for (const name of TABLE_NAMES) {
    const t = ORG_TABLES[name];
    if (!hasId(t)) continue;
    const table = getTableConfig(t).name;
    await tx.execute(
      sql.raw(
        `select setval(pg_get_serial_sequence('${table}', 'id'), coalesce(max(id), 0) + 1, false) from "${table}"`,
      ),
    );
  }
  // The read model is derived, not exported: rebuild it from the restored records (the history came with the file).
  await refreshAllStandings(tx);
  return written;
}
