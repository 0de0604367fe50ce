// The day the demo is seeded for: every date of the demo is relative to it, so the demo looks the same on any day
// (ratings overdue, due and due soon, certifications about to expire, a level history over the past months). Today by
// default; LEVELBOARD_SEED_TODAY=YYYY-MM-DD (or the seed functions' `today`) seeds it for another day, for tests.
import { addDays } from "../lib/itss/currency";

export const SEED_TODAY_ENV = "LEVELBOARD_SEED_TODAY";

/**
 * The day the demo's fixed dates were written for: a date of the old, fixed demo moves by the days between it and the
 * seed day (a project that ended 2025-03-31 ended 616 days before the seed day, as it did on 2026-12-07).
 */
export const REFERENCE_DAY = "2026-12-07";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "YYYY-MM-DD" that is a real calendar day. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The seed day: LEVELBOARD_SEED_TODAY when set (a clear error naming it when it is not a day), else today (UTC). */
export function seedToday(env: Record<string, string | undefined> = process.env): string {
  const value = env[SEED_TODAY_ENV]?.trim();
  if (!value) return new Date().toISOString().slice(0, 10);
  if (!isIsoDay(value)) throw new RangeError(`${SEED_TODAY_ENV} must be a day written YYYY-MM-DD, not "${value}".`);
  return value;
}

/** Whole days from `from` to `to` (both "YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A date of the fixed demo (written for REFERENCE_DAY) moved to the same distance before `today`. */
export function shiftedDay(fixed: string, today: string): string {
  return addDays(fixed, daysBetween(REFERENCE_DAY, today));
}

/** The moment `hour` o'clock (UTC) on a day. */
export function at(day: string, hour = 9): Date {
  return new Date(`${day}T${String(hour).padStart(2, "0")}:00:00Z`);
}
