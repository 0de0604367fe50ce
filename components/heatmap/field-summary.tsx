// Members × fields: the official level of this page's members in each of the three fields.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { FIELDS, type Field } from "@/lib/itss/fields";
import { levelClass } from "./palette-style";

type Props = {
  rows: { id: number; name: string; teamName: string; levels: Record<Field, number> }[];
  current: Field;
  fieldNames: Record<Field, string>;
};

export function FieldSummary({ rows, current, fieldNames }: Props) {
  const t = useTranslations("heatmap.fields");
  if (!rows.length) return null;
  return (
    <div className="max-h-80 overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="border-separate border-spacing-0 text-sm" aria-label={t("label")}>
        <thead>
          <tr>
            <th
              scope="col"
              className="sticky left-0 top-0 z-20 border-b border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold text-slate-700"
            >
              {t("member")}
            </th>
            {FIELDS.map((f) => (
              <th
                key={f}
                scope="col"
                className={`sticky top-0 z-10 border-b border-slate-200 bg-slate-50 px-2 py-2 text-left text-xs font-semibold ${f === current ? "text-brand-700" : "text-slate-700"}`}
              >
                {fieldNames[f]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="hm-rh">
                <Link href={`/members/${r.id}`}>{r.name}</Link> <small className="text-slate-500">{r.teamName}</small>
              </th>
              {FIELDS.map((f) => (
                <td key={f} className={`hm-t ${levelClass(r.levels[f])}`}>
                  {r.levels[f]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
