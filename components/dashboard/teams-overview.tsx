// A head's (or admin's) teams as one table: sortable by each numeric column and paginated through the URL, rendered
// on the server (plain links, no client script), so a department of hundreds of teams stays one small page.
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { TeamDashboard } from "@/lib/db/queries/dashboard";
import { gapsHref } from "@/lib/search-params/gaps";
import {
  DASHBOARD_PAGE_SIZES,
  dashboardHref as href,
  type DashboardParams,
  type DashboardSort,
} from "@/lib/search-params/dashboard";
import { LevelBar } from "./level-bar";
import { Button, buttonClass } from "@/components/ui/button";

const COLUMNS: { sort: DashboardSort | null; key: DashboardSort | "levels"; numeric?: boolean }[] = [
  { sort: "name", key: "name" },
  { sort: "members", key: "members", numeric: true },
  { sort: "level", key: "level", numeric: true },
  { sort: null, key: "levels" },
  { sort: "met", key: "met", numeric: true },
  { sort: "gap", key: "gap", numeric: true },
];

export function TeamsOverview({
  rows,
  total,
  params,
  showDepartment,
}: {
  rows: TeamDashboard[];
  total: number;
  params: DashboardParams;
  showDepartment: boolean;
}) {
  const t = useTranslations("dashboard");
  const ts = useTranslations("itss");
  const format = useFormatter();
  const label = (key: (typeof COLUMNS)[number]["key"]) => t(`overview.columns.${key}`);
  const pages = Math.max(1, Math.ceil(total / params.size));
  const from = total === 0 ? 0 : (params.page - 1) * params.size + 1;
  const to = Math.min(total, params.page * params.size);
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-sm">
          <caption className="sr-only">
            {t("overview.caption", {
              column: label(COLUMNS.find((c) => c.sort === params.sort)?.key ?? "name").toLowerCase(),
              dir: params.dir,
            })}
          </caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              {COLUMNS.map((c) => {
                const active = c.sort === params.sort;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    className="whitespace-nowrap px-4 py-2 font-semibold"
                    aria-sort={active ? (params.dir === "asc" ? "ascending" : "descending") : undefined}
                  >
                    {c.sort ? (
                      <Link
                        href={href(params, {
                          sort: c.sort,
                          dir: active ? (params.dir === "asc" ? "desc" : "asc") : c.numeric ? "desc" : "asc",
                          page: 1,
                        })}
                        className="inline-flex items-center gap-1 hover:text-brand-700"
                      >
                        {label(c.key)}
                        <span aria-hidden="true" className="text-xs text-slate-400">
                          {active ? (params.dir === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                      </Link>
                    ) : (
                      label(c.key)
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((team) => (
              <tr key={team.id}>
                <td className="px-4 py-2 align-top">
                  <Link href={`/teams/${team.id}`} className="font-medium text-brand-700 hover:underline">
                    {team.name}
                  </Link>
                  <div className="text-xs text-slate-600">
                    {showDepartment ? `${team.departmentName} · ` : ""}
                    {team.field ? ts(`fields.${team.field}`) : t("teamCard.mixed")}
                  </div>
                </td>
                <td className="px-4 py-2 align-top tabular-nums">{team.memberCount}</td>
                <td className="px-4 py-2 align-top tabular-nums">
                  {team.averageLevel === null ? "—" : format.number(team.averageLevel, "decimal1")}
                </td>
                <td className="min-w-56 px-4 py-2 align-top">
                  {team.distribution && team.field ? (
                    <LevelBar
                      counts={team.distribution}
                      label={t("teamCard.levelsLabel", { team: team.name, field: ts(`fields.${team.field}`) })}
                      compact
                    />
                  ) : (
                    <span className="text-slate-500">{t("overview.mixedTeam")}</span>
                  )}
                </td>
                <td className="px-4 py-2 align-top tabular-nums">
                  {team.targets.length
                    ? t("stats.ofTotal", { count: team.targetsMet, total: team.targets.length })
                    : t("overview.noneSet")}
                </td>
                <td className="px-4 py-2 align-top tabular-nums">
                  {team.targets.length ? (
                    <Link
                      href={gapsHref({ teamId: team.id })}
                      className={
                        team.gap ? "font-semibold text-amber-800 hover:underline" : "text-emerald-800 hover:underline"
                      }
                    >
                      {team.gap ? team.gap : "✓ 0"}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? (
          <div className="border-t border-slate-100 px-4 py-10 text-center text-sm text-slate-600">
            {t("overview.empty")}
          </div>
        ) : null}
      </div>
      <nav aria-label={t("overview.pages")} className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <span role="status">{total === 0 ? t("overview.noTeams") : t("overview.range", { from, to, total })}</span>
        <span className="flex items-center gap-1">
          {t("overview.rowsPerPage")}
          {DASHBOARD_PAGE_SIZES.map((n) =>
            n === params.size ? (
              <span key={n} aria-current="true" className="rounded border border-brand-600 px-1.5 font-semibold">
                {n}
              </span>
            ) : (
              <Link
                key={n}
                href={href(params, { size: n as DashboardParams["size"], page: 1 })}
                className="rounded px-1.5 text-brand-700 hover:underline"
              >
                {n}
              </Link>
            ),
          )}
        </span>
        <span className="ml-auto flex items-center gap-2">
          {params.page > 1 ? (
            <Link href={href(params, { page: params.page - 1 })} className={buttonClass({ variant: "secondary" })}>
              {t("overview.previous")}
            </Link>
          ) : (
            <Button variant="secondary" disabled>
              {t("overview.previous")}
            </Button>
          )}
          <span>{t("overview.page", { page: Math.min(params.page, pages), pages })}</span>
          {params.page < pages ? (
            <Link href={href(params, { page: params.page + 1 })} className={buttonClass({ variant: "secondary" })}>
              {t("overview.next")}
            </Link>
          ) : (
            <Button variant="secondary" disabled>
              {t("overview.next")}
            </Button>
          )}
        </span>
      </nav>
    </div>
  );
}
