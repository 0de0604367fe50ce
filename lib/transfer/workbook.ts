// The pieces every Excel export shares (exceljs's streaming writer): fills from the heatmap palette, the header row's
// look, column widths from the text, safe sheet names, and a plain table sheet (frozen header, autofilter, rows
// committed as they are written so memory holds one page). Text is always written as a string value, so a cell that
// reads "=1+1" stays text: exceljs writes a formula only for a `{ formula }` value, which nothing here builds.
import type { Cell, Fill, Font, Worksheet } from "exceljs";
import { createTranslator } from "next-intl";
import { levelFill, textOn, UNASSESSED_FILL, UNASSESSED_TEXT } from "../heatmap/palette";
import type { Locale } from "../i18n/locales";
import { MESSAGES } from "../i18n/messages";
import { FORMATS, TIME_ZONE } from "../i18n/formats";

/** A value a workbook cell takes: a number stays a number, text stays text, empty is null. */
export type XlsxCell = string | number | null;

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

export function solidFill(hex: string): Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

/** A level's cell: the page's palette colour, its text colour for contrast. */
export function levelStyle(level: number): { fill: Fill; font: Partial<Font> } {
  const fill = levelFill(level);
  return { fill: solidFill(fill), font: { color: { argb: argb(textOn(fill)) } } };
}

/**
 * An unassessed cell: a grey hatch (the page's hatch), which prints as a pattern in black and white where a flat grey
 * would vanish.
 */
export const UNASSESSED_STYLE: { fill: Fill; font: Partial<Font> } = {
  fill: {
    type: "pattern",
    pattern: "lightTrellis",
    fgColor: { argb: "FF9CA3AF" },
    bgColor: { argb: argb(UNASSESSED_FILL) },
  },
  font: { color: { argb: argb(UNASSESSED_TEXT) } },
};

export const HEADER_FONT: Partial<Font> = { bold: true };
export const HEADER_FILL: Fill = solidFill("#f3f4f6");

/** Display width of text in Excel's character units: East Asian wide characters count twice. */
export function textWidth(value: unknown): number {
  if (value === null || value === undefined) return 0;
  let w = 0;
  for (const ch of String(value))
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

/** Column widths that fit the header and the given rows (a sample: the first page), between 6 and `max`. */
export function fitWidths(header: readonly string[], rows: readonly (readonly XlsxCell[])[], max = 50): number[] {
  return header.map((h, i) => {
    let w = textWidth(h);
    for (const r of rows) w = Math.max(w, textWidth(r[i]));
    return Math.min(max, Math.max(6, w + 2));
  });
}

/** A sheet name Excel accepts: without []:*?/\ and at most 31 characters. */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet";
}

/** Writes `value` into `cell` as a plain value: strings as strings (never a formula), numbers as numbers. */
export function setValue(cell: Cell, value: XlsxCell): void {
  cell.value = value === null || value === "" ? null : value;
}

type WorkbookLike = { addWorksheet: (name: string, options?: object) => Worksheet };

/**
 * Writes a table as one sheet: the header bold and frozen, an autofilter over it, widths that fit (from the first
 * rows), then each batch of rows committed as it comes. Returns the number of rows written.
 */
export async function writeTableSheet(
  wb: WorkbookLike,
  name: string,
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly XlsxCell[])[]> | Iterable<readonly (readonly XlsxCell[])[]>,
  { frozenColumns = 0 }: { frozenColumns?: number } = {},
): Promise<number> {
  const sheet = wb.addWorksheet(sheetName(name), {
    views: [{ state: "frozen", xSplit: frozenColumns, ySplit: 1 }],
  });
  let count = 0;
  let first = true;
  for await (const rows of batches) {
    if (first) {
      writeHeader(sheet, header, fitWidths(header, rows));
      first = false;
    }
    for (const r of rows) {
      const row = sheet.addRow([]);
      r.forEach((v, i) => setValue(row.getCell(i + 1), v));
      row.commit();
      count++;
    }
  }
  if (first) writeHeader(sheet, header, fitWidths(header, []));
  sheet.commit();
  return count;
}

/** The header row (bold, shaded), the column widths and the autofilter over the header. */
export function writeHeader(sheet: Worksheet, header: readonly string[], widths: readonly number[]): void {
  sheet.columns = header.map((h, i) => ({ key: `c${i}`, width: widths[i] }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, header.length) } };
  const row = sheet.addRow([]);
  header.forEach((h, i) => {
    const cell = row.getCell(i + 1);
    setValue(cell, h);
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
  });
  row.commit();
}

type WorkbookMessages = (typeof MESSAGES)["en"]["transfer"]["workbook"];
/** The workbook's words in `locale` (messages transfer.workbook). */
export function workbookText(locale: Locale) {
  return createTranslator<{ transfer: { workbook: WorkbookMessages } }, "transfer.workbook">({
    locale,
    messages: MESSAGES[locale] as { transfer: { workbook: WorkbookMessages } },
    namespace: "transfer.workbook",
    formats: FORMATS,
    timeZone: TIME_ZONE,
  });
}
export type WorkbookText = ReturnType<typeof workbookText>;

/** The skill items' and fields' names in `locale` (messages itss). */
export function itssText(locale: Locale) {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: "itss",
    formats: FORMATS,
    timeZone: TIME_ZONE,
  });
}
