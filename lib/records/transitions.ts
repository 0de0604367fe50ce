// The review transitions of a record as data: from which states each one starts, the state it leads to, and which
// of the viewer's record permissions it needs. The review actions (lib/actions/review.ts) enforce this table and the
// record buttons (components/records/record-actions.tsx) show what it allows; neither restates it.
import type { ReviewState } from "../db/schema";
import type { Capability } from "../auth/policy";

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
  /** The refusal when the record is in another state (`what` names the record kind, e.g. "project"). */
  refusal: (what: string, record: TransitionSubject) => string;
};

export const TRANSITIONS = {
  /** Edit in place (and a rejected record goes back to draft). */
  edit: {
    from: ["draft", "rejected"],
    to: "draft",
    needs: "write",
    refusal: (what, { state, superseded }) =>
      superseded
        ? `This ${what} has been replaced by a newer revision.`
        : state === "submitted"
          ? `This ${what} is submitted for review; withdraw it to edit it.`
          : `This ${what} is approved and locked; use "Change" to make a revision.`,
  },
  submit: {
    from: ["draft", "rejected"],
    to: "submitted",
    needs: "submit",
    refusal: (what, { state }) => `Only a draft or rejected ${what} can be submitted; this one is ${state}.`,
  },
  withdraw: {
    from: ["submitted"],
    to: "draft",
    needs: "submit",
    refusal: (what, { state }) => `Only a submitted ${what} can be withdrawn; this one is ${state}.`,
  },
  delete: {
    from: ["draft", "rejected"],
    to: null,
    needs: "write",
    refusal: (what, { state }) => `Only a draft or rejected ${what} can be deleted; this one is ${state}.`,
  },
  /** "Change" on an approved record: a draft copy that revises it, while it has no open revision already. */
  revise: {
    from: ["approved"],
    to: "draft",
    needs: "write",
    refusal: (what) => `Only an approved, current ${what} can be changed by a revision.`,
  },
  approve: {
    from: ["submitted"],
    to: "approved",
    needs: "review",
    refusal: (what, { state }) => `Only a submitted ${what} can be approved; this one is ${state}.`,
  },
  reject: {
    from: ["submitted"],
    to: "rejected",
    needs: "review",
    refusal: (what, { state }) => `Only a submitted ${what} can be rejected; this one is ${state}.`,
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
export function refusalOf(name: TransitionName, what: string, record: TransitionSubject): string | null {
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
