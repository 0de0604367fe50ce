// A member's due status as a badge: an icon and a word, so it does not rest on colour alone (docs/currency.md).
import { useTranslations } from "next-intl";
import type { DueStatus } from "@/lib/itss/currency";

function Icon({ status }: { status: Exclude<DueStatus, "current"> }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5 shrink-0" fill="none" stroke="currentColor">
      {status === "due" ? (
        <>
          <circle cx="8" cy="8" r="6.25" strokeWidth="1.5" />
          <path d="M8 4.5V8l2.5 1.5" strokeWidth="1.5" strokeLinecap="round" />
        </>
      ) : (
        <>
          <path d="M8 1.75 15 14.25H1z" strokeWidth="1.5" strokeLinejoin="round" />
          <path d="M8 6v4M8 11.75v.5" strokeWidth="1.75" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

/** Nothing for a current status; "Due" (clock) or "Overdue" (warning sign) otherwise. */
export function DueBadge({ status }: { status: DueStatus | null }) {
  const t = useTranslations("ratings.currency");
  if (status == null || status === "current") return null;
  return (
    <span
      data-due={status}
      className={`inline-flex items-center gap-1 rounded px-1.5 text-xs font-medium ring-1 ${
        status === "overdue" ? "bg-red-50 text-red-800 ring-red-300" : "bg-amber-50 text-amber-900 ring-amber-300"
      }`}
    >
      <Icon status={status} />
      {t(status)}
    </span>
  );
}
