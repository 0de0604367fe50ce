// The heatmap as an Excel workbook: the rows the page shows for the same URL (scope, filters, sort; every page), each
// item's proficiency and the field level as numbers on the page's palette colours. The source of a rating shows
// without colour too — a lead's rating in bold, a self-rating in italics with a mark (a number format: the value stays
// a number), an unassessed cell hatched — so it survives a black-and-white print. A second sheet holds the legend,
// the filters applied, the scope, who exported it and when. Words in the exporter's language.
import type { Tx } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { heatmapPage, type HeatmapRow } from "@/lib/db/queries/heatmap";
import type { HeatmapParams } from "@/lib/search-params/heatmap";
import type { ViewScope } from "@/lib/views/scope";
import { heatmapGridQuery } from "@/lib/views/heatmap";
import { skillItemsOf } from "@/lib/itss/fields";
import type { Locale } from "@/lib/i18n/locales";
import { TIME_ZONE } from "@/lib/i18n/formats";
import { MAX_PALETTE_LEVEL } from "@/lib/heatmap/palette";
import {
  fitWidths,
  HEADER_FILL,
  HEADER_FONT,
  itssText,
  levelStyle,
  setValue,
  sheetName,
  UNASSESSED_STYLE,
  workbookText,
  type WorkbookText,
  type XlsxCell,
} from "@/lib/transfer/workbook";
import type { Worksheet } from "exceljs";
import { inSnapshot, pagesOf } from "./csv";
import { xlsxDownload, type WorkbookWriter } from "./xlsx";
import type { Db } from "@/lib/db/client";

/** Columns before the items: member, team, member id. */
const LEAD_COLUMNS = 3;

export function scopeWords(t: WorkbookText, scope: ViewScope): string {
  return scope.kind === "org" ? t("scope.org") : scope.kind === "mine" ? t("scope.mine") : scope.name;
}

export async function heatmapXlsx(
  db: Db,
  actor: CurrentUser,
  p: HeatmapParams,
  scope: ViewScope,
  locale: Locale,
  fileName: string,
): Promise<Response> {
  const t = workbookText(locale);
  const ti = itssText(locale);
  const fieldName = ti(`fields.${p.field}`);
  const items = skillItemsOf(p.field).map((key) => ({ key, name: ti(`items.${key}`) }));
  const header = [
    t("member"),
    t("team"),
    t("memberId"),
    ...items.map((i) => i.name),
    t("fieldLevel", { field: fieldName }),
  ];
  // A self-rating's mark, as a number format: the cell's value stays the number.
  const selfFormat = `0" ${t("selfMark").replace(/"/g, "")}"`;
  const query = heatmapGridQuery(actor, scope, p);
  const exportedAt = new Date();

  return xlsxDownload(fileName, async (wb, drain) => {
    const sheet = wb.addWorksheet(sheetName(t("heatmapSheet", { field: fieldName })), {
      views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
    });
    let count = 0;
    let firstTeam: string | null = null;
    await inSnapshot(db, async (tx: Tx) => {
      for await (const rows of pagesOf(async (page) => (await heatmapPage(tx, { ...query, page })).rows)) {
        if (count === 0) {
          firstTeam = rows[0]?.teamName ?? null;
          writeHeatmapHeader(sheet, header, rows);
        }
        for (const r of rows) writeMemberRow(sheet, r, selfFormat);
        count += rows.length;
        await drain();
      }
    });
    if (count === 0) writeHeatmapHeader(sheet, header, []);
    sheet.commit();
    writeLegendSheet(wb, t, {
      title: t("legend.title", { field: fieldName, scope: scopeWords(t, scope) }),
      filters: [
        [t("filters.field"), fieldName],
        [t("filters.scope"), scopeWords(t, scope)],
        [t("filters.team"), p.team !== null ? (firstTeam ?? `#${p.team}`) : t("filters.none")],
        [t("filters.teamContains"), p.teamq || t("filters.none")],
        [t("filters.minLevel"), p.minLevel],
        [
          t("filters.item"),
          p.item ? t("filters.itemAtLeast", { item: ti(`items.${p.item}`), min: p.itemMin }) : t("filters.none"),
        ],
        [
          t("filters.sort"),
          t("filters.sortValue", {
            column:
              p.sort === "name"
                ? header[0]
                : p.sort === "team"
                  ? header[1]
                  : p.sort === "level"
                    ? header[header.length - 1]
                    : ti(`items.${p.sort}`),
            dir: p.dir,
          }),
        ],
        [t("filters.grouped"), p.group ? t("filters.yes") : t("filters.no")],
      ],
      exportedBy: `${actor.name} <${actor.email}>`,
      exportedAt: new Intl.DateTimeFormat(locale, {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: TIME_ZONE,
      }).format(exportedAt),
      rows: count,
      selfMark: t("selfMark"),
    });
  });
}

