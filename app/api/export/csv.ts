// CSV for the table exports: papaparse's quoting plus a guard against formula injection in spreadsheets.
import Papa from "papaparse";

export type CsvCell = string | number | boolean | null | undefined;

/** A cell a spreadsheet would run as a formula (= + - @, or a leading tab/CR) gets a leading single quote. */
export function safeCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  if (typeof value === "number") return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Header row plus rows, RFC 4180 quoting, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse({ fields: header.map(safeCell), data: rows.map((r) => r.map(safeCell)) }, { quotes: false, newline: "\r\n" });
}

/** The route handler's answer: text/csv, a download with a dated file name, never cached. */
export function csvResponse(name: string, csv: string): Response {
  const date = new Date().toISOString().slice(0, 10);
  const file = `${name.replace(/[^a-z0-9-]+/gi, "-").replace(/^-|-$/g, "").toLowerCase() || "export"}-${date}.csv`;
  // A byte-order mark so spreadsheet programs read UTF-8 names correctly.
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file}"`,
      "cache-control": "no-store",
    },
  });
}

export function errorResponse(status: number, message: string): Response {
  return Response.json({ error: message }, { status });
}

