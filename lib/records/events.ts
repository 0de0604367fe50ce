// The notifications the record and rating writes cause (docs/notifications.md), written with notify() inside the
// write's own transaction: a record submitted → the team's leads; approved or rejected → the member; a lead rating
// given or changed → the member. Whoever acted is never told about their own act.
import type { Tx } from "../db/client";
import type { RecordRow } from "../db/record-tables";
import { thing } from "../errors";
import { text } from "../i18n/text";
import { notify, type NotificationInput } from "../notify/notify";
import { audiencesOf } from "../notify/recipients";
import type { RecordEntity } from "./schemas";
import { titleOf } from "./title";

export type RecordEvent = { entity: RecordEntity; row: RecordRow; memberId: number };

/** Each submitted record → the leads of its member's team (not the submitter). */
export async function notifySubmitted(tx: Tx, actorUserId: number, events: readonly RecordEvent[]): Promise<number> {
  const audiences = await audiencesOf(
    tx,
    events.map((e) => e.memberId),
  );
  const items: NotificationInput[] = [];
  for (const e of events) {
    const a = audiences.get(e.memberId);
    if (!a) continue;
    for (const userId of a.leadIds) {
      if (userId === actorUserId) continue;
      items.push({
        userId,
        kind: "recordSubmitted",
        text: text("notifications.events.recordSubmitted", {
          member: a.name,
          what: thing(e.entity),
          title: titleOf(e.entity, e.row),
        }),
        href: `/reviews?teamId=${a.teamId}`,
      });
    }
  }
  return notify(tx, items);
}

/** Each approved or rejected record → its member's account (with the reviewer's comment), unless they reviewed it. */
export async function notifyReviewed(
  tx: Tx,
  actorUserId: number,
  decision: "approve" | "reject",
  events: readonly RecordEvent[],
  comment: string,
): Promise<number> {
  const audiences = await audiencesOf(
    tx,
    events.map((e) => e.memberId),
  );
  const items: NotificationInput[] = [];
  for (const e of events) {
    const a = audiences.get(e.memberId);
    if (!a?.userId || a.userId === actorUserId) continue;
    const values = { what: thing(e.entity), title: titleOf(e.entity, e.row) };
    const trimmed = comment.trim();
    items.push({
      userId: a.userId,
      kind: "recordReviewed",
      text:
        decision === "approve"
          ? trimmed
            ? text("notifications.events.approvedWithComment", { ...values, comment: trimmed })
            : text("notifications.events.approved", values)
          : text("notifications.events.rejected", { ...values, comment: trimmed }),
      href: `/members/${e.memberId}`,
    });
  }
  return notify(tx, items);
}

/**
 * A lead's ratings given or changed → each member's account (the member page, the quick update, the team grid):
 * `counts` is how many skills of each member. One statement for the accounts whatever the number of members;
 * members without an account, disabled accounts and the lead's own member record are skipped.
 */
export async function notifyLeadRatings(
  tx: Tx,
  actor: { userId: number; name: string },
  counts: ReadonlyMap<number, number>,
): Promise<number> {
  const memberIds = [...counts].filter(([, n]) => n > 0).map(([id]) => id);
  if (memberIds.length === 0) return 0;
  const audiences = await audiencesOf(tx, memberIds);
  const items: NotificationInput[] = [];
  for (const memberId of memberIds) {
    const a = audiences.get(memberId);
    if (!a?.userId || a.userId === actor.userId) continue;
    items.push({
      userId: a.userId,
      kind: "leadRating",
      text: text("notifications.events.leadRating", { lead: actor.name, count: counts.get(memberId)! }),
      href: `/members/${memberId}`,
    });
  }
  return notify(tx, items);
}
