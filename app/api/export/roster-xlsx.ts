// A team's roster as an Excel workbook: the table's rows (its filters and sort, every page), each field's official
// level, skill level and pending level as numbers, the official level on the heatmap's palette; words in the
// exporter's language.
import type { Db, Tx } from "@/lib/db/client";
import type { TeamMemberRow } from "@/lib/db/queries/team-members";
import { FIELDS } from "@/lib/itss/fields";
import type { Locale } from "@/lib/i18n/locales";
import {
  fitWidths,
  itssText,
  levelStyle,
  setValue,
  workbookText,
  writeHeader,
  sheetName,
} from "@/lib/transfer/workbook";
import { inSnapshot } from "./csv";
import { xlsxDownload } from "./xlsx";

export function rosterXlsx(
  db: Db,
  teamName: string,
  readPages: (tx: Tx) => AsyncGenerator<TeamMemberRow[]>,
  locale: Locale,
): Promise<Response> {
  const t = workbookText(locale);
  const ti = itssText(locale);
  const header = [
    t("roster.name"),
    t("roster.email"),
    t("roster.jobTitle"),
    t("roster.account"),
    ...FIELDS.flatMap((f) => {
      const field = ti(`fields.${f}`);
      return [t("roster.level", { field }), t("roster.skillLevel", { field }), t("roster.pendingLevel", { field })];
    }),
    t("roster.archived"),
  ];
  const yes = t("filters.yes");
  const no = t("filters.no");
  return xlsxDownload(`team-members-${teamName}`, async (wb, drain) => {
    const sheet = wb.addWorksheet(sheetName(t("roster.sheet", { team: teamName })), {
      views: [{ state: "frozen", xSplit: 1, ySplit: 1 }],
    });
    let first = true;
    await inSnapshot(db, async (tx) => {
      for await (const rows of readPages(tx)) {
        if (first) {
          writeHeader(
            sheet,
            header,
            fitWidths(
              header,
              rows.map((r) => [r.name, r.email, r.jobTitle]),
            ).map((w, i) => (i >= 4 ? Math.max(w, 8) : w)),
          );
          first = false;
        }
        for (const r of rows) {
          const row = sheet.addRow([]);
          [r.name, r.email, r.jobTitle, r.hasAccount ? yes : no].forEach((v, i) => setValue(row.getCell(i + 1), v));
          FIELDS.forEach((f, j) => {
            const l = r.levels[f];
            const level = row.getCell(5 + j * 3);
            level.value = l.level;
            Object.assign(level, levelStyle(l.level));
            setValue(row.getCell(6 + j * 3), l.skillLevel);
            setValue(row.getCell(7 + j * 3), l.provisionalLevel > l.level ? l.provisionalLevel : null);
          });
          setValue(row.getCell(5 + FIELDS.length * 3), r.archived ? yes : no);
          row.commit();
        }
        await drain();
      }
    });
    if (first) writeHeader(sheet, header, fitWidths(header, []));
    sheet.commit();
  });
}
