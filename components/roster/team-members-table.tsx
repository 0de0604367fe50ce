"use client";
// A team's roster: name, job title, account, official level (sortable), skill level and pending provisional level
// per field, last assessed with a due badge (sortable), archived; row actions. Levels come from the read model with the page's rows.
import { useMemo } from "react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type Features } from "@/components/tables/data-table";
import { useTableState } from "@/lib/search-params/use-table-state";
import { ActionButton } from "@/components/forms/action-form";
import { archiveMember, restoreMember } from "@/lib/actions/members";
import type { TeamMemberRow } from "@/lib/db/queries/team-members";
import { teamMemberParsers } from "@/lib/search-params/roster";
import { FIELDS } from "@/lib/itss/fields";
import { buttonClass } from "@/components/ui/button";
import { DueBadge } from "@/components/currency/due-badge";

export type TeamMemberView = TeamMemberRow;

const helper = createColumnHelper<Features, TeamMemberView>();

function useColumns(teamId: number, canManage: boolean) {
  const t = useTranslations("roster");
  const tc = useTranslations("ratings.currency");
  const format = useFormatter();
  return useMemo(
    () => [
      helper.accessor("name", {
        id: "name",
        header: t("members.columns.name"),
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
        header: t("members.columns.jobTitle"),
        cell: (c) => c.getValue() ?? <span className="text-slate-500">—</span>,
      }),
      helper.accessor("hasAccount", {
        id: "account",
        header: t("members.columns.account"),
        cell: (c) => (c.getValue() ? t("yes") : t("no")),
      }),
      ...FIELDS.map((f) =>
        // An accessor, so the header offers sorting (the server sorts: sort=level_<field>).
        helper.accessor((r) => r.levels[f].level, {
          id: `level_${f}`,
          header: t(`fields.${f}`),
          cell: (c) => {
            const l = c.row.original.levels[f];
            return (
              <span className="whitespace-nowrap" data-level={l.level}>
                <span
                  className={`inline-block min-w-8 rounded px-1.5 text-center font-semibold ${l.level > 0 ? "bg-brand-100 text-brand-900" : "bg-slate-100 text-slate-500"}`}
                >
                  {l.level > 0 ? t("members.level", { level: l.level }) : "–"}
                </span>
                <span className="ml-1 text-xs text-slate-600">
                  {t("members.skill", { level: l.skillLevel ?? "–" })}
                </span>
                {l.provisionalLevel > l.level ? (
                  <span
                    className="ml-1 rounded bg-amber-50 px-1 text-xs text-amber-900 ring-1 ring-amber-300"
                    title={t("members.pendingTitle")}
                  >
                    {t("members.pending", { level: l.provisionalLevel })}
                  </span>
                ) : null}
              </span>
            );
          },
        }),
      ),
      // An accessor, so the header offers sorting (the server sorts: sort=lastAssessed).
      helper.accessor("lastAssessedOn", {
        id: "lastAssessed",
        header: tc("lastAssessed"),
        cell: (c) => {
          const m = c.row.original;
          const d = c.getValue();
          return (
            <span className="flex flex-wrap items-center gap-1 whitespace-nowrap" data-last-assessed={d ?? ""}>
              <span className={d ? "" : "text-slate-500"}>
                {d
                  ? format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })
                  : m.due
                    ? tc("never")
                    : "—"}
              </span>
              <DueBadge status={m.due} />
            </span>
          );
        },
      }),
      helper.accessor("archived", {
        id: "status",
        header: t("members.columns.status"),
        cell: (c) =>
          c.getValue() ? (
            <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">{t("archived")}</span>
          ) : (
            <span className="text-xs text-slate-600">{t("active")}</span>
          ),
      }),
      ...(canManage
        ? [
            helper.display({
              id: "actions",
              header: () => <span className="sr-only">{t("members.columns.actions")}</span>,
              enableSorting: false,
              cell: (c) => {
                const m = c.row.original;
                return (
                  <span className="flex items-start gap-2">
                    <Link
                      href={`/teams/${teamId}/members/${m.id}/edit`}
                      className={buttonClass({ variant: "secondary", size: "sm" })}
                      aria-label={t("members.editLabel", { name: m.name })}
                    >
                      {t("members.edit")}
                    </Link>
                    {m.archived ? (
                      <ActionButton
                        action={restoreMember}
                        input={{ id: m.id, version: m.version }}
                        label={t("members.restore")}
                      />
                    ) : (
                      <ActionButton
                        action={archiveMember}
                        input={{ id: m.id, version: m.version }}
                        label={t("members.archive")}
                        variant="danger"
                        confirm={t("members.archiveConfirm", { name: m.name })}
                      />
                    )}
                  </span>
                );
              },
            }),
          ]
        : []),
    ],
    [t, tc, format, teamId, canManage],
  );
}

export function TeamMembersTable({
  teamId,
  teamName,
  rows,
  total,
  canManage,
  exportHref,
}: {
  teamId: number;
  teamName: string;
  rows: TeamMemberView[];
  total: number;
  canManage: boolean;
  exportHref: string;
}) {
  const t = useTranslations("roster.members");
  const { state, setState, pending } = useTableState(teamMemberParsers);
  return (
    <DataTable
      caption={t("caption", { team: teamName })}
      columns={useColumns(teamId, canManage)}
      data={rows}
      total={total}
      state={state}
      onChange={setState}
      pending={pending}
      getRowId={(r) => String(r.id)}
      searchLabel={t("search")}
      archivedLabel={t("showArchived")}
      exportHref={exportHref}
      workbookHref={`${exportHref}&format=xlsx`}
      rowClassName={(r) => (r.archived ? "bg-slate-50 text-slate-500" : "")}
      empty={state.q ? t("noMatch", { q: state.q }) : canManage ? t("emptyManage") : t("empty")}
    />
  );
}
