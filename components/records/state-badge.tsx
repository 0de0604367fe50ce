// The review state of a record as a coloured badge with words (never colour alone).
import { useTranslations } from "next-intl";
import type { ReviewState } from "@/lib/db/schema";

const STYLE: Record<ReviewState, string> = {
  draft: "bg-slate-100 text-slate-700 ring-slate-300",
  submitted: "bg-amber-50 text-amber-900 ring-amber-300",
  approved: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  rejected: "bg-red-50 text-red-800 ring-red-300",
};

export function StateBadge({
  state,
  superseded,
  isRevision,
}: {
  state: ReviewState;
  superseded?: boolean;
  isRevision?: boolean;
}) {
  const t = useTranslations("records.state");
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${superseded ? "bg-slate-50 text-slate-500 ring-slate-200" : STYLE[state]}`}
    >
      {superseded ? t("superseded") : t(state)}
      {isRevision && !superseded ? <span className="font-normal">{t("revision")}</span> : null}
    </span>
  );
}
