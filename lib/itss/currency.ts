// Whether a member's skill ratings are current (docs/currency.md): each team has an assessment interval in months;
// the rating that counts for an item (the lead's where given, else the self-rating) is stale once its date is older
// than the interval; a member is due in a field when an item of it is unrated or stale, and overdue 30 days after
// becoming due. Pure: dates are ISO calendar dates ("2026-12-07"), compared in UTC.

export const DEFAULT_INTERVAL_MONTHS = 12;
export const MIN_INTERVAL_MONTHS = 1;
export const MAX_INTERVAL_MONTHS = 36;
/** Days after becoming due that a member is overdue. */
export const OVERDUE_AFTER_DAYS = 30;

export type RatingCurrency = "unrated" | "current" | "stale";
export type DueStatus = "current" | "due" | "overdue";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): [number, number, number] {
  const m = ISO.exec(iso.slice(0, 10));
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `date` plus `months` calendar months; the 31st of a shorter month clamps to its last day (Jan 31 + 1 = Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))));
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** The day a rating given on `ratedOn` becomes stale: the interval after it (stale from that day on). */
export function staleFrom(ratedOn: string, intervalMonths: number): string {
  return addMonths(ratedOn, intervalMonths);
}

/** The rating that counts for an item: the lead's where a lead level is given, else the self-rating. */
export function countingRatingDate(r: {
  leadLevel: number | null;
  leadAssessedOn: string | null;
  selfLevel: number | null;
  selfAssessedOn: string | null;
}): string | null {
  if (r.leadLevel != null) return r.leadAssessedOn;
  if (r.selfLevel != null) return r.selfAssessedOn;
  return null;
}

export function ratingCurrency(ratedOn: string | null, intervalMonths: number, today: string): RatingCurrency {
  if (ratedOn == null) return "unrated";
  return staleFrom(ratedOn, intervalMonths) <= today ? "stale" : "current";
}

/**
 * A member's status in one field from the dates of the ratings that count for each of its items (null = unrated).
 * `since` is the day the member joined (or the team took them): an unrated item is due from then. Returns the
 * status, the day it became due (null when current) and the day it is (or will be) overdue.
 */
export function dueStatus(
  ratedOn: readonly (string | null)[],
  intervalMonths: number,
  since: string,
  today: string,
): { status: DueStatus; dueSince: string | null; overdueFrom: string | null; nextDue: string | null } {
  let dueSince: string | null = null;
  let nextDue: string | null = null;
  for (const d of ratedOn) {
    const from = d == null ? since : staleFrom(d, intervalMonths);
    if (from <= today) {
      if (dueSince == null || from < dueSince) dueSince = from;
    } else if (nextDue == null || from < nextDue) nextDue = from;
  }
  if (dueSince == null) return { status: "current", dueSince: null, overdueFrom: null, nextDue };
  const overdueFrom = addDays(dueSince, OVERDUE_AFTER_DAYS);
  return { status: overdueFrom <= today ? "overdue" : "due", dueSince, overdueFrom, nextDue };
}

export function isIntervalMonths(n: unknown): n is number {
  return Number.isInteger(n) && (n as number) >= MIN_INTERVAL_MONTHS && (n as number) <= MAX_INTERVAL_MONTHS;
}
