import { describe, expect, it } from "vitest";
import { thing } from "../errors";
import { translate, type Text } from "../i18n/text";

const say = (t: Text | null) => (t === null ? null : translate("en", t));
import { REVIEW_STATES, type ReviewState } from "../db/schema";
import {
  isOpenRevision,
  mayStart,
  openRevisionIds,
  PERM_CAPABILITY,
  refusalOf,
  startsFrom,
  TRANSITION_NAMES,
  TRANSITIONS,
  type RecordPerms,
  type TransitionName,
} from "./transitions";

// The review lifecycle as the specification describes it: what may start from each state.
const STARTS: Record<ReviewState, TransitionName[]> = {
  draft: ["edit", "submit", "delete"],
  submitted: ["withdraw", "approve", "reject"],
  approved: ["revise", "undoApproval"],
  rejected: ["edit", "submit", "delete"],
};
const ALL: RecordPerms = { write: true, submit: true, review: true };
const NONE: RecordPerms = { write: false, submit: false, review: false };

describe("review transitions", () => {
  it("start exactly from the states of the lifecycle", () => {
    for (const state of REVIEW_STATES)
      for (const name of TRANSITION_NAMES)
        expect(startsFrom(name, { state, superseded: false }), `${name} from ${state}`).toBe(
          STARTS[state].includes(name),
        );
  });

  it("lead to the state the lifecycle continues from", () => {
    expect(TRANSITIONS.submit.to).toBe("submitted");
    expect(TRANSITIONS.withdraw.to).toBe("draft");
    expect(TRANSITIONS.approve.to).toBe("approved");
    expect(TRANSITIONS.reject.to).toBe("rejected");
    expect(TRANSITIONS.revise.to).toBe("draft");
    expect(TRANSITIONS.delete.to).toBeNull();
    expect(TRANSITIONS.undoApproval.to).toBe("submitted");
    // a submitted record can always be taken back or decided; a decided one can be worked on again
    for (const name of ["submit", "withdraw", "approve", "reject", "revise"] as const)
      expect(STARTS[TRANSITIONS[name].to].length, name).toBeGreaterThan(0);
  });

  it("start from nothing superseded: a replaced record is history", () => {
    for (const state of REVIEW_STATES)
      for (const name of TRANSITION_NAMES) expect(mayStart(name, { state, superseded: true }, ALL)).toBe(false);
  });

  it("refuse a change while a revision is open, and nothing else", () => {
    const approved = { state: "approved" as const, superseded: false };
    expect(mayStart("revise", approved, ALL)).toBe(true);
    expect(mayStart("revise", { ...approved, hasOpenRevision: true }, ALL)).toBe(false);
    for (const state of REVIEW_STATES)
      for (const name of TRANSITION_NAMES.filter((n) => n !== "revise"))
        expect(startsFrom(name, { state, superseded: false, hasOpenRevision: true })).toBe(
          startsFrom(name, { state, superseded: false }),
        );
  });

  it("each need exactly one permission, the one the policy names", () => {
    const needs: Record<TransitionName, keyof RecordPerms> = {
      edit: "write",
      submit: "submit",
      withdraw: "submit",
      delete: "write",
      revise: "write",
      approve: "review",
      reject: "review",
      undoApproval: "review",
    };
    for (const name of TRANSITION_NAMES) {
      const state = STARTS.draft.includes(name) ? "draft" : STARTS.submitted.includes(name) ? "submitted" : "approved";
      const record = { state, superseded: false } as const;
      expect(mayStart(name, record, NONE), name).toBe(false);
      expect(mayStart(name, record, { ...ALL, [needs[name]]: false }), name).toBe(false);
      expect(mayStart(name, record, { ...NONE, [needs[name]]: true }), name).toBe(true);
      expect(PERM_CAPABILITY[TRANSITIONS[name].needs]).toBe(`member.records.${needs[name]}`);
    }
  });

  it("refuse with a sentence naming the record kind and its state", () => {
    const approved = { state: "approved" as const, superseded: false };
    expect(say(refusalOf("submit", thing("project"), approved))).toBe(
      "Only a draft or rejected project can be submitted; this one is approved.",
    );
    expect(say(refusalOf("withdraw", thing("exam"), { state: "draft", superseded: false }))).toBe(
      "Only a submitted exam can be withdrawn; this one is draft.",
    );
    expect(say(refusalOf("revise", thing("project"), { state: "draft", superseded: false }))).toBe(
      "Only an approved, current project can be changed by a revision.",
    );
    expect(say(refusalOf("revise", thing("project"), { ...approved, superseded: true }))).toBe(
      "Only an approved, current project can be changed by a revision.",
    );
    expect(say(refusalOf("edit", thing("exam"), { state: "submitted", superseded: false }))).toBe(
      "This exam is submitted for review; withdraw it to edit it.",
    );
    expect(say(refusalOf("edit", thing("exam"), approved))).toBe(
      'This exam is approved and locked; use "Change" to make a revision.',
    );
    expect(say(refusalOf("edit", thing("exam"), { ...approved, superseded: true }))).toBe(
      "This exam has been replaced by a newer revision.",
    );
    for (const state of REVIEW_STATES)
      for (const name of STARTS[state])
        expect(say(refusalOf(name, thing("exam"), { state, superseded: false }))).toBeNull();
  });
});

describe("open revisions", () => {
  const row = (revisionOf: number | null, reviewState: ReviewState, supersededAt: Date | null = null) => ({
    revisionOf,
    reviewState,
    supersededAt,
  });

  it("are current revisions not yet approved", () => {
    expect(isOpenRevision(row(1, "draft"))).toBe(true);
    expect(isOpenRevision(row(1, "submitted"))).toBe(true);
    expect(isOpenRevision(row(1, "rejected"))).toBe(true);
    expect(isOpenRevision(row(1, "approved"))).toBe(false);
    expect(isOpenRevision(row(1, "draft", new Date()))).toBe(false);
    expect(isOpenRevision(row(null, "draft"))).toBe(false);
  });

  it("mark the records they revise", () => {
    expect([
      ...openRevisionIds([row(1, "draft"), row(2, "approved"), row(null, "submitted"), row(3, "rejected")]),
    ]).toEqual([1, 3]);
  });
});
