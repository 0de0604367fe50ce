// Members due and overdue for re-assessment as two stat cards (dashboards, /gaps), each with the badge's icon and word.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Stat } from "@/components/ui/card";
import { DueBadge } from "./due-badge";

export function DueStats({ due, overdue, href }: { due: number; overdue: number; href?: string }) {
  const t = useTranslations("ratings.currency");
  const format = useFormatter();
  const value = (n: number, status: "due" | "overdue") => (
    <span className="flex items-center gap-2">
      {href ? (
        <Link href={href} className="text-brand-700 underline hover:text-brand-900">
          {format.number(n)}
        </Link>
      ) : (
        format.number(n)
      )}
      {n > 0 ? <DueBadge status={status} /> : null}
    </span>
  );
  return (
    <>
      <Stat label={t("dueStat")} value={value(due, "due")} hint={t("dueHint")} />
      <Stat label={t("overdueStat")} value={value(overdue, "overdue")} hint={t("overdueHint")} />
    </>
  );
}
