// A member's own dashboard: the fields in which their ratings are due or overdue, how many items, since when, and a
// link to the quick update of that field.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { OwnDueField } from "@/lib/db/queries/currency";
import { DueBadge } from "./due-badge";

export function OwnDue({ memberId, fields }: { memberId: number; fields: OwnDueField[] }) {
  const t = useTranslations("ratings.currency.mine");
  const ts = useTranslations("itss.fields");
  const format = useFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <Card title={t("title")} className="mb-6">
      {fields.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="space-y-3">
          {fields.map((f) => (
            <li key={f.field} className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-due-field={f.field}>
              <DueBadge status={f.status} />
              <span className="min-w-0">
                {f.status === "overdue"
                  ? t("lineOverdue", {
                      field: ts(f.field),
                      count: f.items,
                      since: day(f.dueSince),
                      overdue: day(f.overdueFrom),
                    })
                  : t("line", { field: ts(f.field), count: f.items, since: day(f.dueSince) })}
              </span>
              <Link
                href={`/members/${memberId}/quick-update?field=${f.field}`}
                className="font-medium text-brand-700 underline hover:text-brand-900"
              >
                {t("update", { field: ts(f.field) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
