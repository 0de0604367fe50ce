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
    criteria: ["System running on multi-platforms", "Multi-vendor system environment"],
    sizeName: "Assigned to a service team that covers a wide service area or specific industries",
    facilitySizes: null,
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
    criteria: [],
    sizeName: null,
    facilitySizes: null,
    customer: null,
    startDate: "2025-06-01",
    endDate: null,
  },
  { ...base, field: "software", entity: "specialty", area: "middleware", areaName: "Middleware" },
  { ...base, field: "hardware", entity: "specialty", area: "no_such_area", areaName: null },
  {
    ...base,
    field: "facility",
    entity: "project",
    name: "Data hall",
    role: "responsible",
    status: "completed",
    successful: false,
    criteria: ["Large-scale facility"],
    sizeName: "The facility as a whole",
    facilitySizes: { computerRoomSites: 2, floorSpaceM2: 1250, networkSites: 12 },
    customer: null,
    startDate: null,
    endDate: null,
  },
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
    for (const i of ITEMS) {
      const c = text.criteria(i);
      out.push([text.title(i), ...text.details(i), ...(c ? [c.heading, ...c.items] : [])]);
    }
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
        "Size: Assigned to a service team that covers a wide service area or specific industries",
        "ACME · Jan 5, 2025 – Mar 31, 2025",
        "Complexity criteria met (2):",
        "System running on multi-platforms",
        "Multi-vendor system environment",
      ],
      [
        "Help desk",
        "Software project, role member, ongoing",
        "Size: not chosen",
        "Jun 1, 2025 – …",
        "No complexity criteria met",
      ],
      ["Specialty area: Middleware"],
      ["Specialty area: an area the standard does not list for this field"],
      [
        "Data hall",
        "Facility Management project, role responsible, completed, not successful",
        "Size: The facility as a whole · computer-room sites 2 · floor space 1,250 m² · network installation sites 12",
        "Complexity criteria met (1):",
        "Large-scale facility",
      ],
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
      "規模：Assigned to a service team that covers a wide service area or specific industries",
      "ACME · 2025年1月5日 – 2025年3月31日",
      "満たす複雑性の基準（2件）",
      "System running on multi-platforms",
      "Multi-vendor system environment",
    ]);
    expect(ja[3]).toEqual(["専門領域：この分野の標準にない領域"]);
    expect(ja[6]).toEqual(["Ken の指導", "? – 継続中"]);
    expect(ja[7]).toEqual(["ITEE FE：Fundamental IT Engineer", "合格（日付なし）"]);
    expect(ja[8]).toEqual(["CCNA", "発行元の記載なし · 有効期限 2026年12月31日"]);
  });
});
