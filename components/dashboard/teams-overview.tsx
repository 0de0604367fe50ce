// A head's (or admin's) teams as one table: sortable by each numeric column and paginated through the URL, rendered
// on the server (plain links, no client script), so a department of hundreds of teams stays one small page.
import Link from "next/link";
import { FIELD_LABEL } from "@/lib/itss/fields";
import {
  DASHBOARD_PAGE_SIZES,
  type DashboardParams,
  type DashboardSort,
  type TeamDashboard,
} from "@/lib/db/queries/dashboard";
import { LevelBar } from "./level-bar";

const COLUMNS: { sort: DashboardSort | null; label: string; numeric?: boolean }[] = [
  { sort: "name", label: "Team" },
  { sort: "members", label: "Members", numeric: true },
  { sort: "level", label: "Average level", numeric: true },
  { sort: null, label: "Levels in the team's field" },
  { sort: "met", label: "Targets met", numeric: true },
  { sort: "gap", label: "Members missing", numeric: true },
];

function href(p: DashboardParams, changes: Partial<DashboardParams>): string {
  const next = { ...p, ...changes };
  const q = new URLSearchParams({ sort: next.sort, dir: next.dir });
  if (next.page > 1) q.set("page", String(next.page));
  if (next.size !== 25) q.set("size", String(next.size));
  return `/?${q.toString()}`;
}

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
  const pages = Math.max(1, Math.ceil(total / params.size));
  const from = total === 0 ? 0 : (params.page - 1) * params.size + 1;
  const to = Math.min(total, params.page * params.size);
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="w-full text-sm">
          <caption className="sr-only">
            Teams, sorted by {COLUMNS.find((c) => c.sort === params.sort)?.label.toLowerCase()} (
            {params.dir === "asc" ? "ascending" : "descending"})
          </caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              {COLUMNS.map((c) => {
                const active = c.sort === params.sort;
                return (
                  <th
                    key={c.label}
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
                        {c.label}
                        <span aria-hidden="true" className="text-xs text-slate-400">
                          {active ? (params.dir === "asc" ? "▲" : "▼") : "↕"}
                        </span>
                      </Link>
                    ) : (
                      c.label
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((t) => (
              <tr key={t.id}>
                <td className="px-4 py-2 align-top">
                  <Link href={`/teams/${t.id}`} className="font-medium text-brand-700 hover:underline">
                    {t.name}
                  </Link>
                  <div className="text-xs text-slate-600">
                    {showDepartment ? `${t.departmentName} · ` : ""}
                    {t.field ? FIELD_LABEL[t.field] : "Mixed"}
                  </div>
                </td>
                <td className="px-4 py-2 align-top tabular-nums">{t.memberCount}</td>
                <td className="px-4 py-2 align-top tabular-nums">{t.averageLevel ?? "—"}</td>
                <td className="min-w-56 px-4 py-2 align-top">
                  {t.distribution ? (
                    <LevelBar
                      counts={t.distribution}
                      label={`${t.name}: members per ${FIELD_LABEL[t.field!]} level`}
                      compact
                    />
                  ) : (
                    <span className="text-slate-500">mixed team</span>
                  )}
                </td>
                <td className="px-4 py-2 align-top tabular-nums">
                  {t.targets.length ? `${t.targetsMet} of ${t.targets.length}` : "none set"}
                </td>
                <td className="px-4 py-2 align-top tabular-nums">
                  {t.targets.length ? (
                    <Link
                      href={`/gaps?teamId=${t.id}`}
                      className={
                        t.gap ? "font-semibold text-amber-800 hover:underline" : "text-emerald-800 hover:underline"
                      }
                    >
                      {t.gap ? t.gap : "✓ 0"}
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
            No teams on this page.
          </div>
        ) : null}
      </div>
      <nav aria-label="Pages of teams" className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <span role="status">{total === 0 ? "No teams" : `${from}–${to} of ${total} teams`}</span>
        <span className="flex items-center gap-1">
          Rows per page:
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
            <Link
              href={href(params, { page: params.page - 1 })}
              className="rounded-md border border-slate-300 bg-white px-3 py-1"
            >
              Previous
            </Link>
          ) : (
            <span className="rounded-md border border-slate-200 px-3 py-1 text-slate-400">Previous</span>
          )}
          <span>
            Page {Math.min(params.page, pages)} of {pages}
          </span>
          {params.page < pages ? (
            <Link
              href={href(params, { page: params.page + 1 })}
              className="rounded-md border border-slate-300 bg-white px-3 py-1"
            >
              Next
            </Link>
          ) : (
            <span className="rounded-md border border-slate-200 px-3 py-1 text-slate-400">Next</span>
          )}
        </span>
      </nav>
    </div>
  );
}
