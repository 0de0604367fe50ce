// A list of the gap dashboard as a table: at most `rows.length` rows shown, with how many more there are.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

export function CappedTable({
  caption,
  head,
  rows,
  total,
  empty,
}: {
  caption: string;
  head: string[];
  rows: { key: string; cells: ReactNode[] }[];
  total: number;
  empty: string;
}) {
  const t = useTranslations("gaps.capped");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {head.map((h) => (
                <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.key}>
                {r.cells.map((c, i) => (
                  <td key={i} className="px-3 py-1.5 align-top">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > rows.length ? (
        <p className="mt-2 text-sm text-slate-600">
          {t("more", { more: total - rows.length, shown: rows.length, total })}
        </p>
      ) : null}
    </>
  );
}
