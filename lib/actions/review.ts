"use server";
// Review transitions of any record kind: submit, withdraw, delete a draft, revise an approved record, approve, reject.
// Each one: per-row policy → versioned write → audit → refresh of the official evaluation, in one transaction.
import { and, eq, isNull } from "drizzle-orm";
import type { Tx } from "../db/client";
import type { CurrentUser } from "../auth/session";
import { writeAudit } from "../db/audit";
import { updateVersioned } from "../db/versioned";
import { conflict, invalidState, stateWord, thing } from "../errors";
import { refreshOfficialEvaluations } from "../evaluation/refresh";
import {
  approveRecordSchema,
  approveRecordsSchema,
  recordRefSchema,
  rejectRecordSchema,
  type RecordEntity,
} from "../records/schemas";
import { authorizeRecord, memberPaths, RECORD_TABLES, type RecordRow } from "../records/access";
import { runAction } from "./run";
import { text } from "../i18n/text";

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
        text("errors.action.onlySubmit", { what: thing(input.entity), state: stateWord(row.reviewState) }),
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
      message: text("forms.done.submitted"),
    };
  });
}

export async function withdrawRecord(raw: unknown) {
  return runAction(recordRefSchema, raw, async ({ tx, actor, input }) => {
    const { row } = await authorizeRecord(tx, actor, input.entity, input.id, input.memberId, "member.records.submit");
    if (row.reviewState !== "submitted")
      throw invalidState(
        text("errors.action.onlyWithdraw", { what: thing(input.entity), state: stateWord(row.reviewState) }),
      );
    const after = await transition(tx, actor, input, "withdraw", row, { reviewState: "draft" });
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
    const { row } = await authorizeRecord(tx, actor, input.entity, input.id, input.memberId, "member.records.write");
    if (row.reviewState !== "draft" && row.reviewState !== "rejected")
      throw invalidState(
        text("errors.action.onlyDelete", { what: thing(input.entity), state: stateWord(row.reviewState) }),
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
      message: text("forms.done.deleted", { what: thing(input.entity) }),
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
      throw invalidState(text("errors.action.onlyRevise", { what: thing(input.entity) }));
    if (row.version !== input.version) throw conflict();
    const t = RECORD_TABLES[input.entity];
    const open = await tx
      .select({ id: t.id, state: t.reviewState })
      .from(t)
      .where(and(eq(t.revisionOf, row.id), isNull(t.supersededAt)));
    if (open.some((r) => r.state !== "approved"))
      throw invalidState(text("errors.action.revisionOpen", { what: thing(input.entity) }));
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
      message: text("forms.done.revised"),
    };
  });
}

async function approveOne(tx: Tx, actor: CurrentUser, ref: Transition, comment: string): Promise<void> {
  const { row } = await authorizeRecord(tx, actor, ref.entity, ref.id, ref.memberId, "member.records.review");
  if (row.reviewState !== "submitted")
    throw invalidState(
      text("errors.action.onlyApprove", { what: thing(ref.entity), state: stateWord(row.reviewState) }),
    );
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
      throw invalidState(text("errors.action.revisedGone", { what: thing(ref.entity) }));
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
      message: text("forms.done.approved", { what: thing(input.entity) }),
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
      message: text("forms.done.approvedMany", { count: input.records.length }),
    };
  });
}

export async function rejectRecord(raw: unknown) {
  return runAction(rejectRecordSchema, raw, async ({ tx, actor, input }) => {
    const { row } = await authorizeRecord(tx, actor, input.entity, input.id, input.memberId, "member.records.review");
    if (row.reviewState !== "submitted")
      throw invalidState(
        text("errors.action.onlyReject", { what: thing(input.entity), state: stateWord(row.reviewState) }),
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
      message: text("forms.done.rejected", { what: thing(input.entity) }),
    };
  });
}
