// The review queue's words around a record's facts: English says what the queue said before the text moved out of
// the query (dates now formatted), Japanese has its own sentences; no fact is lost in either.
import { describe, expect, it } from "vitest";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { IntlProvider } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import { FORMATS } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/locales";
import type { QueueItem } from "@/lib/db/queries/review";
import { useQueueText } from "./queue-text";

const base = {
  id: 1,
  version: 1,
  memberId: 2,
  memberName: "Aiko",
  teamName: "Hardware Service Team",
  submittedAt: new Date("2026-01-02T03:04:05Z"),
  isRevision: false,
  projectLevel: null,
  canReview: true,
};
const ITEMS: QueueItem[] = [
  {
    ...base,
    field: "hardware",
    projectLevel: 3,
    entity: "project",
    name: "Customer portal",
    role: "leader",
    status: "completed",
    successful: true,
    complexityCount: 4,
    customer: "ACME",
    startDate: "2025-01-05",
    endDate: "2025-03-31",
  },
  {
    ...base,
    field: "software",
    entity: "project",
    name: "Help desk",
    role: "member",
    status: "ongoing",
    successful: false,
    complexityCount: 0,
    customer: null,
    startDate: "2025-06-01",
    endDate: null,
  },
  { ...base, field: "software", entity: "specialty", area: "middleware", areaName: "Middleware" },
  {
    ...base,
    field: "facility",
    entity: "succession",
    title: "Handbook",
    kindName: "Manuals",
    achievedOn: "2025-02-01",
  },
  { ...base, field: "hardware", entity: "mentoring", mentee: "Ken", fromDate: null, toDate: null },
  { ...base, field: null, entity: "exam", exam: "FE", examName: "Fundamental IT Engineer", passedOn: null },
  { ...base, field: null, entity: "certification", name: "CCNA", issuer: null, expiresOn: "2026-12-31" },
];

function texts(locale: Locale): string[][] {
  const out: string[][] = [];
  function Probe() {
    const text = useQueueText();
    for (const i of ITEMS) out.push([text.title(i), ...text.details(i)]);
    return null;
  }
  // The provider's props type requires children, which createElement takes as its third argument.
  type Props = ComponentProps<typeof IntlProvider>;
  const config: Omit<Props, "children"> = { locale, messages: MESSAGES[locale], timeZone: "UTC", formats: FORMATS };
  renderToStaticMarkup(createElement(IntlProvider, config as Props, createElement(Probe)));
  return out;
}

describe("review queue text", () => {
  it("says in English what the queue said, with dates formatted", () => {
    expect(texts("en")).toEqual([
      [
        "Customer portal",
        "Hardware project, role leader, completed, successful",
        "4 complexity criteria · ACME · Jan 5, 2025 – Mar 31, 2025",
      ],
      ["Help desk", "Software project, role member, ongoing", "0 complexity criteria · Jun 1, 2025 – …"],
      ["Specialty area: middleware", "Middleware"],
      ["Handbook", "Expertise succession: Manuals · Feb 1, 2025"],
      ["Mentoring Ken", "? – ongoing"],
      ["ITEE FE: Fundamental IT Engineer", "Passed (no date)"],
      ["CCNA", "Issuer not given · expires Dec 31, 2026"],
    ]);
  });

  it("says it in Japanese, keeping the facts and the standard's own names", () => {
    const ja = texts("ja");
    expect(ja[0]).toEqual([
      "Customer portal",
      "ハードウェアのプロジェクト、役割：リーダー、完了（成功）",
      "複雑性の基準 4 件 · ACME · 2025年1月5日 – 2025年3月31日",
    ]);
    expect(ja[4]).toEqual(["Ken の指導", "? – 継続中"]);
    expect(ja[5]).toEqual(["ITEE FE：Fundamental IT Engineer", "合格（日付なし）"]);
    expect(ja[6]).toEqual(["CCNA", "発行元の記載なし · 有効期限 2026年12月31日"]);
  });
});
