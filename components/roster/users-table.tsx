"use client";
// All user accounts (admin): name, email, role, department, status; filter by role.
import { useMemo } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { createColumnHelper } from "@tanstack/react-table";
import { DataTable, type Features } from "@/components/tables/data-table";
import { useTableState } from "@/lib/search-params/use-table-state";
import type { UserRow } from "@/lib/db/queries/users";
import { ROLE_FILTERS, userParsers } from "@/lib/search-params/roster";
import { Select } from "@/components/ui/select";

const helper = createColumnHelper<Features, UserRow>();

function useColumns() {
  const t = useTranslations("roster");
  const roleLabel = useTranslations("shell.role");
  return useMemo(
    () => [
      helper.accessor("name", {
        id: "name",
        header: t("users.columns.name"),
        cell: (c) => (
          <Link href={`/admin/users/${c.row.original.id}`} className="font-medium text-brand-700 hover:underline">
            {c.getValue()}
          </Link>
        ),
      }),
      helper.accessor("email", { id: "email", header: t("users.columns.email") }),
      helper.accessor("role", {
        id: "role",
        header: t("users.columns.role"),
        cell: (c) => roleLabel(c.getValue()),
      }),
      helper.accessor("departmentName", {
        id: "department",
        header: t("users.columns.department"),
        cell: (c) => c.getValue() ?? <span className="text-slate-500">—</span>,
      }),
      helper.accessor("disabled", {
        id: "status",
        header: t("users.columns.status"),
        cell: (c) =>
          c.getValue() ? (
            <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900">{t("disabled")}</span>
          ) : (
            t("active")
          ),
      }),
    ],
    [t, roleLabel],
  );
}

export function UsersTable({ rows, total, exportHref }: { rows: UserRow[]; total: number; exportHref: string }) {
  const t = useTranslations("roster");
  const roleLabel = useTranslations("shell.role");
  const { state, setState, pending } = useTableState(userParsers);
  return (
    <DataTable
      caption={t("users.caption")}
      columns={useColumns()}
      data={rows}
      total={total}
      state={state}
      onChange={setState}
      pending={pending}
      getRowId={(r) => String(r.id)}
      searchLabel={t("users.search")}
      archivedLabel={t("users.showDisabled")}
      toolbar={
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-700">{t("users.columns.role")}</span>
          <Select
            value={state.role}
            onChange={(e) => setState({ role: e.target.value as (typeof ROLE_FILTERS)[number] | "", page: null })}
            inline
          >
            <option value="">{t("users.allRoles")}</option>
            {ROLE_FILTERS.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </Select>
        </label>
      }
      exportHref={exportHref}
      empty={state.q || state.role ? t("users.noMatch") : t("users.empty")}
    />
  );
}
