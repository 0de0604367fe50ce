// How dates and numbers are written, per locale through Intl: pages call next-intl's format.dateTime(d, "date")
// or format.number(n, "percent") with these names rather than building Intl options themselves.
import type { Formats } from "next-intl";

/** Record dates are calendar dates (no time of day): formatted in UTC so a date never shifts by a day. */
export const TIME_ZONE = "UTC";

export const FORMATS = {
  dateTime: {
    /** 2026-11-25 → "Nov 25, 2026" / "2026年11月25日" */
    date: { year: "numeric", month: "short", day: "numeric" },
    /** an audit or snapshot time → "Nov 25, 2026, 14:05" */
    dateTime: { year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" },
    /** an audit row's time, to the second, 24-hour clock → "Nov 25, 2026, 14:05:09" */ dateTimeSeconds: {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    },
    /** a month on a chart axis → "Nov 2026" / "2026年11月" */
    month: { year: "numeric", month: "short" },
  },
  number: {
    percent: { style: "percent", maximumFractionDigits: 0 },
    decimal1: { maximumFractionDigits: 1 },
  },
} satisfies Formats;

/**
 * The format for a moment that may stand for a calendar date: one at midnight UTC to the millisecond (a seeded or
 * backfilled snapshot, a date without a time) reads as a date, not "Nov 25, 2026, 12:00 AM"; any other as date and time.
 */
export function dateOrDateTime(at: Date): "date" | "dateTime" {
  return at.getTime() % 86_400_000 === 0 ? "date" : "dateTime";
}
