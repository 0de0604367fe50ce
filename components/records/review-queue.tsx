"use client";
// The lead's review queue: submitted records grouped by member (members in the order of their oldest record), each
// record with the facts it claims (a project's complexity criteria and size), approved or rejected with a comment
// inline; the records selected on the page are approved or rejected together (components/reviews/bulk-bar.tsx). An
// approval is confirmed with an "Undo" (lib/actions/review.ts undoApproval), which stays while the approved records
// leave the list, also when the list becomes empty.
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { undoApproval } from "@/lib/actions/review";
import type { QueueItem } from "@/lib/db/queries/review";
import { FormMessage } from "@/components/forms/form-message";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { useDate } from "./use-date";
import { RecordActions, type ApprovedRef } from "./record-actions";
import { useQueueText } from "@/components/reviews/queue-text";
import { Checkbox } from "@/components/ui/checkbox";
import { RecordImpact, type ImpactText } from "@/components/reviews/impact";
import { BulkBar } from "@/components/reviews/bulk-bar";

const key = (i: QueueItem) => `${i.entity}:${i.id}`;

/** The queue's records per member, members in the order of their oldest record (the items come oldest first). */
function byMember(items: QueueItem[]) {
  const groups = new Map<number, { memberId: number; memberName: string; teamName: string; items: QueueItem[] }>();
  for (const i of items) {
    const g = groups.get(i.memberId) ?? {
      memberId: i.memberId,
      memberName: i.memberName,
      teamName: i.teamName,
      items: [],
    };
    g.items.push(i);
    groups.set(i.memberId, g);
  }
  return [...groups.values()];
}

export function ReviewQueue({
  items,
  empty,
  impacts = {},
}: {
  items: QueueItem[];
  empty: ReactNode;
  /** What approving each record changes, by `entity:id` (lib/views/impact.ts). */
  impacts?: Record<string, ImpactText>;
}) {
  const t = useTranslations("records");
  const q = useTranslations("reviews.queue");
  const day = useDate();
  const text = useQueueText();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const bulk = useAction();
  const { result, reset } = bulk;
  const undo = useAction();
  // The last approval, while it may be undone: its message and the records at the versions it left.
  const [approved, setApproved] = useState<{ message?: string; records: ApprovedRef[] } | null>(null);
  const onApproved = (message: string | undefined, records: ApprovedRef[]) => {
    reset();
    undo.reset();
    setApproved({ message, records });
  };
  // Records the viewer wrote are listed, with who reviews them, but cannot be chosen (four eyes).
  const reviewable = items.filter((i) => i.canReview);
  const chosen = reviewable.filter((i) => selected.has(key(i)));
  const itemLabel = (i: QueueItem) =>
    t("review.itemLabel", { entity: t(`entity.${i.entity}`), title: text.title(i), member: i.memberName });
  const allChecked = reviewable.length > 0 && chosen.length === reviewable.length;
  const confirmation =
    approved || undo.result ? (
      <div className="space-y-2" data-testid="approval-confirmation">
        {approved ? (
          <p
            role="status"
            className="flex flex-wrap items-center gap-3 rounded-md border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
          >
            <span>{approved.message}</span>
            <Button
              variant="secondary"
              disabled={undo.pending}
              onClick={() => undo.run(undoApproval, { records: approved.records }, () => setApproved(null))}
            >
              {q("undo")}
            </Button>
          </p>
        ) : null}
        <FormMessage result={undo.result} />
      </div>
    ) : null;
  if (items.length === 0)
    return (
      <div className="space-y-3">
        {confirmation}
        <FormMessage result={result} />
        {empty}
      </div>
    );
  return (
    <div className="space-y-4">
      <BulkBar
        chosen={chosen.map((i) => ({ entity: i.entity, id: i.id, memberId: i.memberId, version: i.version }))}
        allChecked={allChecked}
        canSelect={reviewable.length > 0}
        onSelectAll={(all) => setSelected(all ? new Set(reviewable.map(key)) : new Set())}
        onDone={() => setSelected(new Set())}
        onApproved={onApproved}
        action={bulk}
      />
      {confirmation}
      {byMember(items).map((g) => (
        <section key={g.memberId} aria-labelledby={`queue-member-${g.memberId}`} className="space-y-2">
          <h2
            id={`queue-member-${g.memberId}`}
            className="flex flex-wrap items-baseline gap-x-2 border-b border-slate-200 pb-1 text-base font-semibold text-slate-900"
          >
            <Link className="text-brand-700 hover:underline" href={`/members/${g.memberId}`}>
              {g.memberName}
            </Link>
            <span className="text-sm font-normal text-slate-600">
              {g.teamName} · {q("records", { count: g.items.length })}
            </span>
          </h2>
          <ul className="space-y-3">
            {g.items.map((i) => {
              const criteria = text.criteria(i);
              return (
                <li
                  key={key(i)}
                  data-testid="queue-record"
                  className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
                >
                  <div className="flex flex-wrap items-start gap-3">
                    <Checkbox
                      className="mt-1"
                      aria-label={t("review.select", { title: itemLabel(i) })}
                      disabled={!i.canReview}
                      checked={i.canReview && selected.has(key(i))}
                      onChange={(e) =>
                        setSelected((prev) => {
                          const n = new Set(prev);
                          if (e.target.checked) n.add(key(i));
                          else n.delete(key(i));
                          return n;
                        })
                      }
                    />
                    <div className="min-w-0 flex-1">
                      <div className="flex flex-wrap items-center justify-between gap-2">
                        <h3 className="font-semibold text-slate-900">
                          <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium uppercase text-slate-600">
                            {t(`entity.${i.entity}`)}
                            {i.isRevision ? ` ${t("state.revision")}` : ""}
                          </span>
                          {text.title(i)}
                        </h3>
                        {i.projectLevel !== null ? (
                          <span className="rounded-md bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-900">
                            {i.projectLevel > 0 ? t("project.level", { level: i.projectLevel }) : t("project.noLevel")}
                          </span>
                        ) : null}
                      </div>
                      <p className="text-sm text-slate-600">
                        {i.field ? `${t(`field.${i.field}`)} · ` : ""}
                        {t("review.submittedOn", { date: day(i.submittedAt) })}
                      </p>
                      {text.details(i).map((d, n) => (
                        <p key={n} className="text-sm text-slate-700">
                          {d}
                        </p>
                      ))}
                      {criteria ? (
                        <div className="mt-1 text-sm text-slate-700" data-testid="queue-criteria">
                          <p>{criteria.heading}</p>
                          {criteria.items.length ? (
                            <ul className="list-disc pl-5">
                              {criteria.items.map((c) => (
                                <li key={c}>{c}</li>
                              ))}
                            </ul>
                          ) : null}
                        </div>
                      ) : null}
                      <RecordImpact text={impacts[key(i)]} />
                      {i.canReview ? null : (
                        <p className="mt-2 text-sm text-amber-800">{t("review.yoursOtherReviews")}</p>
                      )}
                      <RecordActions
                        record={{
                          entity: i.entity,
                          id: i.id,
                          memberId: i.memberId,
                          version: i.version,
                          state: "submitted",
                          superseded: false,
                        }}
                        perms={{ write: false, submit: false, review: i.canReview }}
                        onApproved={onApproved}
                        label={itemLabel(i)}
                      />
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
