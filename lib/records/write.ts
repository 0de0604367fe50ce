// The create and edit steps every record kind shares: authorize on the member, write a draft (or edit a draft or
// rejected record, which goes back to draft) with its version check, and the audit row — all in the caller's transaction.
import type { Tx } from "../db/client";
import type { CurrentUser } from "../auth/session";
import { writeAudit } from "../db/audit";
import { updateVersioned } from "../db/versioned";
import { RECORD_TABLES, type RecordRow } from "../db/record-tables";
import { assertEditable, authorizeMember, authorizeRecord } from "./access";
import type { RecordEntity } from "./schemas";

export async function createRecord(
  tx: Tx,
  actor: CurrentUser,
  entity: RecordEntity,
  memberId: number,
  values: Record<string, unknown>,
): Promise<RecordRow> {
  await authorizeMember(tx, actor, memberId, "member.records.write");
  const table = RECORD_TABLES[entity];
  const [row] = (await tx
    .insert(table)
    .values({ ...values, memberId, reviewState: "draft", createdBy: actor.userId } as never)
    .returning()) as RecordRow[];
  await writeAudit(tx, {
    actorUserId: actor.userId,
    action: "create",
    entity,
    entityId: row.id,
    before: null,
    after: row,
  });
  return row;
}

export async function updateRecord(
  tx: Tx,
  actor: CurrentUser,
  entity: RecordEntity,
  id: number,
  memberId: number,
  version: number,
  values: Record<string, unknown>,
): Promise<RecordRow> {
  const { row } = await authorizeRecord(tx, actor, entity, id, memberId, "member.records.write");
  assertEditable(entity, row);
  const after = (await updateVersioned(tx, RECORD_TABLES[entity] as never, id, version, {
    ...values,
    reviewState: "draft",
  } as never)) as RecordRow;
  await writeAudit(tx, { actorUserId: actor.userId, action: "update", entity, entityId: id, before: row, after });
  return after;
}
