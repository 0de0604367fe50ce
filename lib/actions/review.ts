"use server";
// Review transitions of any record kind: submit, withdraw, delete a draft, revise an approved record, approve, reject.
// Each one: per-row policy → versioned write → audit → refresh of the official evaluation, in one transaction.
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "../db/client";
import type { CurrentUser } from "../auth/session";
import { writeAudit } from "../db/audit";
import { updateVersioned } from "../db/versioned";
import { conflict, invalidState } from "../errors";
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import {
  approveRecordSchema,
  approveRecordsSchema,
  ENTITY_LABEL,
  recordRefSchema,
  rejectRecordSchema,
  type RecordEntity,
} from "../records/schemas";
import { authorizeRecord, memberPaths, RECORD_TABLES, type RecordRow } from "../records/access";
import { runAction } from "./run";

type Transition = { entity: RecordEntity; id: number; memberId: number; version: number };

const table = (entity: RecordEntity) => RECORD_TABLES[entity] as never;

async function transition(
  tx: Tx,
  actor: CurrentUser,
  ref: Transition,
  action: string,
  before: RecordRow,
  values: Record<string, unknown>,
): Promise<RecordRow> {
  const after = (await updateVersioned(tx, table(ref.entity), ref.id, ref.version, values as never)) as RecordRow;
  await writeAudit(tx, { actorUserId: actor.userId, action, entity: ref.entity, entityId: ref.id, before, after });
  return after;
}

export async function submitRecord(raw: unknown) {
  return runAction(recordRefSchema, raw, async ({ tx, actor, input }) => {
    const { row } = await authorizeRecord(tx, actor, input.entity, input.id, input.memberId, "member.records.submit");
    if (row.reviewState !== "draft" && row.reviewState !== "rejected")
      throw invalidState(
        `Only a draft or rejected ${ENTITY_LABEL[input.entity]} can be submitted; this one is ${row.reviewState}.`,
      );
    const after = await transition(tx, actor, input, "submit", row, {
      reviewState: "submitted",
      reviewComment: null,
      reviewedBy: null,
      reviewedAt: null,
    });
    await refreshOfficialEvaluations(tx, [input.memberId]);
    return {
      data: { version: after.version },
      revalidate: memberPaths(input.memberId),
      message: "Submitted for review.",
    };
  });
}

export async function withdrawRecord(raw: unknown) {
  return runAction(recordRefSchema, raw, async ({ tx, actor, input }) => {
    const { row } = await authorizeRecord(tx, actor, input.entity, input.id, input.memberId, "member.records.submit");
    if (row.reviewState !== "submitted")
      throw invalidState(
        `Only a submitted ${ENTITY_LABEL[input.entity]} can be withdrawn; this one is ${row.reviewState}.`,
      );
    const after = await transition(tx, actor, input, "withdraw", row, { reviewState: "draft" });
    await refreshOfficialEvaluations(tx, [input.memberId]);
    return {
      data: { version: after.version },
      revalidate: memberPaths(input.memberId),
      message: "Withdrawn: back to draft.",
    };
  });
}

export async function deleteRecord(raw: unknown) {
  return runAction(recordRefSchema, raw, async ({ tx, actor, input }) => {
    const { row } = await authorizeRecord(tx, actor, input.entity, input.id, input.memberId, "member.records.write");
    if (row.reviewState !== "draft" && row.reviewState !== "rejected")
      throw invalidState(
        `Only a draft or rejected ${ENTITY_LABEL[input.entity]} can be deleted; this one is ${row.reviewState}.`,
      );
    const t = RECORD_TABLES[input.entity];
    const gone = await tx
      .delete(t)
      .where(and(eq(t.id, input.id), eq(t.version, input.version)))
      .returning({ id: t.id });
    if (!gone.length) throw conflict();
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "delete",
      entity: input.entity,
      entityId: input.id,
      before: row,
      after: null,
    });
    await refreshOfficialEvaluations(tx, [input.memberId]);
    return {
      data: undefined,
      revalidate: memberPaths(input.memberId),
      message: `Deleted the ${ENTITY_LABEL[input.entity]}.`,
    };
  });
}

const NOT_COPIED = new Set([
  "id",
  "reviewState",
  "reviewComment",
  "reviewedBy",
  "reviewedAt",
  "revisionOf",
  "supersededAt",
  "version",
  "createdAt",
  "updatedAt",
]);

