// Dates without a time read as dates: a snapshot taken "on a day" (midnight UTC, as seeds and backfills write them)
// shows no "12:00 AM" in the member's history; a real moment keeps its time.
import { describe, expect, it } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "next-intl";
import { MESSAGES } from "./messages";
import { FORMATS, dateOrDateTime } from "./formats";
import type { Locale } from "./locales";
import { EvaluationHistory } from "@/components/evaluation/history";
import type { SnapshotRecord } from "@/lib/db/queries/records";

const snapshot = (id: number, takenAt: Date, level: number): SnapshotRecord => ({
  id,
  memberId: 1,
  field: "hardware",
  takenAt,
  level,
  source: "kpi",
  kpiLevel: level,
  examLevel: 0,
  skillLevel: null,
  evaluation: { level, next: null },
});

function history(locale: Locale, snapshots: SnapshotRecord[]): string {
  type Props = ComponentProps<typeof IntlProvider>;
  const config: Omit<Props, "children"> = { locale, messages: MESSAGES[locale], timeZone: "UTC", formats: FORMATS };
  const html = renderToStaticMarkup(
    createElement(
      IntlProvider,
      config as Props,
      createElement(EvaluationHistory, { snapshots, fields: ["hardware"], now: Date.UTC(2026, 11, 1) }),
    ),
  );
  return html.replace(/<[^>]+>/g, " ");
}

describe("dates without a time", () => {
  it("are told apart from moments", () => {
    expect(dateOrDateTime(new Date(Date.UTC(2026, 5, 30)))).toBe("date");
    expect(dateOrDateTime(new Date(Date.UTC(2026, 5, 30, 0, 0, 0, 1)))).toBe("dateTime");
    expect(dateOrDateTime(new Date(Date.UTC(2026, 5, 30, 14, 5)))).toBe("dateTime");
  });

  it("show as dates in the history, in English and Japanese; a moment keeps its time", () => {
    const rows = [
      snapshot(2, new Date(Date.UTC(2026, 10, 3, 14, 5)), 4),
      snapshot(1, new Date(Date.UTC(2026, 5, 30)), 3),
    ];
    const en = history("en", rows);
    expect(en).toContain("Jun 30, 2026");
    expect(en).not.toMatch(/Jun 30, 2026,? 12:00/);
    expect(en).not.toContain("12:00 AM");
    expect(en).toMatch(/Nov 3, 2026,? 0?2:05 PM/);
    const ja = history("ja", rows);
    expect(ja).toContain("2026年6月30日");
    expect(ja).not.toMatch(/2026年6月30日 ?0?0:00/);
  });
});
