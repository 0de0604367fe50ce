// The review transitions of a record as data: from which states each one starts, the state it leads to, and which
// of the viewer's record permissions it needs. The review actions (lib/actions/review.ts) enforce this table and the
// record buttons (components/records/record-actions.tsx) show what it allows; neither restates it.
import type { ReviewState } from "../db/schema";
import type { Capability } from "../auth/policy";
// Type-only: the record buttons import this table into the browser, which must not pull in the message catalogs.
import type { Text, TextKey, TextValue } from "../i18n/text";

const text = (key: TextKey, values?: Record<string, TextValue>): Text => (values ? { key, values } : { key });
const stateWord = (state: ReviewState): Text => ({ key: `records.stateWord.${state}` as TextKey });

/** The viewer's permissions on one member's records, as the policy grants them (the record buttons receive these). */
export type RecordPerms = { write: boolean; submit: boolean; review: boolean };
export type RecordPerm = keyof RecordPerms;

/** The policy capability behind each record permission. */
export const PERM_CAPABILITY = {
  write: "member.records.write",
  submit: "member.records.submit",
  review: "member.records.review",
} as const satisfies Record<RecordPerm, Capability>;

/** A record as the rules see it. */
export type TransitionSubject = { state: ReviewState; superseded: boolean; hasOpenRevision?: boolean };

type Transition = {
  /** The states the record may be in. */
  from: readonly ReviewState[];
  /** The state it is in afterwards; null when the record is deleted, "draft" of a new copy for a revision. */
  to: ReviewState | null;
  needs: RecordPerm;
  /** The refusal when the record is in another state (`what` names the record kind, e.g. "project"), said in the
   * reader's language by runAction (messages errors.action.*). */
  refusal: (what: Text, record: TransitionSubject) => Text;
};

export const TRANSITIONS = {
  /** Edit in place (and a rejected record goes back to draft). */
  edit: {
    from: ["draft", "rejected"],
    to: "draft",
    needs: "write",
    refusal: (what, { state, superseded }) =>
      text(
        superseded
          ? "errors.action.superseded"
          : state === "submitted"
            ? "errors.action.lockedSubmitted"
            : "errors.action.lockedApproved",
        { what },
      ),
  },
  submit: {
    from: ["draft", "rejected"],
    to: "submitted",
    needs: "submit",
    refusal: (what, { state }) => text("errors.action.onlySubmit", { what, state: stateWord(state) }),
  },
  withdraw: {
    from: ["submitted"],
    to: "draft",
    needs: "submit",
    refusal: (what, { state }) => text("errors.action.onlyWithdraw", { what, state: stateWord(state) }),
  },
  delete: {
    from: ["draft", "rejected"],
    to: null,
    needs: "write",
    refusal: (what, { state }) => text("errors.action.onlyDelete", { what, state: stateWord(state) }),
  },
  /** "Change" on an approved record: a draft copy that revises it, while it has no open revision already. */
  revise: {
    from: ["approved"],
    to: "draft",
    needs: "write",
    refusal: (what) => text("errors.action.onlyRevise", { what }),
  },
  approve: {
    from: ["submitted"],
    to: "approved",
    needs: "review",
    refusal: (what, { state }) => text("errors.action.onlyApprove", { what, state: stateWord(state) }),
  },
  reject: {
    from: ["submitted"],
    to: "rejected",
    needs: "review",
    refusal: (what, { state }) => text("errors.action.onlyReject", { what, state: stateWord(state) }),
  },
  /** The queue's "Undo" right after an approval: the record goes back to submitted (lib/actions/review.ts adds "only
   * while nothing changed since"). */
  undoApproval: {
    from: ["approved"],
    to: "submitted",
    needs: "review",
    refusal: (what, { state }) => text("errors.action.onlyUndoApproval", { what, state: stateWord(state) }),
  },
} as const satisfies Record<string, Transition>;
export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

/**
 * Whether the record's state lets the transition start (permissions aside). A superseded record is history: nothing
 * starts from it; an approved record with an open revision is changed through that revision.
 */
export function startsFrom(name: TransitionName, record: TransitionSubject): boolean {
  if (record.superseded) return false;
  if (name === "revise" && record.hasOpenRevision) return false;
  return (TRANSITIONS[name].from as readonly ReviewState[]).includes(record.state);
}

/** Whether the viewer may start the transition on the record: its state allows it and they hold the permission. */
export function mayStart(name: TransitionName, record: TransitionSubject, perms: RecordPerms): boolean {
  return perms[TRANSITIONS[name].needs] && startsFrom(name, record);
}

/** Why the record's state does not let the transition start; null when it does. */
export function refusalOf(name: TransitionName, what: Text, record: TransitionSubject): Text | null {
  return startsFrom(name, record) ? null : TRANSITIONS[name].refusal(what, record);
}

type RevisionRow = { revisionOf: number | null; supersededAt: Date | null; reviewState: ReviewState };

/** The "open revision" rule: a current revision not yet approved (draft, submitted or rejected). */
export function isOpenRevision(r: RevisionRow): boolean {
  return r.revisionOf !== null && !r.supersededAt && r.reviewState !== "approved";
}

/** The ids of the records that have an open revision among `rows`. */
export function openRevisionIds(rows: readonly RevisionRow[]): Set<number> {
  return new Set(rows.filter(isOpenRevision).map((r) => r.revisionOf!));
}
