"use client";
// The team rating grid as an ARIA grid (one tab stop, roving tabindex): members × the field's 7 skill items, the lead
// rating (editable) beside the member's self-rating. Spreadsheet habits: arrows, Tab, Enter (down), a digit sets the
// level (the item's levels only), Delete/Backspace clears, a pasted block of numbers fills from the focused cell,
// Ctrl+Z undoes the last change. Unsaved cells are marked (*) and counted; leaving with unsaved cells asks first.
// Save sends only the changed cells with the versions they started from (lib/actions/rating-grid.ts); a conflict
// keeps the user's values and shows the other value beside them.
import { useEffect, useMemo, useRef, useState, useTransition, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveRatingGrid } from "@/lib/actions/rating-grid";
import type { Field } from "@/lib/itss/fields";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/run";
import { parseBlock } from "./paste";

/** Per item: [lead level, self level, row version (null: no row yet), stale 0/1]. */
export type RatingGridCell = [number | null, number | null, number | null, 0 | 1];
export type RatingGridRow = { id: number; name: string; editable: boolean; cells: RatingGridCell[] };
export type RatingGridItem = { key: string; name: string; descriptions: string[] };

type Props = {
  field: Field;
  fieldName: string;
  items: RatingGridItem[];
  rows: RatingGridRow[];
  months: number;
  caption: string;
};

type Level = number | null;
/** One undoable step: the cells it changed and what each held before (undefined: not edited before). */
type Step = { key: string; before: Level | undefined }[];
type Conflict = { memberId: number; item: string; level: Level; version: number | null };

const keyOf = (memberId: number, item: string) => `${memberId}:${item}`;

