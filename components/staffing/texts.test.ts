// The staffing sentences in both languages: the English wording the ranking and growth fit had (moved here from
// lib/staffing/rank.test.ts and growth.test.ts when the wording became messages), and the Japanese built from the
// same structured results.
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import type { Evidence, ProjectEvidence } from "@/lib/itss/types";
import { assess } from "@/lib/staffing/rank";
import { growthFit } from "@/lib/staffing/growth";
import type { StaffingNeed } from "@/lib/staffing/need";
import { growthText, joinAnd, matchText, needText, shortMissingText } from "./texts";

const translators = (locale: Locale) => ({
  t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "staffing" }),
  ts: createTranslator({ locale, messages: MESSAGES[locale], namespace: "itss" }),
});
const en = translators("en");
const ja = translators("ja");

import { atLevel4, facts, hw, lead, level3, level4, level5, need, self } from "@/lib/staffing/test-fixtures";

describe("matchText", () => {
  it("names what is met and what is missed, and flags self-ratings", () => {
    const q = assess(need, facts({ memberId: 1, level: 5, skills: { technology: lead(3), communication: self(4) } }))!;
    expect(matchText(en.t, en.ts, need, q)).toBe(
      "Meets all 3 requirements: Hardware level 5 (needs 4), Technology proficiency 3 (needs 3) and Communication proficiency 4 (needs 3, self-rated).",
    );
    const c = assess(need, facts({ memberId: 1, level: 4, skills: { technology: self(2), communication: lead(3) } }))!;
    expect(matchText(en.t, en.ts, need, c)).toBe(
      "Meets Hardware level 4 (needs 4) and Communication proficiency 3 (needs 3); one level short in Technology proficiency: 2, needs 3 (self-rated).",
    );
    const only: StaffingNeed = { field: "facility", minLevel: 5, skills: [] };
    expect(matchText(en.t, en.ts, only, assess(only, facts({ memberId: 1, level: 4 }))!)).toBe(
      "One level short in Facility Management level: 4, needs 5.",
    );
    expect(matchText(en.t, en.ts, only, assess(only, facts({ memberId: 1, level: 6 }))!)).toBe(
      "Meets the requirement: Facility Management level 6 (needs 5).",
    );
    const none: StaffingNeed = { field: "software", minLevel: null, skills: [] };
    expect(matchText(en.t, en.ts, none, assess(none, facts({ memberId: 1 }))!)).toBe(
      "No requirement given: everyone in scope fits.",
    );
  });

  it("says a self-rating that does not count is self-rated, not confirmed (not a level short)", () => {
    const unconfirmed = { level: 4, source: "self" as const, counts: false };
    const c = assess(
      need,
      facts({ memberId: 1, level: 4, skills: { technology: lead(3), communication: unconfirmed } }),
    )!;
    expect(matchText(en.t, en.ts, need, c)).toBe(
      "Meets Hardware level 4 (needs 4) and Technology proficiency 3 (needs 3); Communication proficiency 4 is self-rated, not confirmed by a lead (needs 3).",
    );
    expect(matchText(ja.t, ja.ts, need, c)).toContain(
      "コミュニケーションの熟達度4は自己評価のみで、リーダーの確認がありません（必要3）",
    );
  });

  it("says the same in Japanese, with the standard's Japanese names", () => {
    const q = assess(need, facts({ memberId: 1, level: 5, skills: { technology: lead(3), communication: self(4) } }))!;
    expect(matchText(ja.t, ja.ts, need, q)).toBe(
      "3つの要件をすべて満たしています：ハードウェアレベル5（必要4）、テクノロジの熟達度3（必要3）、コミュニケーションの熟達度4（必要3、自己評価）。",
    );
    const c = assess(need, facts({ memberId: 1, level: 4, skills: { technology: self(2), communication: lead(3) } }))!;
    expect(matchText(ja.t, ja.ts, need, c)).toBe(
      "ハードウェアレベル4（必要4）、コミュニケーションの熟達度3（必要3）を満たしています。テクノロジの熟達度が1レベル不足：2（必要3）（自己評価）。",
    );
  });
});

