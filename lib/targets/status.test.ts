import { describe, expect, it } from "vitest";
import { evaluate } from "../itss/evaluate";
import type { Evaluation } from "../itss/types";
import { levelDistribution, targetStatus, type Target } from "./status";

const withExam = (exam: "IP" | "FE" | "AP" | null): Evaluation => evaluate({ projects: [], exams: exam ? [exam] : [] });

describe("targetStatus", () => {
  const members = [withExam("AP"), withExam("AP"), withExam("FE"), withExam("IP"), withExam(null)].map(
    (evaluation) => ({
      evaluation,
      proficiency: {},
    }),
  );
  it("counts members at or above the level, and those one level short", () => {
    const target: Target = { id: 1, field: "software", kind: "level", skillItem: null, minLevel: 3, minCount: 3 };
    expect(targetStatus(target, members)).toMatchObject({ have: 2, oneAway: 1, gap: 1, met: false });
  });
  it("is met when enough members qualify", () => {
    const target: Target = { id: 1, field: "hardware", kind: "level", skillItem: null, minLevel: 2, minCount: 3 };
    expect(targetStatus(target, members)).toMatchObject({ have: 3, gap: 0, met: true });
  });
  it("reads skill targets from proficiency, unassessed counting as 0", () => {
    const target: Target = {
      id: 2,
      field: "hardware",
      kind: "skill",
      skillItem: "leadership",
      minLevel: 4,
      minCount: 2,
    };
    const ms = [
      { evaluation: withExam(null), proficiency: { hardware: { leadership: 4 } } },
      { evaluation: withExam(null), proficiency: { hardware: { leadership: 3 } } },
      { evaluation: withExam(null), proficiency: {} },
    ];
    expect(targetStatus(target, ms)).toMatchObject({ have: 1, oneAway: 1, gap: 1, met: false });
  });
});

describe("levelDistribution", () => {
  it("counts members per level", () => {
    expect(levelDistribution([withExam("AP"), withExam("FE"), withExam("AP"), withExam(null)], "facility", 6)).toEqual([
      1, 0, 1, 2, 0, 0, 0,
    ]);
  });
});
