"use client";
// A team's roster: name, job title, account, official level (sortable), skill level and pending provisional level
// per field, archived; row actions. Levels come from the read model with the page's rows.
import Link from "next/link";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type Features, type TableState } from "@/components/tables/data-table";
import { ActionButton } from "@/components/forms/action-form";
import { archiveMember, restoreMember } from "@/lib/actions/members";
import type { TeamMemberRow } from "@/lib/db/queries/roster";
import { FIELDS, FIELD_LABEL } from "@/lib/itss/ids";

export type TeamMemberView = TeamMemberRow;

const helper = createColumnHelper<Features, TeamMemberView>();

function columnsFor(teamId: number, canManage: boolean) {
  return [
    helper.accessor("name", {
      id: "name",
      header: "Name",
      cell: (c) => (
        <span className="flex flex-col">
          <Link href={`/members/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
            {c.getValue()}
          </Link>
          {c.row.original.email ? <span className="text-xs text-slate-500">{c.row.original.email}</span> : null}
        </span>
      ),
    }),
    helper.accessor("jobTitle", {
      id: "jobTitle",
      header: "Job title",
      cell: (c) => c.getValue() ?? <span className="text-slate-400">—</span>,
    }),
    helper.accessor("hasAccount", { id: "account", header: "Account", cell: (c) => (c.getValue() ? "Yes" : "No") }),
    ...FIELDS.map((f) =>
      // An accessor, so the header offers sorting (the server sorts: sort=level_<field>).
      helper.accessor((r) => r.levels[f].level, {
        id: `level_${f}`,
        header: FIELD_LABEL[f],
        cell: (c) => {
          const l = c.row.original.levels[f];
          return (
            <span className="whitespace-nowrap" data-level={l.level}>
              <span
                className={`inline-block min-w-8 rounded px-1.5 text-center font-semibold ${l.level > 0 ? "bg-brand-100 text-brand-900" : "bg-slate-100 text-slate-500"}`}
              >
                {l.level > 0 ? `L${l.level}` : "–"}
              </span>
              <span className="ml-1 text-xs text-slate-600">skill {l.skillLevel ?? "–"}</span>
              {l.provisionalLevel > l.level ? (
                <span
                  className="ml-1 rounded bg-amber-50 px-1 text-xs text-amber-900 ring-1 ring-amber-300"
                  title="Level counting records still waiting for review"
                >
                  pending L{l.provisionalLevel}
                </span>
              ) : null}
            </span>
          );
        },
      }),
    ),
    helper.accessor("archived", {
      id: "status",
      header: "Status",
      cell: (c) =>
        c.getValue() ? (
          <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">Archived</span>
        ) : (
          <span className="text-xs text-slate-600">Active</span>
        ),
    }),
    ...(canManage
      ? [
          helper.display({
            id: "actions",
            header: () => <span className="sr-only">Actions</span>,
            enableSorting: false,
            cell: (c) => {
              const m = c.row.original;
              return (
                <span className="flex items-start gap-2">
                  <Link
                    href={`/teams/${teamId}/members/${m.id}/edit`}
                    className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100"
                    aria-label={`Edit ${m.name}`}
                  >
                    Edit
                  </Link>
                  {m.archived ? (
                    <ActionButton action={restoreMember} input={{ id: m.id, version: m.version }} label="Restore" />
                  ) : (
                    <ActionButton
                      action={archiveMember}
                      input={{ id: m.id, version: m.version }}
                      label="Archive"
                      variant="danger"
                      confirm={`Archive ${m.name}? Their records are kept and you can restore them.`}
                    />
                  )}
                </span>
              );
            },
          }),
        ]
      : []),
  ];
}

const cache = new Map<string, ReturnType<typeof columnsFor>>();
const columnsOf = (teamId: number, canManage: boolean) => {
  const key = `${teamId}:${canManage}`;
  if (!cache.has(key)) cache.set(key, columnsFor(teamId, canManage));
  return cache.get(key)!;
};

export function TeamMembersTable({
  teamId,
  teamName,
  rows,
  total,
  state,
  canManage,
  exportHref,
}: {
  teamId: number;
  teamName: string;
  rows: TeamMemberView[];
  total: number;
  state: TableState;
  canManage: boolean;
  exportHref: string;
}) {
  return (
    <DataTable
      caption={`Members of ${teamName}`}
      columns={columnsOf(teamId, canManage)}
      data={rows}
      total={total}
      state={state}
      getRowId={(r) => String(r.id)}
      searchLabel="Find by name, job title or email"
      archivedLabel="Show archived members"
      exportHref={exportHref}
      rowClassName={(r) => (r.archived ? "bg-slate-50 text-slate-500" : "")}
      empty={
        state.q
          ? `No member matches “${state.q}”.`
          : canManage
            ? "No members yet: add the first one."
            : "No members yet."
      }
    />
  );
}
