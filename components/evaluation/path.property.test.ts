// What the views promise about a path, over generated members: evidence approved and submitted, run through the real
// engine (lib/itss) and the member page's and dashboard's sentences in English and Japanese. No heading, dashboard
// line or one-step row promises a level at or below the official one; items marked "submitted, waiting for review"
// are exactly those the submitted records meet.
import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { evaluate, fieldFacts, kpiLevel } from "@/lib/itss/evaluate";
import { contributionArb, evidenceArb, projectArb, withContribution } from "@/lib/itss/evaluate.arbitraries";
import { FIELDS, type Field } from "@/lib/itss/fields";
import type { Evidence } from "@/lib/itss/types";
import { pathWithSubmitted } from "@/lib/evaluation/path";
import { pathPromise, pathRows, raisesOfficialLevel, requirementsOf } from "./path";
import { ownPathText, pathHeadingText, pathRowNote, type EvaluationT, type ItssT } from "./sentences";

const LOCALES = (["en", "ja"] as const).map((locale) => ({
  locale,
  t: createTranslator({ locale, messages: MESSAGES[locale], namespace: "evaluation" }) as unknown as EvaluationT,
  ti: createTranslator({ locale, messages: MESSAGES[locale], namespace: "itss" }) as unknown as ItssT,
}));

/** The phrases that promise a member level, per language: each captures the level promised. */
const PROMISES: Record<"en" | "ja", RegExp[]> = {
  en: [/Path to level (\d+)/g, /toward level (\d+)/g, /^Level (\d+) needs/g, /left for level (\d+)/g],
  ja: [/レベル(\d+)への道のり/g, /レベル(\d+)への第一歩/g, /レベル(\d+)まであと/g, /レベル(\d+)の残りの要件/g],
};
const promised = (locale: "en" | "ja", text: string) =>
  PROMISES[locale].flatMap((re) => [...text.matchAll(re)].map((m) => Number(m[1])));

/** A member: approved evidence, and the same with their submitted records (projects and contributions) added. */
const memberArb = fc
  .record({
    approved: evidenceArb,
    projects: fc.array(projectArb(undefined, {}, true), { maxLength: 4 }),
    contributions: fc.array(contributionArb, { maxLength: 5 }),
  })
  .map(({ approved, projects, contributions }) => {
    const provisional: Evidence = contributions.reduce(withContribution, {
      ...approved,
      projects: [...approved.projects, ...projects],
    });
    return { approved, provisional };
  });

