"use client";
// A server-driven table: TanStack Table v9 renders the page of rows the server already filtered, sorted and
// paginated; sorting, search, "show archived" and paging write the URL through nuqs (lib/search-params: the same
// parsers the server page reads), and the page re-reads on the server.
import { type ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import {
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnDef,
  type RowData,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { PAGE_SIZES, type PageSize, type TableParams } from "@/lib/search-params/table";
import { Button, buttonClass } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

export const tableFeatureSet = tableFeatures({ rowSortingFeature, rowPaginationFeature });
export type Features = typeof tableFeatureSet;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Columns<T extends RowData> = ColumnDef<Features, T, any>[];

/** A change to the table's URL state; null puts a param back to its default (and out of the URL). */
export type TableChange<S extends string = string> = { [K in keyof TableParams<S>]?: TableParams<S>[K] | null };

type Props<T extends RowData, S extends string> = {
  caption: string;
  columns: Columns<T>;
  data: T[];
  total: number;
  /** The URL state (useTableState) and how to change it. */
  state: TableParams<S>;
  onChange: (change: TableChange<S>) => void;
  pending: boolean;
  getRowId: (row: T) => string;
  searchLabel: string;
  /** Label of the "include archived rows" checkbox; none hides it. */
  archivedLabel?: string;
  exportHref: string;
  /** The same export as an Excel workbook (the CSV route with `format=xlsx`); none hides the button. */
  workbookHref?: string;
  empty: ReactNode;
  /** Extra filters (kept in the URL by the caller's own controls). */
  toolbar?: ReactNode;
  rowClassName?: (row: T) => string;
};

export function DataTable<T extends RowData, S extends string>({
  caption,
  columns,
  data,
  total,
  state,
  onChange: go,
  pending,
  getRowId,
  searchLabel,
  archivedLabel,
  exportHref,
  workbookHref,
  empty,
  toolbar,
  rowClassName,
}: Props<T, S>) {
  const t = useTranslations("roster.table");
  const format = useFormatter();
  const sorting: SortingState = [{ id: state.sort, desc: state.dir === "desc" }];
  const pageCount = Math.max(1, Math.ceil(total / state.size));
  const table = useTable({
    features: tableFeatureSet,
    columns,
    data,
    getRowId,
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    rowCount: total,
    state: { sorting, pagination: { pageIndex: state.page - 1, pageSize: state.size } },
    onSortingChange: (updater: Updater<SortingState>) => {
      const [first] = typeof updater === "function" ? updater(sorting) : updater;
      if (first) go({ sort: first.id as S, dir: first.desc ? "desc" : "asc", page: null });
    },
  });

  const from = total === 0 ? 0 : (state.page - 1) * state.size + 1;
  const to = Math.min(total, state.page * state.size);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <form
          role="search"
          className="flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            const q = new FormData(e.currentTarget).get("q");
            go({ q: typeof q === "string" ? q.trim() : null, page: null });
          }}
        >
          <label className="text-sm">
            <span className="mb-1 block font-medium text-slate-700">{searchLabel}</span>
            <Input
              name="q"
              type="search"
              defaultValue={state.q}
              key={state.q}
              maxLength={200}
              inline
              className="w-64"
            />
          </label>
          <Button type="submit" variant="secondary">
            {t("search")}
          </Button>
        </form>
        {archivedLabel ? (
          <label className="flex items-center gap-2 pb-1.5 text-sm text-slate-700">
            <Checkbox
              checked={state.archived}
              onChange={(e) => go({ archived: e.target.checked ? true : null, page: null })}
            />
            {archivedLabel}
          </label>
        ) : null}
        {toolbar}
        <a href={exportHref} className={buttonClass({ variant: "secondary", className: "ml-auto" })} download>
          {t("exportCsv")}
        </a>
        {workbookHref ? (
          <a href={workbookHref} className={buttonClass({ variant: "secondary" })} download>
            {t("exportXlsx")}
          </a>
        ) : null}
      </div>

      <div
        className={`relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm transition-opacity ${pending ? "opacity-60" : ""}`}
        aria-busy={pending}
      >
        <table className="w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50 text-left text-slate-700">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = header.column.getCanSort();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className="whitespace-nowrap px-4 py-2 font-semibold"
                      aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <Button variant="plain" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className="text-xs text-slate-400">
                            {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                          </span>
                        </Button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row.original) ?? ""}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className="px-4 py-2 align-top">
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {data.length === 0 ? (
          <div className="border-t border-slate-100 px-4 py-10 text-center text-sm text-slate-600">{empty}</div>
        ) : null}
      </div>

      <nav aria-label={t("pages")} className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <span role="status">
          {total === 0 ? t("noRows") : t("range", { from: format.number(from), to: format.number(to), total })}
        </span>
        <label className="flex items-center gap-2">
          {t("rowsPerPage")}
          <Select
            value={state.size}
            onChange={(e) => go({ size: Number(e.target.value) as PageSize, page: null })}
            inline
            size="sm"
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </label>
        <div className="ml-auto flex items-center gap-2">
          <Button
            variant="secondary"
            disabled={state.page <= 1}
            onClick={() => go({ page: state.page - 1 === 1 ? null : state.page - 1 })}
          >
            {t("previous")}
          </Button>
          <span>{t("pageOf", { page: Math.min(state.page, pageCount), pages: pageCount })}</span>
          <Button variant="secondary" disabled={state.page >= pageCount} onClick={() => go({ page: state.page + 1 })}>
            {t("next")}
          </Button>
        </div>
      </nav>
    </div>
  );
}

/** The table's loading skeleton (loading.tsx). */
export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  const t = useTranslations("roster.table");
  return (
    <div role="status" aria-live="polite" className="animate-pulse space-y-3">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-8 w-72 rounded bg-slate-200" />
      <div className="flex gap-3">
        <div className="h-9 w-64 rounded bg-slate-200" />
        <div className="h-9 w-24 rounded bg-slate-200" />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="h-10 border-b border-slate-100 bg-slate-50 last:border-0" />
        ))}
      </div>
    </div>
  );
}
