// Team × skill item: how many of each team's active members hold each item at proficiency ≥ N, coloured by share
// of the team, flagged where the item is a gap of the team (lib/heatmap/gap.ts, as /gaps). One page of teams at a time.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { shareStep } from "@/lib/heatmap/palette";
import type { TeamSummaryRow } from "@/lib/db/queries/heatmap";
import { buttonClass } from "@/components/ui/button";

type Props = {
  items: { key: string; name: string }[];
  rows: TeamSummaryRow[];
  n: number;
  page: number;
  pages: number;
  totalTeams: number;
  hrefOf: (changes: { tpage: number }) => string;
};

export function TeamSummary({ items, rows, n, page, pages, totalTeams, hrefOf }: Props) {
  const t = useTranslations("heatmap.summary");
  if (!rows.length) return <p className="text-sm text-slate-600">{t("empty")}</p>;
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="border-separate border-spacing-0 text-sm" aria-label={t("label", { n })}>
          <thead>
            <tr>
              <th
                scope="col"
                className="sticky left-0 z-10 border-b border-slate-200 bg-slate-50 px-3 py-2 text-left text-xs font-semibold text-slate-700"
              >
                {t("team")}
              </th>
              {items.map((item) => (
                <th
                  key={item.key}
                  scope="col"
                  className="w-24 min-w-20 break-keep border-b border-slate-200 bg-slate-50 px-2 py-2 text-left align-bottom text-xs font-semibold text-slate-700"
                >
                  {item.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.teamId}>
                <th
                  scope="row"
                  className="sticky left-0 z-10 border-b border-slate-100 bg-white px-3 py-1.5 text-left font-medium text-slate-900"
                >
                  {row.teamName} <span className="font-normal text-slate-500">({row.members})</span>
                </th>
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
        <nav aria-label={t("pages")} className="flex items-center gap-3 text-sm text-slate-700">
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