/** "Change" on an approved record: a draft copy that revises it; the original keeps counting until the copy is approved. */
export async function reviseRecord(raw: unknown) {
  return runAction(recordRefSchema, raw, async ({ tx, actor, input }) => {
    const { row } = await authorizeRecord(tx, actor, input.entity, input.id, input.memberId, "member.records.write");
    if (row.reviewState !== "approved" || row.supersededAt)
      throw invalidState(`Only an approved, current ${ENTITY_LABEL[input.entity]} can be changed by a revision.`);
    if (row.version !== input.version) throw conflict();
    const t = RECORD_TABLES[input.entity];
    const open = await tx
      .select({ id: t.id, state: t.reviewState })
      .from(t)
      .where(and(eq(t.revisionOf, row.id), isNull(t.supersededAt)));
    if (open.some((r) => r.state !== "approved"))
      throw invalidState(`This ${ENTITY_LABEL[input.entity]} already has a revision in progress; edit that one.`);
    const copy = Object.fromEntries(Object.entries(row).filter(([k]) => !NOT_COPIED.has(k)));
    const [created] = (await tx
      .insert(t)
      .values({ ...copy, reviewState: "draft", revisionOf: row.id } as never)
      .returning()) as RecordRow[];
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "revise",
      entity: input.entity,
      entityId: created.id,
      before: row,
      after: created,
    });
    return {
      data: { id: created.id, version: created.version },
      revalidate: memberPaths(input.memberId),
      message: "A draft revision was made; edit it and submit it for approval.",
    };
  });
}

async function approveOne(tx: Tx, actor: CurrentUser, ref: Transition, comment: string): Promise<void> {
  const { row } = await authorizeRecord(tx, actor, ref.entity, ref.id, ref.memberId, "member.records.review");
  if (row.reviewState !== "submitted")
    throw invalidState(`Only a submitted ${ENTITY_LABEL[ref.entity]} can be approved; this one is ${row.reviewState}.`);
  const now = new Date();
  await transition(tx, actor, ref, "approve", row, {
    reviewState: "approved",
    reviewComment: comment || null,
    reviewedBy: actor.userId,
    reviewedAt: now,
  });
  if (row.revisionOf !== null) {
    const t = RECORD_TABLES[ref.entity];
    const [original] = (await tx.select().from(t).where(eq(t.id, row.revisionOf)).limit(1)) as RecordRow[];
    if (
      !original ||
      original.memberId !== ref.memberId ||
      original.reviewState !== "approved" ||
      original.supersededAt
    ) {
      throw invalidState(`The ${ENTITY_LABEL[ref.entity]} this revision changes is no longer current.`);
    }
    await transition(tx, actor, { ...ref, id: original.id, version: original.version }, "supersede", original, {
      supersededAt: now,
    });
  }
}

export async function approveRecord(raw: unknown) {
  return runAction(approveRecordSchema, raw, async ({ tx, actor, input }) => {
    await approveOne(tx, actor, input, input.comment);
    await refreshOfficialEvaluations(tx, [input.memberId]);
    return {
      data: undefined,
      revalidate: memberPaths(input.memberId),
      message: `Approved the ${ENTITY_LABEL[input.entity]}.`,
    };
  });
}

/** Approves several records at once: all or none. */
export async function approveRecords(raw: unknown) {
  return runAction(approveRecordsSchema, raw, async ({ tx, actor, input }) => {
    for (const ref of input.records) await approveOne(tx, actor, ref, "");
    const memberIds = [...new Set(input.records.map((r) => r.memberId))];
    await refreshOfficialEvaluations(tx, memberIds);
    return {
      data: { approved: input.records.length },
      revalidate: [...memberIds.map((id) => `/members/${id}`), "/reviews"],
      message: `Approved ${input.records.length} record${input.records.length === 1 ? "" : "s"}.`,
    };
  });
}

export async function rejectRecord(raw: unknown) {
  return runAction(rejectRecordSchema, raw, async ({ tx, actor, input }) => {
    const { row } = await authorizeRecord(tx, actor, input.entity, input.id, input.memberId, "member.records.review");
    if (row.reviewState !== "submitted")
      throw invalidState(
        `Only a submitted ${ENTITY_LABEL[input.entity]} can be rejected; this one is ${row.reviewState}.`,
      );
    await transition(tx, actor, input, "reject", row, {
      reviewState: "rejected",
      reviewComment: input.comment,
      reviewedBy: actor.userId,
      reviewedAt: new Date(),
    });
    await refreshOfficialEvaluations(tx, [input.memberId]);
    return {
      data: undefined,
      revalidate: memberPaths(input.memberId),
      message: `Rejected the ${ENTITY_LABEL[input.entity]}; the member sees your comment.`,
    };
  });
}
