// Property tests of the evaluation: monotonicity, consistency of next.missing, order independence, level = max(kpi, exam).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, fieldFacts, kpiHolds, kpiLevel, missingFor } from "./evaluate";
import { contributionArb, evidenceArb, projectArb, withContribution } from "./evaluate.arbitraries";
import { FIELDS, MAX_LEVEL } from "./fields";
import type { Evaluation, Evidence } from "./types";

const RUNS = { numRuns: 500 };

function neverLower(before: Evaluation, after: Evaluation): void {
  for (const f of FIELDS) {
    expect(after.fields[f].level).toBeGreaterThanOrEqual(before.fields[f].level);
    expect(after.fields[f].kpiLevel).toBeGreaterThanOrEqual(before.fields[f].kpiLevel);
  }
}

describe("evaluate (properties)", () => {
  it("adding a successful completed project never lowers any level", () => {
    fc.assert(
      fc.property(
        evidenceArb,
        projectArb(undefined, { status: "completed", successful: true }),
        fc.nat(),
        (e, p, at) => {
          const projects = [...e.projects];
          projects.splice(at % (projects.length + 1), 0, p);
          neverLower(evaluate(e), evaluate({ ...e, projects }));
        },
      ),
      RUNS,
    );
  });

  it("adding a contribution (specialty, succession kind, mentoring) never lowers any level", () => {
    fc.assert(
      fc.property(evidenceArb, contributionArb, (e, c) => neverLower(evaluate(e), evaluate(withContribution(e, c)))),
      RUNS,
    );
  });

  it("level N holding implies N−1 holds, and kpiLevel is the highest N that holds", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        for (const f of FIELDS) {
          const { facts } = fieldFacts(f, e);
          let highest = 0;
          for (let n = 3; n <= MAX_LEVEL[f]; n++) {
            if (kpiHolds(f, n, facts)) {
              highest = n;
              if (n > 3) expect(kpiHolds(f, n - 1, facts)).toBe(true);
            }
          }
          expect(kpiLevel(f, facts)).toBe(highest);
          expect(evaluate(e).fields[f].kpiLevel).toBe(highest);
        }
      }),
      RUNS,
    );
  });

  it("the missing list is empty exactly when that level holds", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        const r = evaluate(e);
        for (const f of FIELDS) {
          const { facts } = fieldFacts(f, e);
          for (let n = 3; n <= MAX_LEVEL[f]; n++) {
            expect(missingFor(f, n, facts).length === 0).toBe(kpiHolds(f, n, facts));
          }
          const next = r.fields[f].next;
          if (next) {
            expect(next.level).toBe(Math.max(r.fields[f].kpiLevel + 1, 3));
            expect(next.missing).toEqual(missingFor(f, next.level, facts));
            expect(next.missing.length).toBeGreaterThan(0); // the next level does not hold yet
          } else {
            expect(r.fields[f].kpiLevel).toBe(MAX_LEVEL[f]);
          }
        }
      }),
      RUNS,
    );
  });

  it("the missing codes come in the documented order", () => {
    const order = ["projects", "key_project", "specialty", "succession", "develops_subordinates"];
    fc.assert(
      fc.property(evidenceArb, (e) => {
        for (const f of FIELDS) {
          const codes = evaluate(e).fields[f].next?.missing.map((m) => order.indexOf(m.code)) ?? [];
          expect(codes).toEqual([...codes].sort((a, b) => a - b));
          expect(new Set(codes).size).toBe(codes.length);
        }
      }),
      RUNS,
    );
  });

  it("the result does not depend on the order of projects (modulo the index mapping)", () => {
    fc.assert(
      fc.property(
        evidenceArb.chain((e) =>
          fc.tuple(fc.constant(e), fc.shuffledSubarray(e.projects.map((_, i) => i), { minLength: e.projects.length })),
        ),
        ([e, perm]) => {
          const shuffled: Evidence = { ...e, projects: perm.map((i) => e.projects[i]) };
          const a = evaluate(e);
          const b = evaluate(shuffled);
          for (const f of FIELDS) {
            const { projects: pa, ...ra } = a.fields[f];
            const { projects: pb, ...rb } = b.fields[f];
            expect(rb).toEqual(ra);
            const mapped = pb.map((p) => ({ index: perm[p.index], projectLevel: p.projectLevel }));
            mapped.sort((x, y) => x.index - y.index);
            expect(mapped).toEqual(pa);
          }
        },
      ),
      RUNS,
    );
  });

  it("level = max(kpiLevel, examLevel), with a consistent source", () => {
    fc.assert(
      fc.property(evidenceArb, (e) => {
        for (const f of FIELDS) {
          const r = evaluate(e).fields[f];
          expect(r.level).toBe(Math.max(r.kpiLevel, r.examLevel));
          expect(r.level).toBeLessThanOrEqual(MAX_LEVEL[f]);
          expect(r.source).toBe(r.level === 0 ? "none" : r.kpiLevel >= r.examLevel ? "kpi" : "exam");
          for (const p of r.projects) {
            expect(e.projects[p.index].field).toBe(f);
            expect(p.projectLevel).toBeGreaterThanOrEqual(0);
            expect(p.projectLevel).toBeLessThanOrEqual(MAX_LEVEL[f]);
          }
        }
        const all = FIELDS.flatMap((f) => evaluate(e).fields[f].projects.map((p) => p.index)).sort((x, y) => x - y);
        expect(all).toEqual(e.projects.map((_, i) => i));
      }),
      RUNS,
    );
  });
});
