// The project level sentence is said in the reader's language, the role included (it was English on the staffing page).
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";
import { sayProjectLevel, type ProjectLevelSentence } from "./project-level";

const say = (locale: Locale, live: ProjectLevelSentence) =>
  sayProjectLevel(createTranslator({ locale, messages: MESSAGES[locale], namespace: "records" }), live);

const capped: ProjectLevelSentence = {
  level: 4,
  key: "capped",
  values: { level: 4, size: 5, cap: 4, count: 3, role: "leader" },
};
const tooFew: ProjectLevelSentence = { level: 0, key: "tooFewCriteria", values: { count: 1 } };

describe("sayProjectLevel", () => {
  it("English", () => {
    expect(say("en", capped)).toBe("This project counts as level 4 (size 5, capped at 4 by the role leader).");
    expect(say("en", tooFew)).toBe(
      "This project counts for no level yet: it meets 1 complexity criterion and at least 2 are needed.",
    );
  });

  it("Japanese, with no English word left", () => {
    expect(say("ja", capped)).toBe("このプロジェクトはレベル4に数えられます（規模5、役割「リーダー」により上限4）。");
    expect(say("ja", tooFew)).not.toMatch(/[A-Za-z]/);
  });
});