function writeHeatmapHeader(sheet: Worksheet, header: string[], sample: readonly HeatmapRow[]) {
  const widths = fitWidths(
    header,
    sample.map((r): XlsxCell[] => [r.name, r.teamName, r.memberId]),
  ).map((w, i) => (i >= LEAD_COLUMNS ? Math.max(w, 8) : w));
  sheet.columns = header.map((_, i) => ({ key: `c${i}`, width: widths[i] }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  const row = sheet.addRow([]);
  header.forEach((h, i) => {
    const cell = row.getCell(i + 1);
    setValue(cell, h);
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "top" };
  });
  row.commit();
}

function writeMemberRow(sheet: Worksheet, r: HeatmapRow, selfFormat: string) {
  const row = sheet.addRow([]);
  setValue(row.getCell(1), r.name);
  setValue(row.getCell(2), r.teamName);
  setValue(row.getCell(3), r.memberId);
  r.cells.forEach((c, i) => {
    const cell = row.getCell(LEAD_COLUMNS + 1 + i);
    if (!c) {
      cell.fill = UNASSESSED_STYLE.fill;
      cell.font = UNASSESSED_STYLE.font;
      return;
    }
    const look = levelStyle(c.level);
    cell.value = c.level;
    cell.fill = look.fill;
    cell.font = c.source === "lead" ? { ...look.font, bold: true } : { ...look.font, italic: true };
    cell.numFmt = c.source === "lead" ? "0" : selfFormat;
  });
  const level = row.getCell(LEAD_COLUMNS + 1 + r.cells.length);
  const look = levelStyle(r.level);
  level.value = r.level;
  level.fill = look.fill;
  level.font = { ...look.font, bold: true };
  row.commit();
}

type LegendInput = {
  title: string;
  filters: [string, string | number][];
  exportedBy: string;
  exportedAt: string;
  rows: number;
  selfMark: string;
};

function writeLegendSheet(wb: WorkbookWriter, t: WorkbookText, l: LegendInput) {
  const sheet = wb.addWorksheet(sheetName(t("legendSheet")));
  sheet.columns = [
    { key: "a", width: 34 },
    { key: "b", width: 56 },
  ];
  const heading = (text: string) => {
    const row = sheet.addRow([text]);
    row.getCell(1).font = { bold: true, size: 12 };
    row.commit();
  };
  const pair = (a: string, b: string | number, style?: (cellB: ReturnType<Worksheet["getCell"]>) => void) => {
    const row = sheet.addRow([]);
    setValue(row.getCell(1), a);
    setValue(row.getCell(2), b);
    style?.(row.getCell(1));
    row.commit();
  };
  const blank = () => sheet.addRow([]).commit();

  heading(l.title);
  blank();
  heading(t("legend.colours"));
  pair(t("legend.levelZero"), "", (c) => Object.assign(c, levelStyle(0)));
  for (let level = 1; level <= MAX_PALETTE_LEVEL; level++)
    pair(t("legend.level", { level }), "", (c) => Object.assign(c, levelStyle(level)));
  blank();
  heading(t("legend.marks"));
  const sample = (text: string, style: (c: ReturnType<Worksheet["getCell"]>) => void) => {
    const row = sheet.addRow([]);
    setValue(row.getCell(1), text);
    style(row.getCell(1));
    row.commit();
  };
  sample(t("legend.lead"), (c) => (c.font = { bold: true }));
  sample(t("legend.self", { mark: l.selfMark }), (c) => (c.font = { italic: true }));
  sample(t("legend.unassessed"), (c) => {
    c.fill = UNASSESSED_STYLE.fill;
  });
  blank();
  heading(t("filters.title"));
  for (const [a, b] of l.filters) pair(a, b);
  blank();
  heading(t("export.title"));
  pair(t("export.by"), l.exportedBy);
  pair(t("export.at"), l.exportedAt);
  pair(t("export.rows"), l.rows);
  sheet.commit();
}
