// The gaps view as an Excel workbook: one sheet per list — targets with actual and met, single points of failure
// (and skills nobody holds), members one step from their next level, expiring certifications, diverging and stale
// ratings — each with a frozen header, an autofilter and widths that fit, numbers as numbers, text as text (never a
// formula). Each list is given whole or as batches (an async iterable of pages), so a route can stream every row.
import type { Worksheet } from "exceljs";
import type {
  ExpiringCertification,
  OneStep,
  RatingGap,
  SinglePoint,
  StaleRatings,
  TargetStanding,
} from "../db/queries/gaps";
import type { Missing } from "../itss/types";
import type { Locale } from "../i18n/locales";
import { itssText, workbookText, writeTableSheet, type XlsxCell } from "./workbook";

/** A list: all its rows, or its pages one after another. */
export type Rows<T> = readonly T[] | AsyncIterable<readonly T[]>;

export type GapsWorkbookLists = {
  targets: Rows<TargetStanding>;
  /** Single points of failure (holders 1) and skills nobody holds (holders 0). */
  singlePoints: Rows<SinglePoint>;
  oneStep: Rows<OneStep>;
  certifications: Rows<ExpiringCertification>;
  apart: Rows<RatingGap>;
  stale: Rows<StaleRatings>;
};

export const GAPS_SHEETS = ["targets", "singles", "oneStep", "certifications", "apart", "stale"] as const;

type WorkbookLike = { addWorksheet: (name: string, options?: object) => Worksheet };

async function* batches<T, R>(rows: Rows<T>, map: (row: T) => R, after?: () => Promise<void>): AsyncGenerator<R[]> {
  if (Symbol.asyncIterator in rows) {
    for await (const page of rows as AsyncIterable<readonly T[]>) {
      yield page.map(map);
      await after?.();
    }
  } else yield (rows as readonly T[]).map(map);
}

/**
 * Adds the six sheets to `wb` (a streaming WorkbookWriter or a Workbook), in the order of GAPS_SHEETS, in `locale`.
 * `missingText` words the engine's missing requirement (components/evaluation/sentences.ts missingText in the
 * reader's language); `drain` is awaited after each page (the download's backpressure).
 */
export async function writeGapsWorkbook(
  wb: WorkbookLike,
  lists: GapsWorkbookLists,
  locale: Locale,
  {
    missingText = (m: Missing) => m.code,
    drain,
  }: { missingText?: (m: Missing) => string; drain?: () => Promise<void> } = {},
): Promise<Record<(typeof GAPS_SHEETS)[number], number>> {
  const t = workbookText(locale);
  const ti = itssText(locale);
  const yesNo = (b: boolean) => (b ? t("filters.yes") : t("filters.no"));
  const field = (f: TargetStanding["field"]) => ti(`fields.${f}`);
  const skill = (f: TargetStanding["field"], item: TargetStanding["skillItem"]) =>
    item ? ti(`items.${item}`) : t("gaps.fieldLevel");
  const row = (...cells: XlsxCell[]) => cells;

  const targets = await writeTableSheet(
    wb,
    t("gaps.targets"),
    [
      t("gaps.owner"),
      t("gaps.field"),
      t("gaps.skillItem"),
      t("gaps.minLevel"),
      t("gaps.required"),
      t("gaps.actual"),
      t("gaps.selfOnly"),
      t("gaps.oneAway"),
      t("gaps.gap"),
      t("gaps.met"),
    ],
    batches(
      lists.targets,
      (x) =>
        row(
          x.ownerName,
          field(x.field),
          skill(x.field, x.kind === "skill" ? x.skillItem : null),
          x.minLevel,
          x.minCount,
          x.actual,
          x.selfOnly,
          x.oneAway,
          x.gap,
          yesNo(x.met),
        ),
      drain,
    ),
    { frozenColumns: 1 },
  );
  const singles = await writeTableSheet(
    wb,
    t("gaps.singles"),
    [t("gaps.team"), t("gaps.field"), t("gaps.skillItem"), t("gaps.minLevel"), t("gaps.holders"), t("gaps.holder")],
    batches(
      lists.singlePoints,
      (x) => row(x.teamName, field(x.field), skill(x.field, x.item), x.minLevel, x.holders, x.memberName),
      drain,
    ),
    { frozenColumns: 1 },
  );
  const oneStep = await writeTableSheet(
    wb,
    t("gaps.oneStep"),
    [t("gaps.member"), t("gaps.team"), t("gaps.field"), t("gaps.level"), t("gaps.nextLevel"), t("gaps.missing")],
    batches(
      lists.oneStep,
      (x) => row(x.name, x.teamName, field(x.field), x.level, x.nextLevel, missingText(x.missing)),
      drain,
    ),
    { frozenColumns: 1 },
  );
  const certifications = await writeTableSheet(
    wb,
    t("gaps.certifications"),
    [t("gaps.member"), t("gaps.team"), t("gaps.certification"), t("gaps.expiresOn"), t("gaps.days")],
    batches(lists.certifications, (x) => row(x.name, x.teamName, x.certification, x.expiresOn, x.days), drain),
    { frozenColumns: 1 },
  );
  const apart = await writeTableSheet(
    wb,
    t("gaps.apart"),
    [t("gaps.member"), t("gaps.team"), t("gaps.field"), t("gaps.skillItem"), t("gaps.selfLevel"), t("gaps.leadLevel")],
    batches(
      lists.apart,
      (x) => row(x.name, x.teamName, field(x.field), skill(x.field, x.item), x.selfLevel, x.leadLevel),
      drain,
    ),
    { frozenColumns: 1 },
  );
  const stale = await writeTableSheet(
    wb,
    t("gaps.stale"),
    [t("gaps.member"), t("gaps.team"), t("gaps.items"), t("gaps.oldest")],
    batches(lists.stale, (x) => row(x.name, x.teamName, x.items, x.oldest), drain),
    { frozenColumns: 1 },
  );
  return { targets, singles, oneStep, certifications, apart, stale };
}
