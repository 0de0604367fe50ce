"use client";
// The review buttons of one record, as its state and the viewer's permissions allow: submit, withdraw, delete,
// change (revision), approve, reject with a comment.
import { useState } from "react";
import { useTranslations } from "next-intl";
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
import { isRecordAuthor } from "@/lib/auth/policy";
import { FieldErrors, TextField } from "@/components/forms/fields";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";

/** A record as its approval left it: what an "Undo" names. */
export type ApprovedRef = { entity: RecordEntity; id: number; memberId: number; version: number };

/** What the viewer may do with a member's records; `viewerUserId` keeps them from reviewing records they wrote. */
export type Perms = { write: boolean; submit: boolean; review: boolean; viewerUserId?: number };

export type RecordRefProps = {
  entity: RecordEntity;
  id: number;
  memberId: number;
  version: number;
  state: ReviewState;
  superseded: boolean;
  hasOpenRevision?: boolean;
  /** Who wrote the record (four eyes: not its reviewer). */
  createdBy?: number | null;
};

export function RecordActions({
  record,
  perms,
  onEdit,
  onApproved,
  label,
}: {
  record: RecordRefProps;
  perms: Perms;
  onEdit?: () => void;
  /** Takes over the approval's answer (the review queue says it with an "Undo", as the record leaves the list). */
  onApproved?: (message: string | undefined, approved: ApprovedRef[]) => void;
  label: string;
}) {
  const t = useTranslations("records.actions");
  const { pending, result, run, errors } = useAction();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState("");
  const ref = { entity: record.entity, id: record.id, memberId: record.memberId, version: record.version };
  if (record.superseded) return null;
  const authored =
    perms.viewerUserId !== undefined &&
    isRecordAuthor({ userId: perms.viewerUserId }, { createdBy: record.createdBy ?? null });
  const may = (name: TransitionName) => mayStart(name, record, { ...perms, review: perms.review && !authored });
  const commentId = `reject-${record.entity}-${record.id}`;
  return (
    <div className="mt-2 space-y-2">
      <div className="flex flex-wrap gap-2" role="group" aria-label={t("group", { label })}>
        {may("edit") && onEdit ? (
          <Button variant="secondary" onClick={onEdit} disabled={pending}>
            {t("edit")}
          </Button>
        ) : null}
        {may("submit") ? (
          <Button disabled={pending} onClick={() => run(submitRecord, ref)}>
            {t("submit")}
          </Button>
        ) : null}
        {may("withdraw") ? (
          <Button variant="secondary" disabled={pending} onClick={() => run(withdrawRecord, ref)}>
            {t("withdraw")}
          </Button>
        ) : null}
        {may("delete") ? (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => {
              if (confirm(t("confirmDelete", { label }))) run(deleteRecord, ref);
            }}
          >
            {t("delete")}
          </Button>
        ) : null}
        {may("revise") ? (
          <Button variant="secondary" disabled={pending} onClick={() => run(reviseRecord, ref)}>
            {t("change")}
          </Button>
        ) : null}
        {may("approve") ? (
          <Button
            disabled={pending}
            onClick={() => run(approveRecord, ref, (r) => onApproved?.(r.message, r.data.records))}
          >
            {t("approve")}
          </Button>
        ) : null}
        {may("reject") ? (
          <>
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => setRejecting((v) => !v)}
              aria-expanded={rejecting}
            >
              {t("reject")}
            </Button>
          </>
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
          <FieldErrors errors={errors}>
            <TextField
              className="min-w-64 flex-1"
              label={t("rejectWhy")}
              name="comment"
              id={commentId}
              value={comment}
              onChange={setComment}
              maxLength={2000}
            />
          </FieldErrors>
          <SubmitButton pending={pending}>{t("rejectWithComment")}</SubmitButton>
        </form>
      ) : null}
      {/* A refusal of the comment alone is said under the comment field, not a second time here. */}
      <FormMessage result={result} fieldsShown={rejecting ? ["comment"] : []} showSuccess={!onApproved} />
    </div>
  );
}
