"use client";
// The lead's review queue: submitted records, oldest first, each approved or rejected with a comment inline;
// several can be approved at once.
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { approveRecords } from "@/lib/actions/review";
import type { QueueItem } from "@/lib/db/queries/review";
import { FormMessage } from "@/components/forms/form-message";
import { useAction } from "@/components/forms/use-action";
import { Button } from "@/components/ui/button";
import { useDate } from "./use-date";
import { RecordActions } from "./record-actions";
import { useQueueText } from "@/components/reviews/queue-text";
import { Checkbox } from "@/components/ui/checkbox";

const key = (i: QueueItem) => `${i.entity}:${i.id}`;

export function ReviewQueue({ items }: { items: QueueItem[] }) {
  const t = useTranslations("records");
  const day = useDate();
  const text = useQueueText();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { pending, result, run } = useAction();
  // Records the viewer wrote are listed, with who reviews them, but cannot be chosen (four eyes).
  const reviewable = items.filter((i) => i.canReview);
  const chosen = reviewable.filter((i) => selected.has(key(i)));
  const itemLabel = (i: QueueItem) =>
    t("review.itemLabel", { entity: t(`entity.${i.entity}`), title: text.title(i), member: i.memberName });
  const allChecked = reviewable.length > 0 && chosen.length === reviewable.length;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <Checkbox
            checked={allChecked}
            onChange={(e) => setSelected(e.target.checked ? new Set(reviewable.map(key)) : new Set())}
          />
          {t("review.selectAll")}
        </label>
        <Button
          disabled={pending || chosen.length === 0}
          onClick={() =>
            run(
              approveRecords,
              {
                records: chosen.map((i) => ({ entity: i.entity, id: i.id, memberId: i.memberId, version: i.version })),
              },
              () => setSelected(new Set()),
            )
          }
        >
          {t("review.approveSelected", { count: chosen.length })}
        </Button>
        <FormMessage result={result} />
      </div>
      <ul className="space-y-3">
        {items.map((i) => (
          <li key={key(i)} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
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
              <div className="flex-1">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h2 className="font-semibold text-slate-900">
                    <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium uppercase text-slate-600">
                      {t(`entity.${i.entity}`)}
                      {i.isRevision ? ` ${t("state.revision")}` : ""}
                    </span>
                    {text.title(i)}
                  </h2>
                  {i.projectLevel !== null ? (
                    <span className="rounded-md bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-900">
                      {i.projectLevel > 0 ? t("project.level", { level: i.projectLevel }) : t("project.noLevel")}
                    </span>
                  ) : null}
                </div>
                <p className="text-sm text-slate-600">
                  <Link className="font-medium text-brand-700 hover:underline" href={`/members/${i.memberId}`}>
                    {i.memberName}
                  </Link>{" "}
                  · {i.teamName}
                  {i.field ? ` · ${t(`field.${i.field}`)}` : ""} ·{" "}
                  {t("review.submittedOn", { date: day(i.submittedAt) })}
                </p>
                {text.details(i).map((d, n) => (
                  <p key={n} className="text-sm text-slate-700">
                    {d}
                  </p>
                ))}
                {i.canReview ? null : <p className="mt-2 text-sm text-amber-800">{t("review.yoursOtherReviews")}</p>}
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
                  label={itemLabel(i)}
                />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
