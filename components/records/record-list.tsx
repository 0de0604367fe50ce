"use client";
// The shared shape of a field's list of reviewable records (successions, mentorings, exams, certifications): an
// empty message, one bordered row per record (faded once superseded) showing either its edit form or a summary
// line, review state badge, review note and actions, then an "Add …" button that opens the form for a new one.
// FormButtons is the submit/cancel row and error summary those records' forms end with.
import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { RecordEntity } from "@/lib/records/schemas";
import type { ActionResult } from "@/lib/actions/run";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { RecordActions, type Perms } from "./record-actions";
import { StateBadge } from "./state-badge";
import { RecordImpactOf } from "@/components/reviews/impact";
import { refOf, ReviewNote, type ReviewedRow } from "./helpers";
import { openRevisionIds } from "@/lib/records/transitions";

type Editing = { editing: number | null; onEditingChange: (id: number | null) => void };

/** One "editing" state for several lists, so that opening a record's form in one closes the form open in another. */
export function useSharedEditing<K extends string>(): (list: K) => Editing {
  const [editing, setEditing] = useState<{ list: K; id: number } | null>(null);
  return (list) => ({
    editing: editing?.list === list ? editing.id : null,
    onEditingChange: (id) => setEditing(id === null ? null : { list, id }),
  });
}

export function RecordList<T extends ReviewedRow>({
  rows,
  entity,
  perms,
  names,
  emptyText,
  addLabel,
  actionLabel,
  renderSummary,
  renderFlag,
  renderForm,
  emptyClassName = "text-sm text-slate-600",
  listClassName = "mt-1 space-y-2",
  ...controlled
}: {
  rows: readonly T[];
  entity: RecordEntity;
  perms: Perms;
  names: Record<number, string>;
  emptyText: string;
  addLabel: string;
  actionLabel: (r: T) => string;
  /** The summary line's text (inside its text-sm span). */
  renderSummary: (r: T) => ReactNode;
  /** When given, shown before the state badge, both in one flex span. */
  renderFlag?: (r: T) => ReactNode;
  /** The edit form: of the record, or of a new one (null); onDone closes it. */
  renderForm: (record: T | null, onDone: () => void) => ReactNode;
  emptyClassName?: string;
  listClassName?: string;
} & Partial<Editing>) {
  const [adding, setAdding] = useState(false);
  const [ownEditing, setOwnEditing] = useState<number | null>(null);
  const editing = controlled.onEditingChange ? (controlled.editing ?? null) : ownEditing;
  const setEditing = controlled.onEditingChange ?? setOwnEditing;
  const open = openRevisionIds(rows);
  return (
    <>
      {rows.length === 0 ? <p className={emptyClassName}>{emptyText}</p> : null}
      <ul className={listClassName}>
        {rows.map((r) => {
          const badge = (
            <StateBadge state={r.reviewState} superseded={!!r.supersededAt} isRevision={r.revisionOf !== null} />
          );
          return (
            <li
              key={r.id}
              className={`rounded-md border border-slate-200 bg-white p-3 ${r.supersededAt ? "opacity-60" : ""}`}
            >
              {editing === r.id ? (
                renderForm(r, () => setEditing(null))
              ) : (
                <>
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="text-sm">{renderSummary(r)}</span>
                    {renderFlag ? (
                      <span className="flex items-center gap-2">
                        {renderFlag(r)}
                        {badge}
                      </span>
                    ) : (
                      badge
                    )}
                  </div>
                  <ReviewNote r={r} names={names} />
                  <RecordImpactOf entity={entity} id={r.id} />
                  <RecordActions
                    record={refOf(entity, r, open)}
                    perms={perms}
                    onEdit={() => setEditing(r.id)}
                    label={actionLabel(r)}
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
      {perms.write ? (
        adding ? (
          renderForm(null, () => setAdding(false))
        ) : (
          <Button variant="secondary" className="mt-2" onClick={() => setAdding(true)}>
            {addLabel}
          </Button>
        )
      ) : null}
    </>
  );
}

/** The end of a record form: save (changes, or a new draft) and cancel, then the error summary (never a success message). */
export function FormButtons({
  isEdit,
  pending,
  result,
  onCancel,
  span,
}: {
  isEdit: boolean;
  pending: boolean;
  result: ActionResult<unknown> | null;
  onCancel: () => void;
  /** The grid column span of both rows, e.g. "sm:col-span-2". */
  span: string;
}) {
  const t = useTranslations("records.form");
  return (
    <>
      <div className={`flex gap-2 ${span}`}>
        <SubmitButton pending={pending}>{isEdit ? t("saveChanges") : t("saveDraft")}</SubmitButton>
        <Button variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
      <div className={span}>
        <FormMessage result={result} showSuccess={false} />
      </div>
    </>
  );
}
