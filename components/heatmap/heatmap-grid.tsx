"use client";
// The member × skill item heatmap as an ARIA grid: one tab stop, arrow keys (Home/End, Ctrl+Home/End, PageUp/Down)
// move between cells, Enter or a click opens the member. Hovering or focusing a cell shows the standard's
// description of that level for that item. Sticky header and first column; sorting is server-side (header links).
import { useCallback, useRef, useState, type KeyboardEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { levelClass } from "./palette-style";

/**
 * [level, 0 = lead / 1 = self, self-rating, lead rating, the counting rating's date, 1 = stale], or null when
 * unassessed. Compact: the page sends up to 100 rows.
 */
export type GridCell = [number, 0 | 1, number | null, number | null, string | null, 0 | 1] | null;
export type GridRow = { id: number; name: string; teamId: number; teamName: string; level: number; cells: GridCell[] };
export type GridColumn = { key: string; label: string; href: string; sorted: "ascending" | "descending" | null };

type Props = {
  fieldLabel: string;
  /** name, the 7 items, level */
  columns: GridColumn[];
  rows: GridRow[];
  /** descriptions[item][level − 1]: the standard's text of that level for that item */
  descriptions: string[][];
  grouped: boolean;
  caption: string;
};

type Tip = { r: number; c: number; top: number; left: number };

export function HeatmapGrid({ fieldLabel, columns, rows, descriptions, grouped, caption }: Props) {
  const t = useTranslations("heatmap.grid");
  const tc = useTranslations("ratings.currency");
  const format = useFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  /** "rated 3 Dec 2025" / "rated 3 Dec 2025, stale", or nothing for an undated rating. */
  const dated = (cell: NonNullable<GridCell>) =>
    cell[4] ? tc(cell[5] ? "ratedOnStale" : "ratedOn", { date: day(cell[4]) }) : null;
  const router = useRouter();
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [tip, setTip] = useState<Tip | null>(null);
  const lastCol = columns.length - 1;

  const cellAt = (r: number, c: number) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`) ?? null;

  const showTip = useCallback((r: number, c: number, el: HTMLElement) => {
    const rect = el.getBoundingClientRect();
    const width = 340;
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const below = rect.bottom + 6;
    const top = below + 180 > window.innerHeight ? Math.max(8, rect.top - 186) : below;
    setTip({ r, c, top, left });
  }, []);

  const move = (r: number, c: number) => {
    const nr = Math.max(0, Math.min(rows.length - 1, r));
    const nc = Math.max(0, Math.min(lastCol, c));
    setActive([nr, nc]);
    const el = cellAt(nr, nc);
    if (el) {
      el.focus();
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  };

  const open = (r: number) => router.push(`/members/${rows[r].id}`);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const [r, c] = active;
    const ctrl = e.ctrlKey || e.metaKey;
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(r, c + 1),
      ArrowLeft: () => move(r, c - 1),
      ArrowDown: () => move(r + 1, c),
      ArrowUp: () => move(r - 1, c),
      Home: () => (ctrl ? move(0, 0) : move(r, 0)),
      End: () => (ctrl ? move(rows.length - 1, lastCol) : move(r, lastCol)),
      PageDown: () => move(r + 10, c),
      PageUp: () => move(r - 10, c),
      Enter: () => open(r),
      Escape: () => setTip(null),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };

  const cellProps = (r: number, c: number) => ({
    "data-r": r,
    "data-c": c,
    tabIndex: active[0] === r && active[1] === c ? 0 : -1,
    "aria-describedby": tip && tip.r === r && tip.c === c ? "heatmap-tip" : undefined,
    onFocus: (e: React.FocusEvent<HTMLElement>) => {
      setActive([r, c]);
      showTip(r, c, e.currentTarget);
    },
    onBlur: () => setTip((t) => (t && t.r === r && t.c === c ? null : t)),
    onMouseEnter: (e: React.MouseEvent<HTMLElement>) => showTip(r, c, e.currentTarget),
    onMouseLeave: () =>
      setTip((t) => (t && t.r === r && t.c === c && document.activeElement !== cellAt(r, c) ? null : t)),
    onClick: () => open(r),
  });

  const tipContent = (at: Tip) => {
    const row = rows[at.r];
    if (!row) return null;
    if (at.c === 0)
      return (
        <>
          <p className="font-semibold">{row.name}</p>
          <p>{t("tipMember", { team: row.teamName })}</p>
        </>
      );
    if (at.c === lastCol) {
      return (
        <>
          <p className="font-semibold">{t("tipLevelTitle", { member: row.name, field: fieldLabel })}</p>
          <p>{row.level ? t("tipLevel", { level: row.level }) : t("tipNoLevel")}</p>
        </>
      );
    }
    const cell = row.cells[at.c - 1];
    const item = columns[at.c].label;
    if (!cell)
      return (
        <>
          <p className="font-semibold">
            {row.name} · {item}
          </p>
          <p>{t("tipNotAssessed")}</p>
        </>
      );
    const [level, source, self, lead] = cell;
    const text = descriptions[at.c - 1]?.[level - 1];
    const when = dated(cell);
    return (
      <>
        <p className="font-semibold">{t("tipItemTitle", { member: row.name, item, level })}</p>
        <p className="text-slate-600">
          {source === 0
            ? t("tipLeadRating", { self: self !== null && self !== lead ? String(self) : "none" })
            : t("tipSelfOnly")}
        </p>
        {when ? <p className={cell[5] ? "font-semibold text-slate-900" : "text-slate-600"}>{when}</p> : null}
        {text ? <p className="mt-1">{text}</p> : null}
      </>
    );
  };

  return (
    <div className="relative">
      <div
        className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm"
        onScroll={() => setTip(null)}
      >
        <table
          ref={tableRef}
          role="grid"
          aria-label={caption}
          className="border-separate border-spacing-0 text-sm"
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr role="row">
              {columns.map((col, i) => (
                <th
                  key={col.key}
                  role="columnheader"
                  scope="col"
                  aria-sort={col.sorted ?? undefined}
                  className={`sticky top-0 border-b border-slate-200 bg-slate-50 px-2 py-2 text-left align-bottom text-xs font-semibold text-slate-700 break-keep ${i === 0 ? "left-0 z-30 min-w-28 sm:min-w-48" : "z-20 w-24 min-w-20 [:lang(ja)_&]:w-auto"}`}
                >
                  <Link
                    href={col.href}
                    scroll={false}
                    className="inline-flex items-end gap-1 hover:text-brand-700"
                    title={t("sortBy", { column: col.label })}
                  >
                    <span>{col.label}</span>
                    <span aria-hidden="true" className="text-slate-400">
                      {col.sorted === "ascending" ? "▲" : col.sorted === "descending" ? "▼" : "↕"}
                    </span>
                  </Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((row, r) => {
              const out = [];
              if (grouped && (r === 0 || rows[r - 1].teamId !== row.teamId)) {
                out.push(
                  <tr key={`team-${row.teamId}`} role="row">
                    <th
                      role="rowheader"
                      colSpan={columns.length}
                      scope="colgroup"
                      className="border-b border-slate-200 bg-slate-100 px-0 py-1 text-left text-xs font-semibold uppercase tracking-wide text-slate-600"
                    >
                      <span className="sticky left-0 px-3">{row.teamName}</span>
                    </th>
                  </tr>,
                );
              }
              // A dark outline inside a white one: visible on every fill of the palette, from light yellow to navy.
              out.push(
                <tr key={row.id} role="row">
                  <th role="rowheader" scope="row" {...cellProps(r, 0)} className="hm-rh">
                    <Link href={`/members/${row.id}`} tabIndex={-1} className="hover:underline">
                      {row.name}
                    </Link>
                    {grouped ? null : <span className="block text-xs font-normal text-slate-500">{row.teamName}</span>}
                  </th>
                  {row.cells.map((cell, i) => {
                    const label = !cell
                      ? t("cellNone")
                      : [
                          cell[1] === 0 ? t("cellLead", { level: cell[0] }) : t("cellSelf", { level: cell[0] }),
                          dated(cell),
                        ]
                          .filter(Boolean)
                          .join(", ");
                    return (
                      <td
                        key={i}
                        role="gridcell"
                        {...cellProps(r, i + 1)}
                        aria-label={label}
                        className={
                          cell
                            ? `hm-c ${levelClass(cell[0])}${cell[1] === 1 ? " hm-s" : ""}${cell[5] ? " hm-o" : ""}`
                            : "hm-c hm-u"
                        }
                        data-stale={cell?.[5] ? "" : undefined}
                      >
                        <span aria-hidden="true">{cell ? cell[0] : "–"}</span>
                      </td>
                    );
                  })}
                  <td
                    role="gridcell"
                    {...cellProps(r, lastCol)}
                    aria-label={t("levelCell", { level: row.level })}
                    className={`hm-c hm-v ${levelClass(row.level)}`}
                  >
                    <span aria-hidden="true">{row.level}</span>
                  </td>
                </tr>,
              );
              return out;
            })}
          </tbody>
        </table>
      </div>
      {tip ? (
        <div
          id="heatmap-tip"
          role="tooltip"
          style={{ top: tip.top, left: tip.left }}
          className="pointer-events-none fixed z-50 w-[340px] rounded-md border border-slate-300 bg-white p-3 text-xs leading-snug text-slate-800 shadow-lg"
        >
          {tipContent(tip)}
        </div>
      ) : null}
    </div>
  );
}
