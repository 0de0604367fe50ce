"use server";
// Review transitions of any record kind: submit, withdraw, delete a draft, revise an approved record, approve, reject.
// Each one: per-row policy → versioned write → audit → refresh of the official evaluation, in one transaction.
import { and, eq } from "drizzle-orm";
import type { Tx } from "../db/client";
import type { CurrentUser } from "../auth/session";
import { writeAudit } from "../db/audit";
import { conflict, invalidState, thing } from "../errors";
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import {
  approveRecordSchema,
  approveRecordsSchema,
  recordRefSchema,
  rejectRecordSchema,
  rejectRecordsSchema,
} from "../records/schemas";
import { insertRecordRow, RECORD_TABLES, type RecordInsert, type RecordRow } from "../db/record-tables";
import { memberPaths } from "../records/access";
import { openRevisionIds, TRANSITIONS } from "../records/transitions";
import {
  approveOne,
  rejectOne,
  reviewRecords,
  startTransition,
  transition,
  type RecordRef,
} from "../records/review-writes";
import { notifySubmitted } from "../records/events";
import { runAction } from "./run";
import { text } from "../i18n/text";

export async function submitRecord(raw: unknown) {
  return runAction(recordRefSchema, raw, async ({ tx, actor, input }) => {
    const row = await startTransition(tx, actor, "submit", input);
    const after = await transition(tx, actor, input, "submit", row, {
      reviewState: TRANSITIONS.submit.to,
      reviewComment: null,
      reviewedBy: null,
      reviewedAt: null,
    });
    await notifySubmitted(tx, actor.userId, [{ entity: input.entity, row: after, memberId: input.memberId }]);
    await refreshOfficialEvaluations(tx, [input.memberId]);
    return {
      data: { version: after.version },
      revalidate: memberPaths(input.memberId),
      message: text("forms.done.submitted"),
    };
  });
}

export async function withdrawRecord(raw: unknown) {
  return runAction(recordRefSchema, raw, async ({ tx, actor, input }) => {
    const row = await startTransition(tx, actor, "withdraw", input);
    const after = await transition(tx, actor, input, "withdraw", row, { reviewState: TRANSITIONS.withdraw.to });
    await refreshOfficialEvaluations(tx, [input.memberId]);
    return {
      data: { version: after.version },
      revalidate: memberPaths(input.memberId),
      message: text("forms.done.withdrawn"),
    };
  });
}

export async function deleteRecord(raw: unknown) {
  return runAction(recordRefSchema, raw, async ({ tx, actor, input }) => {
    const row = await startTransition(tx, actor, "delete", input);
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
      message: text("forms.done.deleted", { what: thing(input.entity) }),
    };
  });
}

/** The draft that revises an approved record: its content, with a fresh review and version, written by `author`. */
function revisionDraft(row: RecordRow, author: number): RecordInsert {
  /* eslint-disable @typescript-eslint/no-unused-vars -- the review columns are named only to leave them out */
  const {
    id,
    createdBy: _author,
    reviewState: _state,
    reviewComment: _comment,
    reviewedBy: _by,
    reviewedAt: _at,
    revisionOf: _of,
    supersededAt: _superseded,
    version: _version,
    createdAt: _created,
    updatedAt: _updated,
    ...content
  } = row;
  /* eslint-enable @typescript-eslint/no-unused-vars */
  return { ...content, createdBy: author, reviewState: TRANSITIONS.revise.to, revisionOf: id };
}

/** "Change" on an approved record: a draft copy that revises it; the original keeps counting until the copy is approved. */
export async function reviseRecord(raw: unknown) {
  return runAction(recordRefSchema, raw, async ({ tx, actor, input }) => {
    const row = await startTransition(tx, actor, "revise", input);
    if (row.version !== input.version) throw conflict();
    const t = RECORD_TABLES[input.entity];
    const revisions = await tx
      .select({ revisionOf: t.revisionOf, supersededAt: t.supersededAt, reviewState: t.reviewState })
      .from(t)
      .where(eq(t.revisionOf, row.id));
    if (openRevisionIds(revisions).has(row.id))
      throw invalidState(text("errors.action.revisionOpen", { what: thing(input.entity) }));
    const created = await insertRecordRow(tx, input.entity, revisionDraft(row, actor.userId));
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
      message: text("forms.done.revised"),
    };
  });
}

