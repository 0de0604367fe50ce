// The review writes every review action shares — start a transition under the policy, write it with its version and
// audit row, approve or reject one record — and the review of several records at once (the queue's bulk Approve and
// Reject): all or nothing, every record that changed since the queue was loaded or that the reviewer may not review
// named in one refusal. Runs inside the caller's transaction; the caller refreshes the standings once.
import { eq, inArray } from "drizzle-orm";
import type { Tx } from "../db/client";
import type { CurrentUser } from "../auth/session";
import { writeAudit } from "../db/audit";
import { updateVersioned } from "../db/versioned";
import { AppError, forbidden, invalidState, thing } from "../errors";
import { canReviewRecord } from "../auth/policy";
import { RECORD_TABLES, type RecordRow } from "../db/record-tables";
import type { ReviewState } from "../db/schema";
import { members } from "../db/schema";
import { authorizeRecord } from "./access";
import { PERM_CAPABILITY, refusalOf, TRANSITIONS, type TransitionName } from "./transitions";
import type { RecordEntity } from "./schemas";
import { text, type Text } from "../i18n/text";
import { notifyReviewed } from "./events";
import { titleOf } from "./title";

export type RecordRef = { entity: RecordEntity; id: number; memberId: number; version: number };
/** The review columns a transition writes (every record table has them). */
export type ReviewValues = {
  reviewState?: ReviewState;
  reviewComment?: string | null;
  reviewedBy?: number | null;
  reviewedAt?: Date | null;
  supersededAt?: Date | null;
};

/** The record, with the policy allowing the transition's permission on its member and its state allowing the start. */
export async function startTransition(tx: Tx, actor: CurrentUser, name: TransitionName, ref: RecordRef) {
  const t = TRANSITIONS[name];
  const { row, scope } = await authorizeRecord(tx, actor, ref.entity, ref.id, ref.memberId, PERM_CAPABILITY[t.needs]);
  // Four eyes: whoever wrote the record does not approve or reject it.
  if (t.needs === "review" && !canReviewRecord(actor, scope, row))
    throw forbidden(text("errors.can.reviewOwnRecord", { what: thing(ref.entity) }));
  const refusal = refusalOf(name, thing(ref.entity), { state: row.reviewState, superseded: !!row.supersededAt });
  if (refusal) throw invalidState(refusal);
  return row;
}

export async function transition(
  tx: Tx,
  actor: CurrentUser,
  ref: RecordRef,
  action: string,
  before: RecordRow,
  values: ReviewValues,
): Promise<RecordRow> {
  const after = await updateVersioned(tx, RECORD_TABLES[ref.entity], ref.id, ref.version, values);
  await writeAudit(tx, { actorUserId: actor.userId, action, entity: ref.entity, entityId: ref.id, before, after });
  return after;
}

/**
 * Approves one record; returns its reference at the version the approval left, which an "Undo" names. `checked`: the
 * row as reviewRecords already checked it in this transaction (the same checks as startTransition's).
 */
