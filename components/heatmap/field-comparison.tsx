// The three fields side by side, for the whole scope: one row per field, how many of the scope's members hold each
// skill item at proficiency ≥ N, coloured by share of the scope (the team summary's bands). The six items every field
// shares line up in columns; the seventh, each field's own technology, sits in the last column under one heading.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { shareStep } from "@/lib/heatmap/palette";
import type { Field } from "@/lib/itss/fields";

type Props = {
  /** The six items all fields share, then the heading of the field's own item. */
  columns: { key: string; name: string }[];
  ownItem: string;
  rows: { field: Field; name: string; ownItemName: string; href: string; counts: number[] }[];
  members: number;
  current: Field;
  n: number;
};

const HEAD =
  "border-b border-slate-200 bg-slate-50 px-2 py-2 text-left align-bottom text-xs font-semibold text-slate-700";

export function FieldComparison({ columns, ownItem, rows, members, current, n }: Props) {
  const t = useTranslations("heatmap.compare");
  const format = useFormatter();
  if (!members) return null;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="border-separate border-spacing-0 text-sm" aria-label={t("label", { n, members })}>
        <thead>
          <tr>
            <th scope="col" className={`sticky left-0 z-10 px-3 ${HEAD}`}>
              {t("field")}
            </th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className={`w-24 min-w-20 break-keep ${HEAD}`}>
                {c.name}
              </th>
            ))}
            <th scope="col" className={`w-24 min-w-20 break-keep ${HEAD}`}>
              {ownItem}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} data-field={row.field} aria-current={row.field === current ? "true" : undefined}>
              <th
                scope="row"
                className={`sticky left-0 z-10 whitespace-nowrap border-b border-slate-100 px-3 py-1.5 text-left font-medium ${row.field === current ? "bg-brand-50 text-brand-900" : "bg-white text-slate-900"}`}
              >
                {row.field === current ? (
                  row.name
                ) : (
                  <Link scroll={false} href={row.href} className="text-brand-700 underline hover:text-brand-900">
                    {row.name}
                  </Link>
                )}
              </th>
              {row.counts.map((count, i) => {
                const item = i < columns.length ? columns[i].name : row.ownItemName;
                return (
                  <td
                    key={i}
                    title={i < columns.length ? undefined : row.ownItemName}
                    aria-label={t("cell", { count, members, item })}
                    className={`hm-t hm-l${shareStep(count, members)}`}
                  >
                    <span aria-hidden="true">{format.number(count)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
