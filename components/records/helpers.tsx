"use client";
// Small helpers for record lists: which approved records have a revision in progress, record refs, the review note.
import { useTranslations } from "next-intl";
import type { ReviewState } from "@/lib/db/schema";
import type { RecordEntity } from "@/lib/records/schemas";
import type { RecordRefProps } from "./record-actions";
import { useDate } from "./use-date";

type Row = {
  id: number;
  memberId: number;
  version: number;
  reviewState: ReviewState;
  supersededAt: Date | null;
  revisionOf: number | null;
  createdBy?: number | null;
};
type Reviewed = {
  reviewState: ReviewState;
  reviewComment: string | null;
  reviewedBy: number | null;
  reviewedAt: Date | null;
};
/** A reviewable record as the record lists show it: its ref fields and its review. */
export type ReviewedRow = Row & Reviewed;

export function refOf(entity: RecordEntity, r: Row, open: Set<number>): RecordRefProps {
  return {
    entity,
    id: r.id,
    memberId: r.memberId,
    version: r.version,
    state: r.reviewState,
    superseded: !!r.supersededAt,
    hasOpenRevision: open.has(r.id),
    createdBy: r.createdBy ?? null,
  };
}

export function ReviewNote({ r, names }: { r: Reviewed; names: Record<number, string> }) {
  const t = useTranslations("records.review");
  const day = useDate();
  if (!r.reviewedAt || (r.reviewState !== "approved" && r.reviewState !== "rejected" && !r.reviewComment)) return null;
  const who = r.reviewedBy ? (names[r.reviewedBy] ?? t("aReviewer")) : t("aReviewer");
  const values = { who, date: day(r.reviewedAt) };
  return (
    <p className={`mt-1 text-xs ${r.reviewState === "rejected" ? "text-red-800" : "text-slate-600"}`}>
      {r.reviewState === "rejected" ? t("rejectedBy", values) : t("reviewedBy", values)}
      {r.reviewComment ? <>: “{r.reviewComment}”</> : null}
    </p>
  );
}
