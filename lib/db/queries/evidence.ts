// Reads members' stored records from every record table in ONE statement, for any number of members: readMemberRecords
// is the one reader behind the evaluation, the standing refresh, the staffing growth fit, the member page
// (lib/views/member.ts) and the read API (memberWithRecords). Each table is aggregated into a JSON array in its own sub-select, and each row is mapped back
// through its drizzle columns, so the rows are the same typed values a `db.select().from(table)` gives.
import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../client";
import {
  certifications,
  evaluationSnapshots,
  exams,
  mentorings,
  projects,
  skillAssessments,
  specialties,
  successions,
} from "../schema";
import type { MemberRecords } from "../member-records";

/** Every stored record of one member, per kind, oldest first (all review states, superseded ones included). */
export type StoredRecords = {
  projects: (typeof projects.$inferSelect)[];
  specialties: (typeof specialties.$inferSelect)[];
  successions: (typeof successions.$inferSelect)[];
  mentorings: (typeof mentorings.$inferSelect)[];
  exams: (typeof exams.$inferSelect)[];
  certifications: (typeof certifications.$inferSelect)[];
  assessments: (typeof skillAssessments.$inferSelect)[];
};
export type SnapshotRow = typeof evaluationSnapshots.$inferSelect;

const KINDS = {
  projects,
  specialties,
  successions,
  mentorings,
  exams,
  certifications,
  assessments: skillAssessments,
} as const satisfies Record<keyof StoredRecords, PgTable>;
type Kind = keyof typeof KINDS;
const empty = (): StoredRecords => ({
  projects: [],
  specialties: [],
  successions: [],
  mentorings: [],
  exams: [],
  certifications: [],
  assessments: [],
});

/**
 * Maps one row as `json_agg` wrote it (keys are the column names) to the row drizzle's select gives, through each
 * column's own mapFromDriverValue: timestamps become Dates, dates stay 'YYYY-MM-DD', reals numbers, SQL null null.
 * JSON(B) columns arrive already parsed (mapFromDriverValue would JSON.parse a string value a second time).
 */
function rowMapper<T extends PgTable>(table: T): (json: Record<string, unknown>) => T["$inferSelect"] {
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).map(([key, column]) => ({
    key,
    name: column.name,
    map:
      column.columnType === "PgJsonb" || column.columnType === "PgJson"
        ? (v: unknown) => v
        : (v: unknown) => column.mapFromDriverValue(v),
  }));
  return (json) => {
    const row: Record<string, unknown> = {};
    for (const c of columns) {
      const v = json[c.name];
      row[c.key] = v === null || v === undefined ? null : c.map(v);
    }
    return row as T["$inferSelect"];
  };
}
const MAPPERS = Object.fromEntries(Object.entries(KINDS).map(([kind, table]) => [kind, rowMapper(table)])) as {
  [K in Kind]: (json: Record<string, unknown>) => (typeof KINDS)[K]["$inferSelect"];
};
const mapSnapshot = rowMapper(evaluationSnapshots);

export type RecordLoadOptions = {
  /** Certifications (the evaluation does not read them). Default true. */
  certifications?: boolean;
  /** Each member's own account (members.user_id). */
  owners?: boolean;
  /** Evaluation snapshots: every one (newest first) or the latest per field. */
  snapshots?: "all" | "latest";
  /** The names of the users who reviewed a record or rated a skill as lead. */
  userNames?: boolean;
};
export type LoadedRecords = {
  /** By member id; every id given has an entry. */
  records: Map<number, StoredRecords>;
  /** Member id → own account (null when none or the member is unknown); only with `owners`. */
  ownUserId: Map<number, number | null>;
  /** By member id (every id given has an entry); only with `snapshots`. */
  snapshots: Map<number, SnapshotRow[]>;
  /** User id → name; only with `userNames`. */
  userNames: Map<number, string>;
};

/** Rows of a raw query on either engine (postgres.js answers an array, PGlite an object with rows). */
async function rowsOf<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}

/**
 * The stored records of the members (and, as asked, their own accounts, snapshots and reviewers' names) in one
 * statement whatever their number: one JSON-array sub-select per table, each read through its member index. The ids
 * travel as one array parameter per sub-select, so a batch of any size stays far below PostgreSQL's parameter limit.
 * JSON is handed back as text, which both drivers leave unparsed.
 */
