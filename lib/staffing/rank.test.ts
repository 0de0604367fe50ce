// Ranking of staffing candidates: who is qualified, who is close, and in which order (the sentence for each:
// components/staffing/texts.test.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skillItemsOf, type SkillItem } from "../itss/fields";
import type { StaffingNeed } from "./need";
import { assess, compareCandidates, rankCandidates, type CandidateFacts } from "./rank";

import { facts, lead, need, self } from "./test-fixtures";

describe("assess", () => {
  it("qualified when every requirement is met, listing them all as met", () => {
    const a = assess(need, facts({ memberId: 1, level: 5, skills: { technology: lead(3), communication: self(4) } }));
    expect(a?.match).toBe("qualified");
    expect(a?.missing).toEqual([]);
    expect(a?.met.map((j) => (j.kind === "level" ? "level" : j.item))).toEqual([
      "level",
      "technology",
      "communication",
    ]);
  });

  it("close when exactly one requirement is one level short", () => {
    expect(
      assess(need, facts({ memberId: 1, level: 3, skills: { technology: lead(3), communication: lead(3) } }))?.match,
    ).toBe("close");
    const a = assess(need, facts({ memberId: 1, level: 4, skills: { technology: lead(2), communication: lead(5) } }));
    expect(a?.match).toBe("close");
    expect(a?.missing).toEqual([{ kind: "skill", item: "technology", need: 3, have: 2, source: "lead", counts: true }]);
  });

  it("a self-rating that does not count is self-rated, not confirmed: one requirement short, never qualified", () => {
    const unconfirmed = (level: number) => ({ level, source: "self" as const, counts: false });
    const a = assess(
      need,
      facts({ memberId: 1, level: 4, skills: { technology: lead(3), communication: unconfirmed(5) } }),
    );
    expect(a?.match).toBe("close");
    expect(a?.missing).toEqual([
      { kind: "skill", item: "communication", need: 3, have: 5, source: "self", counts: false },
    ]);
    // Unconfirmed and a level short, or beside another miss: not a candidate.
    expect(
      assess(need, facts({ memberId: 1, level: 4, skills: { technology: lead(3), communication: unconfirmed(2) } }))
        ?.match,
    ).toBe("close");
    expect(
      assess(need, facts({ memberId: 1, level: 4, skills: { technology: lead(3), communication: unconfirmed(1) } })),
    ).toBeNull();
    expect(
      assess(need, facts({ memberId: 1, level: 3, skills: { technology: lead(3), communication: unconfirmed(3) } })),
    ).toBeNull();
    // When the organisation counts self-ratings the read says counts: true, and it is met.
    expect(
      assess(
        need,
        facts({ memberId: 1, level: 4, skills: { technology: lead(3), communication: { ...self(3), counts: true } } }),
      )?.match,
    ).toBe("qualified");
  });

  it("not a candidate when two levels short, two requirements short, or a required item is unassessed", () => {
    expect(
      assess(need, facts({ memberId: 1, level: 2, skills: { technology: lead(3), communication: lead(3) } })),
    ).toBeNull();
    expect(
      assess(need, facts({ memberId: 1, level: 3, skills: { technology: lead(2), communication: lead(3) } })),
    ).toBeNull();
    expect(assess(need, facts({ memberId: 1, level: 4, skills: { technology: lead(3) } }))).toBeNull();
    expect(
      assess(need, facts({ memberId: 1, level: 4, skills: { technology: lead(3), communication: null } })),
    ).toBeNull();
  });

  it("with no requirement everyone qualifies", () => {
    expect(assess({ field: "software", minLevel: null, skills: [] }, facts({ memberId: 1 }))?.match).toBe("qualified");
  });
});

