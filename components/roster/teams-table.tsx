"use client";
// The teams the user may see: name, department, field, active members, leads.
import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type Columns, type Features } from "@/components/tables/data-table";
import { useTableState } from "@/lib/search-params/use-table-state";
import type { TeamRow } from "@/lib/db/queries/teams";
import { teamParsers } from "@/lib/search-params/roster";
import type { Field } from "@/lib/itss/fields";

const helper = createColumnHelper<Features, TeamRow>();

function useColumns(): Columns<TeamRow> {
  const t = useTranslations("roster");
  const format = useFormatter();
  return useMemo(
    () => [
      helper.accessor("name", {
        id: "name",
        header: t("teams.columns.team"),
        cell: (c) => (
          <>
            <Link href={`/teams/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {c.getValue()}
            </Link>
            {c.row.original.archived ? (
              <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">
                {t("archived")}
              </span>
            ) : null}
          </>
        ),
      }),
      helper.accessor("departmentName", { id: "department", header: t("teams.columns.department") }),
      helper.accessor("field", {
        id: "field",
        header: t("teams.columns.field"),
        cell: (c) => {
          const field: Field | null = c.getValue();
          return field ? t(`fields.${field}`) : t("mixed");
        },
      }),
      helper.accessor("memberCount", {
        id: "members",
        header: t("teams.columns.members"),
        cell: (c) => <span className="tabular-nums">{format.number(c.getValue())}</span>,
      }),
      helper.accessor("leads", {
        id: "leads",
        header: t("teams.columns.leads"),
        enableSorting: false,
        cell: (c) =>
          c.getValue().length ? c.getValue().join(", ") : <span className="text-slate-500">{t("none")}</span>,
      }),
    ],
    [t, format],
  );
}

export function TeamsTable({ rows, total, exportHref }: { rows: TeamRow[]; total: number; exportHref: string }) {
  const t = useTranslations("roster.teams");
  const { state, setState, pending } = useTableState(teamParsers);
  return (
    <DataTable
      caption={t("caption")}
      columns={useColumns()}
      data={rows}
      total={total}
      state={state}
      onChange={setState}
      pending={pending}
      getRowId={(r) => String(r.id)}
      searchLabel={t("search")}
      archivedLabel={t("showArchived")}
      exportHref={exportHref}
      empty={state.q ? t("noMatch", { q: state.q }) : t("empty")}
    />
  );
}
