// The gap dashboard as an Excel workbook (lib/transfer/gaps-workbook.ts): for the scope of the URL, a sheet each for
// the targets, the single points of failure and skills nobody holds, members one step from their next level, expiring
// certifications, diverging and stale ratings — every row of each list, read in pages inside one snapshot (the same
// queries as /gaps and its paged lists) and streamed. Words in the exporter's language.
import type { Db, Tx } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { gapListPage, singlePoints, targetStandings } from "@/lib/db/queries/gaps";
import type { GapListKey } from "@/lib/search-params/gaps";
import type { ViewScope } from "@/lib/views/scope";
import type { Locale } from "@/lib/i18n/locales";
import { itssText } from "@/lib/transfer/workbook";
import { writeGapsWorkbook } from "@/lib/transfer/gaps-workbook";
import { missingText } from "@/components/evaluation/sentences";
import { inSnapshot, pagesOf } from "./csv";
import { xlsxDownload } from "./xlsx";

export async function gapsXlsx(
  db: Db,
  actor: CurrentUser,
  scope: ViewScope,
  locale: Locale,
  fileName: string,
): Promise<Response> {
  const ti = itssText(locale);
  return xlsxDownload(fileName, (wb, drain) =>
    inSnapshot(db, async (tx: Tx) => {
      // every row of a list, in its default order, page by page
      const whole = <K extends "oneStep" | "certifications" | "apart" | "stale">(list: K & GapListKey) =>
        pagesOf(async (page) => (await gapListPage(tx, actor, scope, list, { page })).rows);
      const [targets, points] = await Promise.all([targetStandings(tx, actor, scope), singlePoints(tx, actor, scope)]);
      await writeGapsWorkbook(
        wb,
        {
          targets,
          singlePoints: points,
          oneStep: whole("oneStep"),
          certifications: whole("certifications"),
          apart: whole("apart"),
          stale: whole("stale"),
        },
        locale,
        { drain, missingText: (m) => missingText(ti as never, m) },
      );
    }),
  );
}
