"use client";
// The lead's review queue: submitted records, oldest first, each approved or rejected with a comment inline;
// several can be approved at once.
import Link from "next/link";
import { useState } from "react";
import { approveRecords } from "@/lib/actions/review";
import type { QueueItem } from "@/lib/db/queries/review";
import { ENTITY_LABEL } from "@/lib/records/schemas";
import { FIELD_LABEL } from "@/lib/itss/fields";
import { buttonClass, ResultMessage, useAction } from "./form-kit";
import { RecordActions } from "./record-actions";

const key = (i: QueueItem) => `${i.entity}:${i.id}`;

export function ReviewQueue({ items }: { items: QueueItem[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const { pending, result, run } = useAction();
  const chosen = items.filter((i) => selected.has(key(i)));
  const allChecked = items.length > 0 && chosen.length === items.length;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={allChecked}
            onChange={(e) => setSelected(e.target.checked ? new Set(items.map(key)) : new Set())}
          />
          Select all
        </label>
        <button
          type="button"
          className={buttonClass}
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
          Approve selected ({chosen.length})
        </button>
        <ResultMessage result={result} />
      </div>
      <ul className="space-y-3">
        {items.map((i) => (
          <li key={key(i)} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start gap-3">
              <input
                type="checkbox"
                className="mt-1 h-4 w-4"
                aria-label={`Select ${ENTITY_LABEL[i.entity]} ${i.title} of ${i.memberName}`}
                checked={selected.has(key(i))}
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
                  <h3 className="font-semibold text-slate-900">
                    <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium uppercase text-slate-600">
                      {ENTITY_LABEL[i.entity]}
                      {i.isRevision ? " · revision" : ""}
                    </span>
                    {i.title}
                  </h3>
                  {i.projectLevel !== null ? (
                    <span className="rounded-md bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-900">
                      {i.projectLevel > 0 ? `Project level ${i.projectLevel}` : "No project level"}
                    </span>
                  ) : null}
                </div>
                <p className="text-sm text-slate-600">
                  <Link className="font-medium text-brand-700 hover:underline" href={`/members/${i.memberId}`}>
                    {i.memberName}
                  </Link>{" "}
                  · {i.teamName}
                  {i.field ? ` · ${FIELD_LABEL[i.field]}` : ""} · submitted {i.submittedAt.toISOString().slice(0, 10)}
                </p>
                {i.details.map((d, n) => (
                  <p key={n} className="text-sm text-slate-700">
                    {d}
                  </p>
                ))}
                <RecordActions
                  record={{
                    entity: i.entity,
                    id: i.id,
                    memberId: i.memberId,
                    version: i.version,
                    state: "submitted",
                    superseded: false,
                  }}
                  perms={{ write: false, submit: false, review: true }}
                  label={`${ENTITY_LABEL[i.entity]} ${i.title} of ${i.memberName}`}
                />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
