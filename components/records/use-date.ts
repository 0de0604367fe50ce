"use client";
// A record's calendar date (YYYY-MM-DD) or a review time, written the reader's way ("Jun 30, 2025" / "2025年6月30日").
import { useFormatter } from "next-intl";

export function useDate(): (value: string | Date) => string {
  const format = useFormatter();
  return (value) => format.dateTime(typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value, "date");
}