export async function approveOne(
  tx: Tx,
  actor: CurrentUser,
  ref: RecordRef,
  comment: string,
  checked?: RecordRow,
): Promise<RecordRef> {
  const row = checked ?? (await startTransition(tx, actor, "approve", ref));
  const now = new Date();
  const after = await transition(tx, actor, ref, "approve", row, {
    reviewState: TRANSITIONS.approve.to,
    reviewComment: comment || null,
    reviewedBy: actor.userId,
    reviewedAt: now,
  });
  if (row.revisionOf !== null) {
    const t = RECORD_TABLES[ref.entity];
    const [original]: RecordRow[] = await tx.select().from(t).where(eq(t.id, row.revisionOf)).limit(1);
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
  // One record: its member is told here; reviewRecords (which passes `checked`) tells all its members at once.
  if (!checked)
    await notifyReviewed(tx, actor.userId, "approve", [{ entity: ref.entity, row, memberId: ref.memberId }], comment);
  return { entity: ref.entity, id: ref.id, memberId: ref.memberId, version: after.version };
}

/** Rejects one record with the reviewer's comment (the member reads it on their page). */
export async function rejectOne(
  tx: Tx,
  actor: CurrentUser,
  ref: RecordRef,
  comment: string,
  checked?: RecordRow,
): Promise<void> {
  const row = checked ?? (await startTransition(tx, actor, "reject", ref));
  await transition(tx, actor, ref, "reject", row, {
    reviewState: TRANSITIONS.reject.to,
    reviewComment: comment,
    reviewedBy: actor.userId,
    reviewedAt: new Date(),
  });
  if (!checked)
    await notifyReviewed(tx, actor.userId, "reject", [{ entity: ref.entity, row, memberId: ref.memberId }], comment);
}

/** "the project “Server refresh” of Yuki Yamamoto, the exam …": the records a refusal names, as one Text. */
function recordList(named: { entity: RecordEntity; title: string; member: string }[]): Text {
  const one = (n: (typeof named)[number]) =>
    text("errors.bulk.record", { what: thing(n.entity), title: n.title, member: n.member });
  return named
    .slice(1)
    .reduce<Text>((list, n) => text("errors.bulk.andRecord", { list, record: one(n) }), one(named[0]));
}

export type Decision = "approve" | "reject";

/**
 * Approves or rejects `refs` in the caller's transaction, all or nothing. First every record is checked as a single
 * review would check it (a record out of the reviewer's reach is refused as not found, as for one record); the records
 * that changed since the queue was loaded (another version, or no longer submitted) and those the reviewer may not
 * review (four eyes: they wrote it) are collected and named together in one refusal, before anything is written. Then
 * each is written by the single path (approveOne / rejectOne: audit rows, a revision's original superseded). Returns
 * how many were decided, the approved records at their new versions (for an Undo) and the members whose standings
 * the caller refreshes once.
 */
export async function reviewRecords(
  tx: Tx,
  actor: CurrentUser,
  decision: Decision,
  refs: readonly RecordRef[],
  comment: string,
): Promise<{ decided: number; records: RecordRef[]; memberIds: number[] }> {
  const stale: { ref: RecordRef; row: RecordRow }[] = [];
  const own: { ref: RecordRef; row: RecordRow }[] = [];
  const ready: { ref: RecordRef; row: RecordRow }[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const key = `${ref.entity}:${ref.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // startTransition's checks, with the refusals collected instead of thrown (out of reach still throws).
    const { row, scope } = await authorizeRecord(
      tx,
      actor,
      ref.entity,
      ref.id,
      ref.memberId,
      PERM_CAPABILITY[TRANSITIONS[decision].needs],
    );
    const state = { state: row.reviewState, superseded: !!row.supersededAt };
    if (!canReviewRecord(actor, scope, row)) own.push({ ref, row });
    else if (row.version !== ref.version || refusalOf(decision, thing(ref.entity), state)) stale.push({ ref, row });
    else ready.push({ ref, row });
  }
  if (stale.length || own.length) {
    const ids = [...new Set([...stale, ...own].map((p) => p.ref.memberId))];
    const names = new Map(
      (await tx.select({ id: members.id, name: members.name }).from(members).where(inArray(members.id, ids))).map(
        (m) => [m.id, m.name],
      ),
    );
    const named = (list: typeof stale) =>
      recordList(
        list.map(({ ref, row }) => ({
          entity: ref.entity,
          title: titleOf(ref.entity, row),
          member: names.get(ref.memberId) ?? "",
        })),
      );
    const nothing = text(decision === "approve" ? "errors.bulk.nothingApproved" : "errors.bulk.nothingRejected");
    const parts: Text[] = [];
    if (stale.length) parts.push(text("errors.bulk.changed", { count: stale.length, records: named(stale) }));
    if (own.length) parts.push(text("errors.bulk.own", { count: own.length, records: named(own) }));
    const reasons = parts.length === 2 ? text("errors.bulk.both", { first: parts[0], second: parts[1] }) : parts[0];
    throw new AppError(own.length ? "forbidden" : "conflict", text("errors.bulk.refused", { nothing, reasons }));
  }
  const records: RecordRef[] = [];
  for (const { ref, row } of ready) {
    if (decision === "approve") records.push(await approveOne(tx, actor, ref, "", row));
    else await rejectOne(tx, actor, ref, comment, row);
  }
  await notifyReviewed(
    tx,
    actor.userId,
    decision,
    ready.map(({ ref, row }) => ({ entity: ref.entity, row, memberId: ref.memberId })),
    decision === "approve" ? "" : comment,
  );
  return { decided: ready.length, records, memberIds: [...new Set(ready.map((r) => r.ref.memberId))] };
}