export async function readMemberRecords(
  db: Db | Tx,
  memberIds: readonly number[],
  purpose: "evaluation",
): Promise<Map<number, MemberRecords>>;
export async function readMemberRecords(
  db: Db | Tx,
  memberIds: readonly number[],
  opts?: RecordLoadOptions,
): Promise<LoadedRecords>;
export async function readMemberRecords(
  db: Db | Tx,
  memberIds: readonly number[],
  opts: RecordLoadOptions | "evaluation" = {},
): Promise<LoadedRecords | Map<number, MemberRecords>> {
  // "evaluation": the records that feed the evaluation, with each member's own account (whose approvals never count).
  if (opts === "evaluation")
    return evaluationInput(await readMemberRecords(db, memberIds, { certifications: false, owners: true }));
  const withCertifications = opts.certifications ?? true;
  const out: LoadedRecords = { records: new Map(), ownUserId: new Map(), snapshots: new Map(), userNames: new Map() };
  for (const id of memberIds) {
    out.records.set(id, empty());
    if (opts.owners) out.ownUserId.set(id, null);
    if (opts.snapshots) out.snapshots.set(id, []);
  }
  const ids = [...new Set(memberIds)];
  if (ids.length === 0) return out;
  if (!ids.every((id) => Number.isSafeInteger(id)))
    throw new TypeError("readMemberRecords: member ids must be integers");
  const inIds = (column: SQL) => sql`${column} = any(${`{${ids.join(",")}}`}::int[])`;
  const kinds = (Object.keys(KINDS) as Kind[]).filter((k) => k !== "certifications" || withCertifications);

  const columns: SQL[] = kinds.map(
    (k) =>
      sql`(select coalesce(json_agg(t order by t.id), '[]')::text from ${KINDS[k]} t where ${inIds(sql`t.member_id`)}) as ${sql.identifier(k)}`,
  );
  if (opts.owners)
    columns.push(
      sql`(select coalesce(json_agg(json_build_array(m.id, m.user_id)), '[]')::text from members m where ${inIds(sql`m.id`)}) as owners`,
    );
  if (opts.snapshots === "all")
    columns.push(
      sql`(select coalesce(json_agg(s order by s.taken_at desc, s.id desc), '[]')::text from ${evaluationSnapshots} s where ${inIds(sql`s.member_id`)}) as snapshots`,
    );
  else if (opts.snapshots === "latest")
    columns.push(sql`(select coalesce(json_agg(s), '[]')::text from (
        select distinct on (e.member_id, e.field) e.* from ${evaluationSnapshots} e where ${inIds(sql`e.member_id`)}
        order by e.member_id, e.field, e.taken_at desc, e.id desc) s) as snapshots`);
  if (opts.userNames) {
    // Reviewed kinds name their reviewer (reviewed_by); skill assessments their lead assessor.
    const reviewers = kinds
      .filter((k) => k !== "assessments")
      .map((k) => sql`select r.reviewed_by from ${KINDS[k]} r where ${inIds(sql`r.member_id`)}`);
    reviewers.push(sql`select a.lead_assessor_id from ${skillAssessments} a where ${inIds(sql`a.member_id`)}`);
    columns.push(
      sql`(select coalesce(json_agg(json_build_array(u.id, u.name)), '[]')::text from users u where u.id in (${sql.join(reviewers, sql` union `)})) as user_names`,
    );
  }
  const [row] = await rowsOf<Record<string, string>>(db, sql`select ${sql.join(columns, sql`, `)}`);

  for (const k of kinds) {
    const map = MAPPERS[k] as (json: Record<string, unknown>) => { memberId: number };
    for (const json of JSON.parse(row[k]) as Record<string, unknown>[]) {
      const r = map(json);
      (out.records.get(r.memberId)![k] as unknown[]).push(r);
    }
  }
  if (opts.owners)
    for (const [id, userId] of JSON.parse(row.owners) as [number, number | null][]) out.ownUserId.set(id, userId);
  if (opts.snapshots)
    for (const json of JSON.parse(row.snapshots) as Record<string, unknown>[]) {
      const s = mapSnapshot(json);
      out.snapshots.get(s.memberId)!.push(s);
    }
  if (opts.userNames)
    for (const [id, name] of JSON.parse(row.user_names) as [number, string][]) out.userNames.set(id, name);
  return out;
}

/** The evaluation's input from a read made with `owners`: the records with each member's own account. */
export function evaluationInput(loaded: LoadedRecords): Map<number, MemberRecords> {
  const out = new Map<number, MemberRecords>();
  for (const [id, r] of loaded.records) out.set(id, { ...r, ownUserId: loaded.ownUserId.get(id) ?? null });
  return out;
}
