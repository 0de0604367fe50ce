// The engine's results in words: the English sentences the app has always shown (they were lib/itss/explain.ts),
// and the same facts in Japanese.
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Missing } from "@/lib/itss/types";
import { missingText, sourceText, type ItssT } from "./sentences";

const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "itss" }) as unknown as ItssT;
const ja = createTranslator({ locale: "ja", messages: MESSAGES.ja, namespace: "itss" }) as unknown as ItssT;

describe("missingText", () => {
  it.each<[Missing, string]>([
    [
      { code: "projects", need: 3, have: 2, minLevel: 3 },
      "Complete 1 more successful project of level 3 or higher (2 of 3)",
    ],
    [
      { code: "projects", need: 3, have: 0, minLevel: 4 },
      "Complete 3 more successful projects of level 4 or higher (0 of 3)",
    ],
    [
      { code: "projects", need: 2, have: 1, minLevel: 3 },
      "Complete 1 more successful project of level 3 or higher (1 of 2)",
    ],
    [{ code: "projects", need: 1, have: 0, minLevel: 3 }, "Complete 1 more project of level 3 or higher (0 of 1)"],
    [{ code: "key_project", level: 4 }, "At least one of those projects must reach level 4 (the key project)"],
    [{ code: "specialty", level: 4 }, "Hold a specialty area listed for level 4 or higher"],
    [{ code: "specialty", level: 3 }, "Hold a specialty area listed for level 3 or higher"],
    [{ code: "succession", need: 3, have: 1 }, "Show 2 more distinct kinds of expertise succession (1 of 3)"],
    [{ code: "succession", need: 1, have: 0 }, "Show 1 more distinct kind of expertise succession (0 of 1)"],
    [{ code: "develops_subordinates" }, "Mentor at least one subordinate"],
  ])("%j", (missing, sentence) => expect(missingText(en, missing)).toBe(sentence));

  it("says the same numbers in Japanese", () => {
    expect(missingText(ja, { code: "projects", need: 3, have: 2, minLevel: 4 })).toBe(
      "レベル4以上の成功したプロジェクトをあと1件完了する（3件中2件）",
    );
    expect(missingText(ja, { code: "projects", need: 1, have: 0, minLevel: 3 })).toBe(
      "レベル3以上のプロジェクトをあと1件完了する（1件中0件）",
    );
  });
});

describe("sourceText", () => {
  it.each<[Parameters<typeof sourceText>[2], string]>([
    [{ level: 3, source: "kpi", kpiLevel: 3, examLevel: 0 }, "Hardware level 3 by achievement indicators"],
    [
      { level: 3, source: "kpi", kpiLevel: 3, examLevel: 3 },
      "Hardware level 3 by achievement indicators (an ITEE exam gives the same level)",
    ],
    [{ level: 2, source: "exam", kpiLevel: 0, examLevel: 2 }, "Hardware level 2 by ITEE exam"],
    [
      { level: 0, source: "none", kpiLevel: 0, examLevel: 0 },
      "No Hardware level yet: no achievement indicators met and no ITEE exam passed",
    ],
  ])("%j", (e, sentence) => expect(sourceText(en, "hardware", e)).toBe(sentence));

  it("names the field", () => {
    expect(sourceText(en, "facility", { level: 4, source: "kpi", kpiLevel: 4, examLevel: 3 })).toBe(
      "Facility Management level 4 by achievement indicators",
    );
    expect(sourceText(ja, "facility", { level: 4, source: "kpi", kpiLevel: 4, examLevel: 3 })).toBe(
      "ファシリティマネジメント：達成度指標によりレベル4",
    );
  });
});
