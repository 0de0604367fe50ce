// The bench history is the engine's: every earlier snapshot is evaluateField of a part of today's evidence, its level
// below the one after it, levels 1–2 only by exam (docs/evaluation.md), and "next" the engine's own for that level.
import { describe, expect, it } from "vitest";
import { evaluateField } from "../lib/itss/evaluate";
import { FIELDS } from "../lib/itss/fields";
import { generateEvidence } from "./evidence-generator";
import { earlierSnapshots } from "./bench-history";
import { createRng } from "./random";

const NOW = new Date(Date.UTC(2026, 10, 1));

describe("the bench history", () => {
  it("is what the engine says of the evidence as it stood then", () => {
    const rng = createRng(7);
    const seen = { exam12: 0, kpi: 0, total: 0 };
    for (let seed = 1; seed <= 120; seed++) {
      const evidence = generateEvidence(seed);
      for (const field of FIELDS) {
        const today = evaluateField(field, evidence);
        let after = today;
        let afterAt = NOW;
        for (const s of earlierSnapshots(evidence, field, NOW, rng)) {
          seen.total++;
          const e = s.evaluation;
          expect(evaluateField(field, s.evidence)).toEqual(e);
          // Less of today's evidence: no project that is not one of today's.
          for (const p of s.evidence.projects) expect(evidence.projects).toContain(p);
          expect(e.level).toBeLessThan(after.level);
          expect(s.takenAt.getTime()).toBeLessThan(afterAt.getTime());
          expect(NOW.getTime() - s.takenAt.getTime()).toBeLessThanOrEqual(366 * 86_400_000);
          expect(e.level).toBe(Math.max(e.kpiLevel, e.examLevel));
          if (e.level === 1 || e.level === 2) {
            expect(e.source).toBe("exam");
            seen.exam12++;
          }
          if (e.source === "kpi") {
            expect(e.level).toBeGreaterThanOrEqual(3);
            seen.kpi++;
          }
          if (e.next) expect(e.next.level).toBe(Math.max(e.kpiLevel + 1, 3));
          after = e;
          afterAt = s.takenAt;
        }
      }
    }
    // The generated members give the check cases of each kind.
    expect(seen.total).toBeGreaterThan(50);
    expect(seen.kpi).toBeGreaterThan(0);
    expect(seen.exam12).toBeGreaterThan(0);
  });
});