describe("what a path promises (properties)", () => {
  it("never promises a level at or below the official one, and marks exactly what the submitted records meet", () => {
    const seen = { heldByExam: 0, submitted: 0, partly: 0 };
    fc.assert(
      fc.property(memberArb, ({ approved, provisional }) => {
        const official = evaluate(approved);
        for (const f of FIELDS as readonly Field[]) {
          const e = official.fields[f];
          const promise = pathPromise(f, e);
          // The one-step list's rule (SQL twin: next_level > level in lib/db/queries/gaps.ts).
          if (e.next) expect(raisesOfficialLevel(e.level, e.next.level)).toBe(promise.kind === "path");
          if (promise.kind === "path") expect(promise.level).toBeGreaterThan(e.level);
          if (promise.kind === "heldByExam") {
            seen.heldByExam++;
            expect(e.source).toBe("exam");
            expect(promise.held).toBe(e.level);
            expect(promise.toward).toBeGreaterThan(e.level);
          }
          const withSubmitted = pathWithSubmitted(f, e, provisional);
          const rows = e.next ? pathRows(e.next, withSubmitted) : [];
          for (const { locale, t, ti } of LOCALES) {
            const heading = pathHeadingText(t, ti, f, promise);
            const line = ownPathText(t, promise, rows) ?? "";
            for (const text of [heading, line]) {
              for (const level of promised(locale, text)) expect(level, text).toBeGreaterThan(e.level);
            }
            if (promise.kind !== "top") {
              expect(promised(locale, heading).length, heading).toBeGreaterThan(0);
              expect(promised(locale, line).length, line).toBeGreaterThan(0);
            }
            for (const row of rows) {
              const note = pathRowNote(t, row);
              expect(note === null).toBe(row.state === "met" || (row.state === "missing" && row.submitted === 0));
            }
          }
          if (!e.next) continue;
          // Every requirement of the path's level once, in one of three states.
          expect(rows.map((r) => r.code).sort()).toEqual([...requirementsOf(e.next.level)].sort());
          const after = new Set(withSubmitted!.map((m) => m.code));
          for (const row of rows) {
            const officiallyMissing = e.next.missing.some((m) => m.code === row.code);
            if (row.state === "met") expect(officiallyMissing).toBe(false);
            if (row.state === "submitted") {
              seen.submitted++;
              expect(officiallyMissing && !after.has(row.code)).toBe(true);
            }
            if (row.state === "missing") {
              expect(officiallyMissing && after.has(row.code)).toBe(true);
              if (row.submitted > 0) seen.partly++;
            }
          }
          // Submitted records that reach the path's level leave nothing unmet.
          if (kpiLevel(f, fieldFacts(f, provisional).facts) >= e.next.level)
            expect(rows.filter((r) => r.state === "missing")).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
    // The generator reaches the cases this is about.
    expect(seen.heldByExam).toBeGreaterThan(0);
    expect(seen.submitted).toBeGreaterThan(0);
    expect(seen.partly).toBeGreaterThan(0);
  });
});

describe("what a path promises (examples)", () => {
  const [en, ja] = LOCALES;

  it("says level 3 by exam is held, and the achievements are the first step toward level 4", () => {
    const e = evaluate({ projects: [], exams: ["AP"] }).fields.software;
    expect(e).toMatchObject({ level: 3, source: "exam", kpiLevel: 0, next: { level: 3 } });
    const p = pathPromise("software", e);
    expect(pathHeadingText(en.t, en.ti, "software", p)).toBe(
      "Level 3 is held by exam; these achievements are the first step toward level 4",
    );
    expect(pathHeadingText(ja.t, ja.ti, "software", p)).toBe(
      "レベル3は試験で取得済みです。これらの達成はレベル4への第一歩です",
    );
    expect(ownPathText(en.t, p, pathRows(e.next!, null))).toBe(
      "Level 3 is held by exam; the first step toward level 4 needs 2 more requirements.",
    );
  });

  it("says the path's level where it raises the official level", () => {
    const e = evaluate({ projects: [], exams: ["FE"] }).fields.hardware;
    const p = pathPromise("hardware", e);
    expect(p).toEqual({ kind: "path", level: 3 });
    expect(pathHeadingText(en.t, en.ti, "hardware", p)).toBe("Path to level 3");
    expect(ownPathText(en.t, p, pathRows(e.next!, null))).toBe("Level 3 needs 2 more requirements.");
  });

  it("marks what submitted records meet and counts it on the dashboard", () => {
    const next = {
      level: 4,
      missing: [
        { code: "projects" as const, need: 2, have: 0, minLevel: 3 },
        { code: "key_project" as const, level: 4 },
        { code: "succession" as const, need: 1, have: 0 },
      ],
    };
    const rows = pathRows(next, [{ code: "projects", need: 2, have: 1, minLevel: 3 }]);
    expect(rows.map((r) => [r.code, r.state])).toEqual([
      ["projects", "missing"],
      ["key_project", "submitted"],
      ["succession", "submitted"],
      ["specialty", "met"],
      ["develops_subordinates", "met"],
    ]);
    expect(rows.map((r) => pathRowNote(en.t, r))).toEqual([
      "1 submitted, waiting for review",
      "submitted, waiting for review",
      "submitted, waiting for review",
      null,
      null,
    ]);
    expect(ownPathText(en.t, { kind: "path", level: 4 }, rows)).toBe(
      "Level 4 needs 1 more requirement. 2 more are submitted, waiting for review.",
    );
    expect(ownPathText(ja.t, { kind: "path", level: 4 }, rows)).toBe(
      "レベル4まであと1件の要件が必要です。ほかに2件が提出済みで、レビュー待ちです。",
    );
    expect(ownPathText(en.t, { kind: "path", level: 4 }, pathRows(next, []))).toBe(
      "Your records waiting for review meet every requirement left for level 4.",
    );
  });
});
