// CSV reading for the imports (papaparse: header row, trimmed cells, BOM, empty lines) with size caps, and CSV
// writing that neutralises spreadsheet formulas. Pure: text in, rows out.
import Papa from "papaparse";
// Types only: the import form imports this module, and lib/i18n/text would bring every message to the browser.
import { translate, type Text, type TextKey, type TextValue } from "../i18n/text";
import type { Locale } from "../i18n/locales";
import type { Messages } from "../i18n/messages";

export const MAX_CSV_BYTES = 500_000;
export const MAX_CSV_ROWS = 5_000;

/**
 * One problem in an import file. Rows are numbered as in the file, the header being row 1. The message is a Text
 * (transfer.csvErrors.*), said in the reader's language when the import action answers (ShownRowError).
 */
export type RowError = { row: number; column: string; message: Text };
/** A RowError in words, as the import page shows it. */
export type ShownRowError = { row: number; column: string; message: string };

/** The file's problems in the reader's language. */
export const showRowErrors = (locale: Locale, errors: RowError[]): ShownRowError[] =>
  errors.map((e) => ({ ...e, message: translate(locale, e.message) }));

/** A problem's message: transfer.csvErrors.<key> with its values. */
export const csvError = (key: keyof Messages["transfer"]["csvErrors"], values?: Record<string, TextValue>): Text =>
  values ? { key: `transfer.csvErrors.${key}` as TextKey, values } : { key: `transfer.csvErrors.${key}` as TextKey };

export type CsvTable = { header: string[]; rows: { row: number; cells: Record<string, string> }[] };

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; errors: RowError[] };

/** Parses CSV text with a header row. Checks size, row count, required and unknown columns. */
export function parseCsv(
  text: string,
  columns: { required: readonly string[]; optional?: readonly string[] },
): CsvParse {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_CSV_BYTES) {
    return {
      ok: false,
      errors: [
        {
          row: 0,
          column: "",
          message: csvError("tooLarge", { size: Math.ceil(bytes / 1000), limit: MAX_CSV_BYTES / 1000 }),
        },
      ],
    };
  }
  const clean = text.replace(/^\uFEFF/, "");
  if (clean.trim() === "")
    return {
      ok: false,
      errors: [{ row: 1, column: "", message: csvError("empty") }],
    };
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: false, delimiter: "" });
  const lines = parsed.data;
  const header = (lines[0] ?? []).map((h) => h.trim().toLowerCase());
  const errors: RowError[] = [];
  const known = new Set([...columns.required, ...(columns.optional ?? [])]);
  for (const c of columns.required) {
    if (!header.includes(c))
      errors.push({
        row: 1,
        column: c,
        message: csvError("missingColumn", { column: c, columns: [...known].join(", ") }),
      });
  }
  header.forEach((h, i) => {
    if (h === "") errors.push({ row: 1, column: "", message: csvError("emptyHeader", { index: i + 1 }) });
    else if (!known.has(h))
      errors.push({
        row: 1,
        column: h,
        message: csvError("unknownColumn", { column: h, columns: [...known].join(", ") }),
      });
    else if (header.indexOf(h) !== i)
      errors.push({ row: 1, column: h, message: csvError("columnTwice", { column: h }) });
  });
  if (errors.length) return { ok: false, errors };
  // Papa reports unbalanced quotes by data row index; rows here are 1-based with the header as row 1.
  for (const e of parsed.errors) {
    if (e.code === "UndetectableDelimiter") continue;
    errors.push({ row: (e.row ?? 0) + 1, column: "", message: csvError("malformed", { detail: e.message }) });
  }
  const rows: CsvTable["rows"] = [];
  for (let i = 1; i < lines.length; i++) {
    const cells = lines[i];
    if (cells.every((c) => c.trim() === "")) continue; // empty line
    if (cells.length !== header.length) {
      errors.push({
        row: i + 1,
        column: "",
        message: csvError("cellCount", { expected: header.length, found: cells.length }),
      });
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, j) => {
      record[h] = cells[j].trim();
    });
    rows.push({ row: i + 1, cells: record });
  }
  if (rows.length > MAX_CSV_ROWS) {
    return {
      ok: false,
      errors: [
        {
          row: 0,
          column: "",
          message: csvError("tooManyRows", { rows: rows.length, limit: MAX_CSV_ROWS }),
        },
      ],
    };
  }
  if (errors.length) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [{ row: 2, column: "", message: csvError("noDataRows") }] };
  return { ok: true, table: { header, rows } };
}

/** A cell that a spreadsheet would run as a formula (CSV injection). */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}

export type CsvCell = string | number | boolean | null | undefined;

/** A text cell a spreadsheet would run as a formula gets a leading single quote; numbers stay numbers. */
export function safeCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return typeof value !== "number" && looksLikeFormula(text) ? `'${text}` : text;
}

const UNPARSE = { quotes: false, newline: "\r\n" } as const;

/** Header row plus rows: papaparse's RFC 4180 quoting, CRLF line ends, formula cells neutralised. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({ fields: header.map(safeCell), data: rows.map((r) => r.map(safeCell)) }, UNPARSE);
}

/**
 * `toCsv` in pieces, for a streamed export: `csvHeader(h)` then `csvRows` of each batch, batches after the first
 * preceded by CRLF, give exactly `toCsv(h, all rows)`.
 */
export function csvHeader(header: readonly string[]): string {
  return Papa.unparse({ fields: header.map(safeCell), data: [] }, UNPARSE);
}

/** Rows as `toCsv` writes them after its header: CRLF between rows, none after the last. */
export function csvRows(rows: readonly (readonly CsvCell[])[]): string {
  return rows.length
    ? Papa.unparse(
        rows.map((r) => r.map(safeCell)),
        UNPARSE,
      )
    : "";
}
