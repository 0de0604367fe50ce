// The table of each reviewable record kind, once: the record actions, the review queue and the account-link check
// all read it (a new record kind is added here and nowhere else).
import type { Tx } from "./client";
import { certifications, exams, mentorings, projects, specialties, successions } from "./schema";

export const RECORD_TABLES = {
  project: projects,
  specialty: specialties,
  succession: successions,
  mentoring: mentorings,
  exam: exams,
  certification: certifications,
} as const;
/** The reviewable record kinds; lib/records/schemas.ts lists the same for forms (RECORD_ENTITIES). */
export type RecordEntity = keyof typeof RECORD_TABLES;
export type RecordTable = (typeof RECORD_TABLES)[RecordEntity];
export type RecordRow = RecordTable["$inferSelect"];
export type RecordInsert = RecordTable["$inferInsert"];

/**
 * Inserts a row into the record kind's table. The one cast of the record tables lives here: drizzle cannot type an
 * insert into a table picked at run time (a union of tables), so `values` is typed as the union of their inserts.
 */
export async function insertRecordRow(tx: Tx, entity: RecordEntity, values: RecordInsert): Promise<RecordRow> {
  const [row] = (await tx
    .insert(RECORD_TABLES[entity])
    .values(values as never)
    .returning()) as RecordRow[];
  return row;
}