export function RatingGrid({ field, fieldName, items, rows, months, caption }: Props) {
  const t = useTranslations("ratings.grid");
  const router = useRouter();
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const [focused, setFocused] = useState(false);
  /** The user's values that differ from the loaded ones, by memberId:item. */
  const [edits, setEdits] = useState<Record<string, Level>>({});
  const [history, setHistory] = useState<Step[]>([]);
  /** After a conflict: the other value and the version it now has, by memberId:item. */
  const [theirs, setTheirs] = useState<Record<string, { level: Level; version: number | null }>>({});
  const [note, setNote] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const lastCol = items.length - 1;
  const dirty = Object.keys(edits).length;

  const loaded = useMemo(() => {
    const m = new Map<string, RatingGridCell>();
    for (const row of rows) row.cells.forEach((c, i) => m.set(keyOf(row.id, items[i].key), c));
    return m;
  }, [rows, items]);

  const valueAt = (row: RatingGridRow, c: number): Level => {
    const k = keyOf(row.id, items[c].key);
    return k in edits ? edits[k] : row.cells[c][0];
  };

  /** Applies changes as one undoable step; a value equal to the loaded one is no longer an edit. */
  const apply = (changes: { key: string; level: Level }[]) => {
    const next = { ...edits };
    const step: Step = [];
    for (const { key, level } of changes) {
      const base = loaded.get(key)?.[0] ?? null;
      const current = key in next ? next[key] : base;
      if (current === level) continue;
      step.push({ key, before: key in next ? next[key] : undefined });
      if (base === level) delete next[key];
      else next[key] = level;
    }
    if (!step.length) return;
    setEdits(next);
    setHistory((h) => [...h.slice(-199), step]);
  };

  const undo = () => {
    const step = history[history.length - 1];
    if (!step) return;
    const next = { ...edits };
    for (const { key, before } of [...step].reverse()) {
      if (before === undefined) delete next[key];
      else next[key] = before;
    }
    setEdits(next);
    setHistory(history.slice(0, -1));
    setNote(t("undone"));
  };

  // Leaving with unsaved cells asks first: closing or reloading the tab, and the app's own links.
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!a || a.getAttribute("target") === "_blank") return;
      if (!window.confirm(t("leaveConfirm", { count: dirty }))) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
    };
  }, [dirty, t]);

  const cellAt = (r: number, c: number) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-r="${r}"][data-c="${c}"]`) ?? null;

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

  const levelsOf = (c: number) => items[c].descriptions.length;

  const setLevel = (r: number, c: number, level: Level) => {
    const row = rows[r];
    if (!row.editable) {
      setNote(t("readOnly", { member: row.name }));
      return;
    }
    if (level !== null && (level < 1 || level > levelsOf(c))) {
      setNote(t("notALevel", { level, item: items[c].name, max: levelsOf(c) }));
      return;
    }
    setNote(null);
    apply([{ key: keyOf(row.id, items[c].key), level }]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const [r, c] = active;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && e.key.toLowerCase() === "z") {
      e.preventDefault();
      undo();
      return;
    }
    if (e.key === "Tab") {
      // Right (left with Shift), wrapping to the next (previous) row; out of the grid past its ends.
      const forward = !e.shiftKey;
      const atEnd = forward ? r === rows.length - 1 && c === lastCol : r === 0 && c === 0;
      if (atEnd) return;
      e.preventDefault();
      if (forward) move(c === lastCol ? r + 1 : r, c === lastCol ? 0 : c + 1);
      else move(c === 0 ? r - 1 : r, c === 0 ? lastCol : c - 1);
      return;
    }
    if (!ctrl && !e.altKey && /^[0-9]$/.test(e.key)) {
      e.preventDefault();
      setLevel(r, c, Number(e.key));
      return;
    }
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(r, c + 1),
      ArrowLeft: () => move(r, c - 1),
      ArrowDown: () => move(r + 1, c),
      ArrowUp: () => move(r - 1, c),
      Enter: () => move(r + 1, c),
      Home: () => (ctrl ? move(0, 0) : move(r, 0)),
      End: () => (ctrl ? move(rows.length - 1, lastCol) : move(r, lastCol)),
      PageDown: () => move(r + 10, c),
      PageUp: () => move(r - 10, c),
      Delete: () => setLevel(r, c, null),
      Backspace: () => setLevel(r, c, null),
    };
    const act = keys[e.key];
    if (!act || ctrl) return;
    e.preventDefault();
    act();
  };

  const onPaste = (e: React.ClipboardEvent<HTMLTableElement>) => {
    const data = e.clipboardData.getData("text/plain");
    if (!data) return;
    e.preventDefault();
    const block = parseBlock(data);
    const [r0, c0] = active;
    const changes: { key: string; level: Level }[] = [];
    const refused: string[] = [];
    let outside = 0;
    block.forEach((line, i) =>
      line.forEach((raw, j) => {
        const r = r0 + i;
        const c = c0 + j;
        if (r >= rows.length || c > lastCol) {
          outside++;
          return;
        }
        const row = rows[r];
        const level = raw === "" ? null : /^\d+$/.test(raw) ? Number(raw) : NaN;
        const name = t("cellName", { member: row.name, item: items[c].name });
        if (!row.editable) refused.push(t("refusedReadOnly", { cell: name }));
        else if (level !== null && !(level >= 1 && level <= levelsOf(c)))
          refused.push(t("refusedValue", { cell: name, value: raw, max: levelsOf(c) }));
        else changes.push({ key: keyOf(row.id, items[c].key), level });
      }),
    );
    apply(changes);
    const parts = [t("pasted", { count: changes.length })];
    if (refused.length) parts.push(t("pasteRefused", { count: refused.length, cells: refused.join(t("separator")) }));
    if (outside) parts.push(t("pasteOutside", { count: outside }));
    setNote(parts.join(" "));
  };

  const save = () => {
    const cells = Object.entries(edits).map(([key, level]) => {
      const [memberId, item] = [Number(key.split(":")[0]), key.slice(key.indexOf(":") + 1)];
      const version = key in theirs ? theirs[key].version : (loaded.get(key)?.[2] ?? null);
      return { memberId, item, level, version };
    });
    if (!cells.length) return;
    setNote(null);
    startTransition(async () => {
      const r = await saveRatingGrid({ field, cells });
      setResult(r);
      if (r.ok) {
        setEdits({});
        setHistory([]);
        setTheirs({});
        router.refresh();
      } else if (r.code === "conflict" && Array.isArray(r.detail)) {
        // Keep the user's values; show the other value beside them (saving again puts the user's over it).
        const next: Record<string, { level: Level; version: number | null }> = {};
        for (const c of r.detail as Conflict[])
          next[keyOf(c.memberId, c.item)] = { level: c.level, version: c.version };
        setTheirs((prev) => ({ ...prev, ...next }));
      }
    });
  };

  const [ar, ac] = active;
  const activeRow = rows[ar];
  const activeLevel = activeRow ? valueAt(activeRow, ac) : null;
  const description = activeLevel !== null ? items[ac]?.descriptions[activeLevel - 1] : null;

  return (
    <div>
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <Button onClick={save} disabled={!dirty || pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <Button variant="secondary" onClick={undo} disabled={!history.length || pending}>
          {t("undo")}
        </Button>
        <p role="status" className="text-sm text-slate-700">
          {dirty ? (
            <span className="font-semibold">
              <span aria-hidden="true">* </span>
              {t("unsaved", { count: dirty })}
            </span>
          ) : (
            t("allSaved")
          )}
        </p>
      </div>
      <FormMessage result={result} className="mb-3" />
      {note ? (
        <p
          role="status"
          className="mb-3 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800"
        >
          {note}{" "}
          <Button variant="ghost" size="sm" onClick={() => setNote(null)}>
            {t("dismiss")}
          </Button>
        </p>
      ) : null}
      <div
        id="rating-grid-level"
        aria-live="polite"
        className="mb-2 min-h-14 rounded-md border border-slate-200 bg-white px-3 py-2 text-xs leading-snug text-slate-800"
      >
        {focused && activeRow ? (
          <>
            <p className="font-semibold">
              {t("cellName", { member: activeRow.name, item: items[ac].name })}
              {" · "}
              {activeLevel === null ? t("noLevel") : t("levelN", { level: activeLevel })}
            </p>
            {description ? <p>{description}</p> : <p className="text-slate-600">{t("hint")}</p>}
          </>
        ) : (
          <p className="text-slate-600">{t("hint")}</p>
        )}
      </div>
      <div className="relative max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table
          ref={tableRef}
          role="grid"
          aria-label={caption}
          aria-describedby="rating-grid-legend"
          className="border-separate border-spacing-0 text-sm"
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        >
          <thead>
            <tr role="row">
              <th
                role="columnheader"
                scope="col"
                className="sticky left-0 top-0 z-30 min-w-28 border-b border-slate-200 bg-slate-50 px-2 py-2 text-left align-bottom text-xs font-semibold text-slate-700 sm:min-w-44"
              >
                {t("member")}
              </th>
              {items.map((item) => (
                <th
                  key={item.key}
                  role="columnheader"
                  scope="col"
                  className="sticky top-0 z-20 w-24 min-w-24 border-b border-slate-200 bg-slate-50 px-2 py-2 text-left align-bottom text-xs font-semibold text-slate-700 break-keep"
                >
                  {item.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.id} role="row">
                <th
                  role="rowheader"
                  scope="row"
                  className="sticky left-0 z-10 border-b border-slate-100 bg-white px-2 py-1 text-left text-sm font-medium text-slate-900"
                >
                  {row.name}
                  {row.editable ? null : <span className="block text-xs font-normal text-slate-500">{t("own")}</span>}
                </th>
                {items.map((item, c) => {
                  const key = keyOf(row.id, item.key);
                  const [lead, self, , stale] = row.cells[c];
                  const edited = key in edits;
                  const value = edited ? edits[key] : lead;
                  const other = theirs[key];
                  const differs = value !== null && self !== null && Math.abs(value - self) >= 2;
                  const isActive = ar === r && ac === c;
                  const label = [
                    t("cellName", { member: row.name, item: item.name }),
                    value === null ? t("leadNone") : t("leadLevel", { level: value }),
                    self === null ? t("selfNone") : t("selfLevel", { level: self }),
                    differs ? t("differs") : null,
                    stale && !edited ? t("stale", { months }) : null,
                    edited ? t("unsavedCell") : null,
                    other ? t("theirs", { level: other.level ?? "–" }) : null,
                  ]
                    .filter(Boolean)
                    .join(", ");
                  return (
                    <td
                      key={item.key}
                      role="gridcell"
                      data-r={r}
                      data-c={c}
                      data-level={value ?? ""}
                      tabIndex={isActive ? 0 : -1}
                      aria-readonly={row.editable ? undefined : true}
                      aria-describedby={isActive ? "rating-grid-level" : undefined}
                      onFocus={() => {
                        setActive([r, c]);
                        setFocused(true);
                      }}
                      onBlur={() => setFocused(false)}
                      onClick={(e) => e.currentTarget.focus()}
                      className={`h-11 cursor-cell border-b border-l border-slate-100 px-2 py-1 align-middle tabular-nums outline-none focus:ring-2 focus:ring-inset focus:ring-brand-600 ${edited ? "bg-amber-50 [outline:2px_dashed_theme(colors.amber.600)] [outline-offset:-3px]" : ""} ${row.editable ? "" : "bg-slate-50 text-slate-500"}`}
                    >
                      {/* The name from content (not aria-label): what is seen is all in it, in words. */}
                      <span className="sr-only">{label}</span>
                      <span aria-hidden="true" className="flex items-baseline gap-1 whitespace-nowrap">
                        <span className="w-4 text-base font-bold text-slate-900">{value ?? "–"}</span>
                        <span className="text-xs text-slate-500">{self === null ? "" : `(${self})`}</span>
                        {edited ? <span className="font-bold text-amber-800">*</span> : null}
                        {differs ? <span className="font-bold text-red-700">≠</span> : null}
                        {stale && !edited ? <span className="text-slate-600">↻</span> : null}
                        {other ? (
                          <span className="rounded bg-red-100 px-1 text-xs font-semibold text-red-900">
                            {t("theirsShort", { level: other.level ?? "–" })}
                          </span>
                        ) : null}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl id="rating-grid-legend" className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-xs text-slate-700">
        <div className="flex gap-1">
          <dt className="font-bold">3 (2)</dt>
          <dd>{t("legendValues")}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="font-bold text-red-700">≠</dt>
          <dd>{t("legendDiffers")}</dd>
        </div>
        <div className="flex gap-1">
          <dt>↻</dt>
          <dd>{t("legendStale", { months })}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="font-bold text-amber-800">*</dt>
          <dd>{t("legendUnsaved")}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="whitespace-nowrap rounded bg-red-100 px-1 font-semibold text-red-900">
            {t("theirsShort", { level: 4 })}
          </dt>
          <dd>{t("legendTheirs")}</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-slate-600">{t("keys", { field: fieldName })}</p>
    </div>
  );
}
