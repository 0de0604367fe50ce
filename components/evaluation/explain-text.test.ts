// The evaluation sentences through messages say in English exactly what lib/itss/explain.ts says, for every missing
// code and level source, and have a Japanese form with the same numbers.
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import { describeMissing, describeSource } from "@/lib/itss/explain";
import type { Missing } from "@/lib/itss/types";
import { missingText, sourceText } from "./explain-text";

const en = createTranslator({ locale: "en", messages: MESSAGES.en, namespace: "evaluation" });
const ja = createTranslator({ locale: "ja", messages: MESSAGES.ja, namespace: "evaluation" });

const missing: Missing[] = [
  { code: "projects", need: 1, have: 0, minLevel: 3 },
  { code: "projects", need: 3, have: 2, minLevel: 4 },
  { code: "projects", need: 3, have: 0, minLevel: 4 },
  { code: "key_project", level: 5 },
  { code: "specialty", level: 4 },
  { code: "succession", need: 3, have: 2 },
  { code: "succession", need: 3, have: 0 },
  { code: "develops_subordinates" },
];
const sources = [
  { level: 4, source: "kpi", kpiLevel: 4, examLevel: 0 },
  { level: 3, source: "kpi", kpiLevel: 3, examLevel: 3 },
  { level: 3, source: "exam", kpiLevel: 0, examLevel: 3 },
  { level: 3, source: "exam", kpiLevel: 2, examLevel: 3 },
  { level: 0, source: "none", kpiLevel: 0, examLevel: 0 },
] as const;

describe("missingText", () => {
  it.each(missing)("%j: English as describeMissing says it", (m) => {
    expect(missingText(en, m)).toBe(describeMissing("hardware", m));
  });
  it("Japanese", () => {
    expect(missingText(ja, { code: "projects", need: 3, have: 2, minLevel: 4 })).toBe(
      "レベル4以上の成功したプロジェクトをあと1件完了する（2/3件）",
    );
    expect(missingText(ja, { code: "projects", need: 1, have: 0, minLevel: 3 })).toBe(
      "レベル3以上のプロジェクトをあと1件完了する（0/1件）",
    );
  });
});

describe("sourceText", () => {
  it.each(sources)("%j: English as describeSource says it", (e) => {
    expect(sourceText(en, "Hardware", e)).toBe(describeSource("hardware", e));
  });
  it("Japanese", () => {
    expect(sourceText(ja, "ハードウェア", sources[3])).toBe(
      "情報処理技術者試験によりハードウェアレベル3（達成度指標ではレベル2）",
    );
  });
});
