// The words of an approval's impact in English and Japanese: the level change, the own-record heading, what it meets
// and counts toward, a target, and "no change" — every value in the sentence, no raw key, no space after a full-width
// colon.
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import type { ItssT } from "@/components/evaluation/sentences";
import type { ShownImpact } from "@/lib/views/impact";
import { impactText, type ImpactT } from "./impact-text";

const tr = (locale: "en" | "ja") => ({
  t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "reviews.impact" }) as unknown as ImpactT,
  ti: createTranslator({ locale, messages: MESSAGES[locale], namespace: "itss" }) as unknown as ItssT,
});

const raise: ShownImpact = {
  levels: [
    { field: "hardware", before: 3, after: 4 },
    { field: "software", before: 2, after: 3 },
  ],
  fields: [
    {
      field: "hardware",
      before: 3,
      after: 4,
      toward: 4,
      satisfies: [{ code: "develops_subordinates" }],
      progress: [],
    },
  ],
  satisfies: ["develops_subordinates"],
  targetsMet: [
    { id: 1, teamId: 1, departmentId: null, field: "hardware", minLevel: 4, minCount: 4, ownerName: "HW Team" },
  ],
};
const progress: ShownImpact = {
  levels: [],
  fields: [
    {
      field: "software",
      before: 4,
      after: 4,
      toward: 5,
      satisfies: [],
      progress: [{ code: "projects", need: 3, have: 2, minLevel: 4 }],
    },
  ],
  satisfies: [],
  targetsMet: [],
};
const nothing: ShownImpact = { levels: [], fields: [], satisfies: [], targetsMet: [] };

describe("impactText", () => {
  it("says the change in English", () => {
    const { t, ti } = tr("en");
    expect(impactText(t, ti, raise, "review")).toEqual({
      heading: "If approved: Hardware: level 3 → 4 · Software: level 2 → 3",
      lines: [
        "Hardware, level 4 needs: Mentor at least one subordinate — met",
        "Meets the target of HW Team: 4 members at Hardware level 4 or higher",
      ],
      changesLevel: true,
    });
    expect(impactText(t, ti, raise, "own").heading).toBe("If approved: Hardware level 4, Software level 3");
    expect(impactText(t, ti, progress, "review")).toEqual({
      heading: "If approved: No change to levels",
      lines: ["Software, counts toward level 5: Complete 1 more successful project of level 4 or higher (2 of 3)"],
      changesLevel: false,
    });
    expect(impactText(t, ti, progress, "own").heading).toBe("If approved: no change to your levels");
    expect(impactText(t, ti, nothing, "review").heading).toMatch(/No change to levels, and nothing/);
  });

  it("says it in Japanese, with the same values", () => {
    const { t, ti } = tr("ja");
    const r = impactText(t, ti, raise, "review");
    expect(r.heading).toBe("承認すると：ハードウェア：レベル3 → 4 · ソフトウェア：レベル2 → 3");
    expect(r.lines[0]).toContain("部下を1人以上指導する");
    expect(r.lines[1]).toContain("HW Team");
    expect(r.lines[1]).toContain("4人");
    expect(impactText(t, ti, raise, "own").heading).toBe("承認されると：ハードウェアレベル4、ソフトウェアレベル3");
    for (const s of [r.heading, ...r.lines, impactText(t, ti, progress, "review").lines[0]]) {
      expect(s).not.toMatch(/： /);
      expect(s).not.toMatch(/[a-z]+_[a-z]+/);
    }
  });
});
