// Small pure helpers for record lists: record refs (with whether each has an open revision) and review notes.
import type { ReviewState } from "@/lib/db/schema";
import type { RecordEntity } from "@/lib/records/schemas";
import type { RecordRefProps } from "./record-actions";

type Row = {
  id: number;
  memberId: number;
  version: number;
  reviewState: ReviewState;
  supersededAt: Date | null;
  revisionOf: number | null;
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
  };
}

export function ReviewNote({ r, names }: { r: Reviewed; names: Record<number, string> }) {
  if (!r.reviewedAt || (r.reviewState !== "approved" && r.reviewState !== "rejected" && !r.reviewComment)) return null;
  const who = r.reviewedBy ? (names[r.reviewedBy] ?? "a reviewer") : "a reviewer";
  return (
    <p className={`mt-1 text-xs ${r.reviewState === "rejected" ? "text-red-800" : "text-slate-600"}`}>
      {r.reviewState === "rejected" ? "Rejected" : "Reviewed"} by {who} on {r.reviewedAt.toISOString().slice(0, 10)}
      {r.reviewComment ? <>: “{r.reviewComment}”</> : null}
    </p>
  );
}
