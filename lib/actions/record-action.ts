// The create and edit actions every record kind shares (project, exam, certification, succession, mentoring):
// runAction around lib/records/write.ts, answering with the row's id and version and the kind's own message.
// Not a "use server" module: each kind's action file exports its own async functions, which call these.
import type { z } from "zod";
import { memberPaths } from "../records/access";
import type { RecordEntity } from "../records/schemas";
import { createRecord, updateRecord } from "../records/write";
import { text, type TextKey } from "../i18n/text";
import { runAction } from "./run";

type NewRecord = { memberId: number };
type EditedRecord = { memberId: number; id: number; version: number };

/** A new draft of `entity` for the input's member; answers with the `done` message. */
export function createRecordAction<S extends z.ZodType<NewRecord>>(
  entity: RecordEntity,
  schema: S,
  raw: unknown,
  done: TextKey,
) {
  return runAction(schema, raw, async ({ tx, actor, input }) => {
    const { memberId, ...values } = input as NewRecord;
    const row = await createRecord(tx, actor, entity, memberId, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text(done),
    };
  });
}

/** An edit of a draft or rejected `entity` at the input's version (it goes back to draft); answers with `done`. */
export function updateRecordAction<S extends z.ZodType<EditedRecord>>(
  entity: RecordEntity,
  schema: S,
  raw: unknown,
  done: TextKey,
) {
  return runAction(schema, raw, async ({ tx, actor, input }) => {
    const { memberId, id, version, ...values } = input as EditedRecord;
    const row = await updateRecord(tx, actor, entity, id, memberId, version, values);
    return {
      data: { id: row.id, version: row.version },
      revalidate: memberPaths(memberId),
      message: text(done),
    };
  });
}