describe("needText and joinAnd", () => {
  it("describe the need and join lists per language", () => {
    const n: StaffingNeed = { field: "hardware", minLevel: 3, skills: [{ item: "hardware_technology", minLevel: 3 }] };
    expect(needText(en.t, en.ts, n)).toBe("Hardware level 3 or higher, Hardware Technology proficiency 3+");
    expect(needText(ja.t, ja.ts, n)).toBe("ハードウェアレベル3以上、ハードウェアテクノロジの熟達度3以上");
    expect(needText(en.t, en.ts, { field: "software", minLevel: null, skills: [] })).toBe("Software, any level");
    expect(joinAnd(en.t, ["a"])).toBe("a");
    expect(joinAnd(en.t, ["a", "b", "c"])).toBe("a, b and c");
    expect(joinAnd(ja.t, ["a", "b", "c"])).toBe("a、b、c");
  });
});

const growth = (l: typeof en, e: Evidence, p: ProjectEvidence) => growthText(l.t, l.ts, growthFit(e, p).reason);

describe("growthText", () => {
  it("counts the project toward the next level, naming its place, the key project and what is still missing", () => {
    expect(growth(en, atLevel4, level5)).toBe(
      "2nd of the 3 projects level 5 needs, and its key project; level 5 still needs 1 more project of level 4+, a specialty area for level 5, 2 more succession kinds (1 of 3).",
    );
    expect(growth(en, { ...atLevel4, projects: [level4, level4, level3] }, level4)).toBe(
      "3rd of the 3 projects level 5 needs; level 5 still needs a key project of level 5, a specialty area for level 5, 2 more succession kinds (1 of 3).",
    );
    expect(growth(ja, atLevel4, level5)).toBe(
      "レベル5に必要な3件のプロジェクトのうち2件目、およびそのキープロジェクトになります。レベル5にはさらにレベル4以上のプロジェクトあと1件、レベル5の専門領域、技術の継承あと2種類（1/3）が必要です。",
    );
  });

  it("says when the project completes a level", () => {
    expect(growth(en, { ...atLevel4, projects: [level3] }, level4)).toBe("Completes level 4.");
    const byExam: Evidence = {
      projects: [],
      exams: ["AP"],
      professional: { hardware: { specialties: ["first_support_contact"], succession: [], mentoring: 0 } },
    };
    expect(growth(en, byExam, level3)).toBe("Completes level 3 (an ITEE exam already gives level 3).");
    expect(growth(ja, byExam, level3)).toBe("レベル3を達成します（情報処理技術者試験ですでにレベル3）。");
  });

  it("says no change when the project is below what the next level counts, counts for no level, or the member is at the top", () => {
    expect(growth(en, atLevel4, level3)).toBe(
      "No change: project level 3 does not count toward level 5 (it needs projects of level 4 or higher).",
    );
    expect(growth(en, atLevel4, hw("responsible", "wide_area_users", 1))).toBe(
      "No change: the project counts for no level.",
    );
    const top: Evidence = {
      projects: [level5, level4, level4],
      professional: {
        hardware: {
          specialties: ["general_it_components"],
          succession: ["book", "patent", "paper_external"],
          mentoring: 1,
        },
      },
    };
    expect(growth(en, top, level5)).toBe("No change: already at Hardware's highest level (5).");
    expect(growth(ja, top, level5)).toBe("変化なし：すでにハードウェアの最高レベル（5）です。");
    const projectsDone: Evidence = { ...atLevel4, projects: [level4, level4, level4] };
    expect(growth(en, projectsDone, level4)).toBe(
      "No change: level 5 has the projects it needs; it still needs a key project of level 5, a specialty area for level 5, 2 more succession kinds (1 of 3).",
    );
  });

  it("phrases every missing code briefly", () => {
    expect(shortMissingText(en.t, { code: "projects", need: 3, have: 2, minLevel: 4 })).toBe(
      "1 more project of level 4+",
    );
    expect(shortMissingText(en.t, { code: "develops_subordinates" })).toBe("mentoring a subordinate");
    expect(shortMissingText(en.t, { code: "succession", need: 4, have: 1 })).toBe("3 more succession kinds (1 of 4)");
    expect(shortMissingText(ja.t, { code: "succession", need: 4, have: 1 })).toBe("技術の継承あと3種類（1/4）");
  });
});
