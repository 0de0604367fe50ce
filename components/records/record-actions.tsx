"use client";
// The review buttons of one record, as its state and the viewer's permissions allow: submit, withdraw, delete,
// change (revision), approve, reject with a comment.
import { useState } from "react";
import {
  approveRecord,
  deleteRecord,
  rejectRecord,
  reviseRecord,
  submitRecord,
  withdrawRecord,
} from "@/lib/actions/review";
import type { ReviewState } from "@/lib/db/schema";
import type { RecordEntity } from "@/lib/records/schemas";
import { mayStart, type TransitionName } from "@/lib/records/transitions";
import {
  buttonClass,
  FieldError,
  inputClass,
  ResultMessage,
  secondaryButtonClass,
  useAction,
  type Perms,
} from "./form-kit";

export type RecordRefProps = {
  entity: RecordEntity;
  id: number;
  memberId: number;
  version: number;
  state: ReviewState;
  superseded: boolean;
  hasOpenRevision?: boolean;
};

export function RecordActions({
  record,
  perms,
  onEdit,
  label,
}: {
  record: RecordRefProps;
  perms: Perms;
  onEdit?: () => void;
  label: string;
}) {
  const { pending, result, run, errors } = useAction();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState("");
  const ref = { entity: record.entity, id: record.id, memberId: record.memberId, version: record.version };
  if (record.superseded) return null;
  const may = (name: TransitionName) => mayStart(name, record, perms);
  const commentId = `reject-${record.entity}-${record.id}`;
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-2" role="group" aria-label={`Actions for ${label}`}>
        {may("edit") && onEdit ? (
          <button type="button" className={secondaryButtonClass} onClick={onEdit} disabled={pending}>
            Edit
          </button>
        ) : null}
        {may("submit") ? (
          <button type="button" className={buttonClass} disabled={pending} onClick={() => run(submitRecord, ref)}>
            Submit for review
          </button>
        ) : null}
        {may("withdraw") ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending}
            onClick={() => run(withdrawRecord, ref)}
          >
            Withdraw
          </button>
        ) : null}
        {may("delete") ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending}
            onClick={() => {
              if (confirm(`Delete this ${label}?`)) run(deleteRecord, ref);
            }}
          >
            Delete
          </button>
        ) : null}
        {may("revise") ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending}
            onClick={() => run(reviseRecord, ref)}
          >
            Change
          </button>
        ) : null}
        {may("approve") ? (
          <button type="button" className={buttonClass} disabled={pending} onClick={() => run(approveRecord, ref)}>
            Approve
          </button>
        ) : null}
        {may("reject") ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending}
            onClick={() => setRejecting((v) => !v)}
            aria-expanded={rejecting}
          >
            Reject…
          </button>
        ) : null}
      </div>
      {rejecting && may("reject") ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(rejectRecord, { ...ref, comment }, () => setRejecting(false));
          }}
        >
          <div className="min-w-64 flex-1">
            <label htmlFor={commentId} className="block text-sm font-medium text-slate-700">
              Why is it rejected? (the member sees this)
            </label>
            <input
              id={commentId}
              className={inputClass}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              maxLength={2000}
            />
            <FieldError errors={errors} name="comment" />
          </div>
          <button type="submit" className={buttonClass} disabled={pending}>
            Reject with comment
          </button>
        </form>
      ) : null}
      <ResultMessage result={result} />
    </div>
  );
}
