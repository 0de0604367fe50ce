"use client";
// The review queue's selection bar: select every reviewable record of the page, then approve or reject the selection
// in one transaction (lib/actions/review.ts approveRecords, rejectRecords). Reject asks for one comment, which each
// member reads on their page; a refusal names the records that changed meanwhile or that the viewer may not review.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { approveRecords, rejectRecords } from "@/lib/actions/review";
import type { ActionResult } from "@/lib/actions/run";
import { FieldErrors, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import type { ApprovedRef } from "@/components/records/record-actions";

type Run = <I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  input: I,
  onOk?: (r: ActionResult<T> & { ok: true }) => void,
) => void;

export function BulkBar({
  chosen,
  allChecked,
  canSelect,
  onSelectAll,
  onDone,
  onApproved,
  action,
}: {
  /** The selected records at the versions the queue was loaded with. */
  chosen: ApprovedRef[];
  allChecked: boolean;
  canSelect: boolean;
  onSelectAll: (all: boolean) => void;
  /** Clears the selection after a decision went through. */
  onDone: () => void;
  onApproved: (message: string | undefined, records: ApprovedRef[]) => void;
  /** The queue's action state, so its answer outlives the bar when the list empties. */
  action: { pending: boolean; result: ActionResult<unknown> | null; run: Run; errors: Record<string, string> };
}) {
  const t = useTranslations("reviews.queue.bulk");
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState("");
  const { pending, result, run, errors } = action;
  const count = chosen.length;
  return (
    <div
      className="space-y-2 rounded-lg border border-slate-200 bg-slate-50 p-3"
      role="group"
      aria-label={t("toolbar")}
    >
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <Checkbox checked={allChecked} disabled={!canSelect} onChange={(e) => onSelectAll(e.target.checked)} />
          {t("selectAll")}
        </label>
        <span className="text-sm text-slate-600" aria-live="polite">
          {t("selected", { count })}
        </span>
        <Button
          disabled={pending || count === 0}
          onClick={() =>
            run(approveRecords, { records: chosen }, (r) => {
              setRejecting(false);
              onDone();
              onApproved(r.message, r.data.records);
            })
          }
        >
          {t("approve", { count })}
        </Button>
        <Button
          variant="secondary"
          disabled={pending || count === 0}
          aria-expanded={rejecting}
          onClick={() => setRejecting((v) => !v)}
        >
          {t("reject", { count })}
        </Button>
      </div>
      {rejecting && count > 0 ? (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(rejectRecords, { records: chosen, comment }, () => {
              setRejecting(false);
              setComment("");
              onDone();
            });
          }}
        >
          <FieldErrors errors={errors}>
            <TextField
              className="min-w-64 flex-1"
              label={t("rejectWhy")}
              name="comment"
              id="bulk-reject-comment"
              value={comment}
              onChange={setComment}
              maxLength={2000}
            />
          </FieldErrors>
          <SubmitButton pending={pending}>{t("rejectSubmit", { count })}</SubmitButton>
        </form>
      ) : null}
      {/* An approval is said by the confirmation with its Undo; a refused comment under its field. */}
      <FormMessage
        result={result && result.ok && (result.data as { records?: unknown })?.records ? null : result}
        fieldsShown={rejecting ? ["comment"] : []}
      />
    </div>
  );
}