describe("rankCandidates", () => {
  it("orders qualified, then fewer ongoing projects, then higher level, then name", () => {
    const need2: StaffingNeed = { field: "hardware", minLevel: 3, skills: [] };
    const ranked = rankCandidates(need2, [
      facts({ memberId: 1, name: "Close", level: 2 }),
      facts({ memberId: 2, name: "Busy", level: 5, ongoing: 2 }),
      facts({ memberId: 3, name: "Free low", level: 3 }),
      facts({ memberId: 4, name: "Free high", level: 4 }),
      facts({ memberId: 5, name: "Absent", level: 1 }),
      facts({ memberId: 6, name: "Free high", level: 4 }),
    ]);
    expect(ranked.map((r) => r.memberId)).toEqual([4, 6, 3, 2, 1]);
  });

  // Properties over random members and needs.
  const items = skillItemsOf("hardware");
  const skillArb = fc.option(
    fc.record({ level: fc.integer({ min: 1, max: 5 }), source: fc.constantFrom("lead" as const, "self" as const) }),
    { nil: null },
  );
  const factsArb = fc.uniqueArray(
    fc
      .record({
        memberId: fc.integer({ min: 1, max: 10_000 }),
        name: fc.constantFrom("Ann", "Bob", "Cy", "ann", "Émile"),
        level: fc.integer({ min: 0, max: 5 }),
        ongoing: fc.integer({ min: 0, max: 3 }),
        skills: fc.record(Object.fromEntries(items.map((i) => [i, skillArb])) as Record<SkillItem, typeof skillArb>, {
          requiredKeys: [],
        }),
      })
      .map((r) => ({ ...r, teamId: 1, teamName: "T" }) as CandidateFacts),
    { selector: (r) => r.memberId, maxLength: 30 },
  );
  const needArb = fc
    .record({
      minLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      skills: fc
        .subarray([...items])
        .chain((chosen) =>
          fc.tuple(...chosen.map((item) => fc.integer({ min: 1, max: 5 }).map((minLevel) => ({ item, minLevel })))),
        ),
    })
    .map((n) => ({ field: "hardware" as const, ...n }) as StaffingNeed);

  it("qualified always come before close, and nobody more than one step short appears", () => {
    fc.assert(
      fc.property(needArb, factsArb, (n, fs) => {
        const ranked = rankCandidates(n, fs);
        const firstClose = ranked.findIndex((r) => r.match === "close");
        if (firstClose >= 0) expect(ranked.slice(firstClose).every((r) => r.match === "close")).toBe(true);
        for (const r of ranked) {
          const shortBy = r.missing.map((m) => m.need - (m.have ?? -99));
          expect(shortBy.length).toBeLessThanOrEqual(1);
          for (const s of shortBy) expect(s).toBe(1);
          if (n.minLevel !== null) expect(r.level).toBeGreaterThanOrEqual(n.minLevel - 1);
        }
        // Every member left out really is more than one step short somewhere.
        const shown = new Set(ranked.map((r) => r.memberId));
        for (const f of fs.filter((x) => !shown.has(x.memberId))) {
          const gaps = [
            ...(n.minLevel !== null ? [n.minLevel - f.level] : []),
            ...n.skills.map((s) => s.minLevel - (f.skills[s.item]?.level ?? -99)),
          ].filter((g) => g > 0);
          expect(gaps.length > 1 || gaps.some((g) => g > 1)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: the same members in any input order rank the same, and the order is total", () => {
    fc.assert(
      fc.property(needArb, factsArb, fc.integer(), (n, fs, seed) => {
        const shuffled = [...fs].sort(
          (a, b) => ((a.memberId * 7919 + seed) % 101) - ((b.memberId * 7919 + seed) % 101),
        );
        expect(rankCandidates(n, shuffled).map((r) => r.memberId)).toEqual(
          rankCandidates(n, fs).map((r) => r.memberId),
        );
        const ranked = rankCandidates(n, fs);
        for (let i = 1; i < ranked.length; i++) expect(compareCandidates(ranked[i - 1], ranked[i])).toBeLessThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
