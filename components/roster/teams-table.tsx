"use client";
// The teams the user may see: name, department, field, active members, leads.
import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type Features, type TableState } from "@/components/tables/data-table";
import type { TeamRow } from "@/lib/db/queries/roster";
import { FIELD_LABEL } from "@/lib/itss/fields";

const helper = createColumnHelper<Features, TeamRow>();
const columns = [
  helper.accessor("name", {
    id: "name",
    header: "Team",
    cell: (c) => (
      <>
        <Link href={`/teams/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
          {c.getValue()}
        </Link>
        {c.row.original.archived ? (
          <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">Archived</span>
        ) : null}
      </>
    ),
  }),
  helper.accessor("departmentName", { id: "department", header: "Department" }),
  helper.accessor("field", {
    id: "field",
    header: "Field",
    cell: (c) => (c.getValue() ? FIELD_LABEL[c.getValue()!] : "Mixed"),
  }),
  helper.accessor("memberCount", {
    id: "members",
    header: "Members",
    cell: (c) => <span className="tabular-nums">{c.getValue()}</span>,
  }),
  helper.accessor("leads", {
    id: "leads",
    header: "Leads",
    enableSorting: false,
    cell: (c) => (c.getValue().length ? c.getValue().join(", ") : <span className="text-slate-400">none</span>),
  }),
];

export function TeamsTable({
  rows,
  total,
  state,
  exportHref,
}: {
  rows: TeamRow[];
  total: number;
  state: TableState;
  exportHref: string;
}) {
  return (
    <DataTable
      caption="Teams"
      columns={columns}
      data={rows}
      total={total}
      state={state}
      getRowId={(r) => String(r.id)}
      searchLabel="Find by team or department"
      archivedLabel="Show archived teams"
      exportHref={exportHref}
      empty={state.q ? `No team matches “${state.q}”.` : "No teams to show."}
    />
  );
}
