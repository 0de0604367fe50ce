// Team × skill item: how many of each team's active members hold each item at proficiency ≥ N, coloured by share
// of the team, flagged where the item is a gap of the team (lib/heatmap/gap.ts, as /gaps). One page of teams at a
// time, sortable by team, members and each item (links: the order is in the URL), under a total row for the whole
// scope (every page of teams together).
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { shareStep } from "@/lib/heatmap/palette";
import type { TeamSummaryRow } from "@/lib/db/queries/heatmap";
import type { SummarySort } from "@/lib/search-params/heatmap";
import { buttonClass } from "@/components/ui/button";

type Props = {
  items: { key: string; name: string }[];
  rows: TeamSummaryRow[];
  /** The whole (filtered) scope: its members and holders per item, every page of teams together. */
  total: { members: number; counts: number[] };
  n: number;
  page: number;
  pages: number;
  totalTeams: number;
  sort: { key: SummarySort; dir: "asc" | "desc" };
  sortHref: (key: SummarySort) => string;
  hrefOf: (changes: { tpage: number }) => string;
};

const HEAD =
  "border-b border-slate-200 bg-slate-50 px-2 py-2 text-left align-bottom text-xs font-semibold text-slate-700";

export function TeamSummary({ items, rows, total, n, page, pages, totalTeams, sort, sortHref, hrefOf }: Props) {
  const t = useTranslations("heatmap.summary");
  const format = useFormatter();
  if (!rows.length && !totalTeams) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  const sortHeader = (key: SummarySort, label: string, className: string) => {
    const active = sort.key === key;
    return (
      <th
        key={key}
        scope="col"
        className={`${HEAD} ${className}`}
        aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
      >
        <Link
          scroll={false}
          href={sortHref(key)}
          className="inline-flex items-end gap-1 hover:text-brand-700"
          title={t("sortBy", { column: label })}
        >
          <span>{label}</span>
          <span aria-hidden="true" className="text-slate-400">
            {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
          </span>
        </Link>
      </th>
    );
  };
  const totalEdge = { borderBottom: "2px solid #cbd5e1" };
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="border-separate border-spacing-0 text-sm" aria-label={t("label", { n })}>
          <thead>
            <tr>
              {sortHeader("team", t("team"), "sticky left-0 z-10 whitespace-nowrap px-3")}
              {sortHeader("members", t("members"), "whitespace-nowrap")}
              {items.map((item) => sortHeader(item.key as SummarySort, item.name, "w-24 min-w-20 break-keep"))}
            </tr>
          </thead>
          <tbody data-testid="summary-total">
            <tr>
              <th
                scope="row"
                style={totalEdge}
                className="sticky left-0 z-10 bg-slate-100 px-3 py-1.5 text-left font-semibold text-slate-900"
              >
                {t("total", { teams: totalTeams })}
              </th>
              <td style={totalEdge} className="bg-slate-100 px-2 py-1.5 font-semibold tabular-nums text-slate-900">
                {format.number(total.members)}
              </td>
              {total.counts.map((count, i) => (
                <td
                  key={items[i].key}
                  aria-label={t("totalCell", { count, members: total.members })}
                  style={totalEdge}
                  className={`hm-t hm-l${shareStep(count, total.members)}`}
                >
                  <span aria-hidden="true">{format.number(count)}</span>
                </td>
              ))}
            </tr>
          </tbody>
          <tbody>
            {rows.map((row) => (
              <tr key={row.teamId}>
                <th
                  scope="row"
                  className="sticky left-0 z-10 min-w-32 max-w-40 border-b border-slate-100 bg-white px-3 py-1.5 text-left font-medium text-slate-900 sm:max-w-none sm:whitespace-nowrap"
                >
                  {row.teamName}
                </th>
                <td className="border-b border-slate-100 px-2 py-1.5 tabular-nums text-slate-700">{row.members}</td>
                {row.counts.map((count, i) => {
                  const flagged = row.gaps[i];
                  return (
                    <td
                      key={items[i].key}
                      data-flagged={flagged || undefined}
                      aria-label={t("cell", { count, members: row.members, flagged: flagged ? "yes" : "no" })}
                      className={`hm-t hm-l${shareStep(count, row.members)}`}
                    >
                      {flagged ? (
                        <span aria-hidden="true" className="hm-x">
                          <span>!</span>
                          {count}
                        </span>
                      ) : (
                        <span aria-hidden="true">{count}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <span>
            {t("range", { from: (page - 1) * 25 + 1, to: Math.min(totalTeams, page * 25), total: totalTeams })}
          </span>
          {page > 1 ? (
            <Link scroll={false} className={buttonClass({ variant: "secondary" })} href={hrefOf({ tpage: page - 1 })}>
              {t("previous")}
            </Link>
          ) : null}
          {page < pages ? (
            <Link scroll={false} className={buttonClass({ variant: "secondary" })} href={hrefOf({ tpage: page + 1 })}>
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
