// The heatmap as CSV: exactly the rows and columns the page shows (scope, field, filters and sort from the same
// URL), every page, read in pages inside one snapshot and streamed. Each item's proficiency with its source (lead /
// self; empty = not assessed).
import type { Db } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { canOpenSection } from "@/lib/auth/policy";
import { heatmapPage } from "@/lib/db/queries/heatmap";
import { heatmapExportParams } from "@/lib/search-params/heatmap";
import { resolveScope, scopeLabel } from "@/lib/views/scope";
import { heatmapGridQuery } from "@/lib/views/heatmap";
import { FIELD_LABEL, skillItemsOf } from "@/lib/itss/fields";
import { skillItem } from "@/lib/itss/catalog";
import type { CsvCell } from "@/lib/transfer/csv";
import { jsonError } from "@/lib/http/route";
import type { Locale } from "@/lib/i18n/locales";
import { csvDownload, inSnapshot, pagesOf } from "./csv";
import { heatmapXlsx } from "./heatmap-xlsx";

/** The heatmap export: CSV, or with `format=xlsx` the workbook (heatmap-xlsx.ts) from the same parameters. */
export async function heatmapCsv(db: Db, actor: CurrentUser, url: string, locale: Locale = "en"): Promise<Response> {
  if (!canOpenSection(actor, "heatmap")) return jsonError(403, "You may not see the heatmap.");
  const p = heatmapExportParams(url);
  if (typeof p === "string") return Response.redirect(p, 308);
  const resolved = await resolveScope(db, actor, p);
  if (!resolved.ok) return jsonError(404, resolved.message);
  const { scope } = resolved;
  const fileName = `heatmap-${p.field}-${scopeLabel(scope) || "department"}`;
  if (p.format === "xlsx") return heatmapXlsx(db, actor, p, scope, locale, fileName);
  const query = heatmapGridQuery(actor, scope, p);
  const items = skillItemsOf(p.field).map((key) => skillItem(p.field, key).name);
  const header = [
    "Team",
    "Member",
    "Member id",
    ...items.flatMap((name) => [name, `${name} (source)`]),
    `${FIELD_LABEL[p.field]} level`,
  ];
  return csvDownload(fileName, header, (emit) =>
    inSnapshot(db, async (tx) => {
      for await (const rows of pagesOf(async (page) => (await heatmapPage(tx, { ...query, page })).rows))
        await emit(
          rows.map((r): CsvCell[] => [
            r.teamName,
            r.name,
            r.memberId,
            ...r.cells.flatMap((c): CsvCell[] => (c ? [c.level, c.source] : ["", ""])),
            r.level,
          ]),
        );
    }),
  );
}
