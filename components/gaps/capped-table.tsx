// A list of the gap dashboard as a table: at most `rows.length` rows shown, with how many more there are and, where the
// list has its own paged view, a link to it ("Show all"). Narrow screens scroll the table inside its bordered box.
import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";

export type HeadCell = string | { label: string; href: string; sorted: "asc" | "desc" | null };

export function CappedTable({
  caption,
  head,
  rows,
  total,
  empty,
  moreHref,
}: {
  caption: string;
  head: HeadCell[];
  rows: { key: string; cells: ReactNode[] }[];
  total: number;
  empty: string;
  /** The list's paged view with the same scope. */
  moreHref?: string;
}) {
  const t = useTranslations("gaps.capped");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{empty}</p>;
  return (
    <>
      <div className="max-w-full overflow-x-auto rounded-md border border-slate-200">
        <table className="w-full min-w-[32rem] text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {head.map((h) =>
                typeof h === "string" ? (
                  <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold">
                    {h}
                  </th>
                ) : (
                  <th
                    key={h.label}
                    scope="col"
                    className="whitespace-nowrap px-3 py-2 font-semibold"
                    aria-sort={h.sorted === "asc" ? "ascending" : h.sorted === "desc" ? "descending" : undefined}
                  >
                    <Link href={h.href} className="text-brand-700 underline hover:text-brand-900" scroll={false}>
                      {h.label}
                      {h.sorted ? <span aria-hidden="true">{h.sorted === "asc" ? " ▲" : " ▼"}</span> : null}
                    </Link>
                  </th>
                ),
              )}
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
      {moreHref || total > rows.length ? (
        <p className="mt-2 text-sm text-slate-600">
          {total > rows.length ? t("more", { more: total - rows.length, shown: rows.length, total }) : null}
          {moreHref ? (
            <>
              {total > rows.length ? " " : null}
              <Link href={moreHref} className="text-brand-700 underline hover:text-brand-900">
                {t("showAll", { total })}
              </Link>
            </>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