export async function approveRecord(raw: unknown) {
  return runAction(approveRecordSchema, raw, async ({ tx, actor, input }) => {
    const approved = await approveOne(tx, actor, input, input.comment);
    await refreshOfficialEvaluations(tx, [input.memberId]);
    return {
      data: { records: [approved] },
      revalidate: memberPaths(input.memberId),
      message: text("forms.done.approved", { what: thing(input.entity) }),
    };
  });
}

/** Approves several records at once (the queue's selection): all or none; lib/records/review-writes.ts reviewRecords. */
export async function approveRecords(raw: unknown) {
  return runAction(approveRecordsSchema, raw, async ({ tx, actor, input }) => {
    const { records, memberIds } = await reviewRecords(tx, actor, "approve", input.records, "");
    await refreshOfficialEvaluations(tx, memberIds);
    return {
      data: { approved: records.length, records },
      revalidate: [...memberIds.map((id) => `/members/${id}`), "/reviews"],
      message: text("forms.done.approvedMany", { count: records.length }),
    };
  });
}

/** Rejects several records at once with one comment, which each member reads on their page: all or none. */
export async function rejectRecords(raw: unknown) {
  return runAction(rejectRecordsSchema, raw, async ({ tx, actor, input }) => {
    const { decided, memberIds } = await reviewRecords(tx, actor, "reject", input.records, input.comment);
    await refreshOfficialEvaluations(tx, memberIds);
    return {
      data: { rejected: decided },
      revalidate: [...memberIds.map((id) => `/members/${id}`), "/reviews"],
      message: text("forms.done.rejectedMany", { count: decided }),
    };
  });
}

export async function rejectRecord(raw: unknown) {
  return runAction(rejectRecordSchema, raw, async ({ tx, actor, input }) => {
    await rejectOne(tx, actor, input, input.comment);
    await refreshOfficialEvaluations(tx, [input.memberId]);
    return {
      data: undefined,
      revalidate: memberPaths(input.memberId),
      message: text("forms.done.rejected", { what: thing(input.entity) }),
    };
  });
}

/**
 * Undoes one approval: the record back to submitted, as the approval found it, while nothing changed since — the
 * record is still at the version the approval left (optimistic version), nobody started a revision of it, and the
 * original it replaced (when it was a revision) is still the one that approval superseded. Only its approver undoes it.
 */
async function undoOne(tx: Tx, actor: CurrentUser, ref: RecordRef): Promise<void> {
  const row = await startTransition(tx, actor, "undoApproval", ref);
  if (row.version !== ref.version) throw conflict();
  if (row.reviewedBy !== actor.userId)
    throw invalidState(text("errors.action.undoOthersApproval", { what: thing(ref.entity) }));
  const t = RECORD_TABLES[ref.entity];
  const [revision] = await tx.select({ id: t.id }).from(t).where(eq(t.revisionOf, row.id)).limit(1);
  if (revision) throw invalidState(text("errors.action.undoChanged", { what: thing(ref.entity) }));
  await transition(tx, actor, ref, "undo-approve", row, {
    reviewState: TRANSITIONS.undoApproval.to,
    reviewComment: null,
    reviewedBy: null,
    reviewedAt: null,
  });
  if (row.revisionOf !== null) {
    const [original]: RecordRow[] = await tx.select().from(t).where(eq(t.id, row.revisionOf)).limit(1);
    // The approval superseded the original at the moment it approved the revision; anything else changed it since.
    if (!original?.supersededAt || original.supersededAt.getTime() !== row.reviewedAt?.getTime())
      throw invalidState(text("errors.action.undoChanged", { what: thing(ref.entity) }));
    await transition(tx, actor, { ...ref, id: original.id, version: original.version }, "unsupersede", original, {
      supersededAt: null,
    });
  }
}

/** The queue's "Undo" after approving: the records just approved go back to submitted, all or none. */
export async function undoApproval(raw: unknown) {
  return runAction(approveRecordsSchema, raw, async ({ tx, actor, input }) => {
    for (const ref of input.records) await undoOne(tx, actor, ref);
    const memberIds = [...new Set(input.records.map((r) => r.memberId))];
    await refreshOfficialEvaluations(tx, memberIds);
    return {
      data: undefined,
      revalidate: [...memberIds.map((id) => `/members/${id}`), "/reviews"],
      message: text("forms.done.approvalUndone", { count: input.records.length }),
    };
  });
}
