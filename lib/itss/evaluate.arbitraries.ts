// fast-check arbitraries of valid member evidence, shared by the property tests of the evaluation and the input schema.
import fc from "fast-check";
import { FIELDS, MAX_LEVEL, skillItemsOf, specialtyKeysOf, type Field, type SkillItem } from "./fields";
import { COMPLEXITY_OF, EXAMS, PROJECT_ROLES, PROJECT_STATUSES, SCOPES, SUCCESSION_KINDS } from "./record-options";
import type { Evidence, ProfessionalEvidence, ProjectEvidence, SkillRating } from "./types";

/** Sizes around every tier boundary, plus anything. */
const rooms = fc.oneof(fc.constantFrom(0, 1, 2, 3, 4, 5, 6), fc.nat({ max: 50 }));
const floor = fc.oneof(
  fc.constantFrom(0, 1, 1999, 1999.5, 2000, 4999, 5000, 10000),
  fc.double({ min: 0, max: 20000, noNaN: true, noDefaultInfinity: true }),
);
const network = fc.oneof(fc.constantFrom(0, 1, 9, 10, 99, 100, 299, 300, 1000), fc.nat({ max: 1000 }));

/** Weighted choice: `rich` evidence leans towards what reaches the higher levels. */
const weighted = <T>(rich: boolean, likely: T, other: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  rich ? fc.oneof({ arbitrary: fc.constant(likely), weight: 5 }, { arbitrary: other, weight: 1 }) : other;

export function projectArb(
  field?: Field,
  overrides: Partial<ProjectEvidence> = {},
  rich = false,
): fc.Arbitrary<ProjectEvidence> {
  const fieldArb = field ? fc.constant(field) : fc.constantFrom(...FIELDS);
  return fieldArb.chain((f) => {
    const common = {
      field: fc.constant(f),
      role: weighted(rich, "responsible" as const, fc.constantFrom(...PROJECT_ROLES)),
      status: weighted(rich, "completed" as const, fc.constantFrom(...PROJECT_STATUSES)),
      successful: weighted(rich, true, fc.boolean()),
      complexity: fc.array(fc.constantFrom(...COMPLEXITY_OF[f]), { minLength: rich ? 2 : 0, maxLength: 7 }),
    };
    const arb: fc.Arbitrary<ProjectEvidence> =
      f === "facility"
        ? fc.record({
            ...common,
            facility: fc.record({
              scope: fc.constantFrom("part" as const, "whole" as const),
              computerRoomSites: rooms,
              floorSpaceM2: floor,
              networkSites: network,
            }),
          })
        : fc.record({ ...common, scope: fc.constantFrom(...SCOPES) });
    return arb.map((p) => ({ ...p, ...overrides }));
  });
}

export function professionalArb(field: Field, rich = false): fc.Arbitrary<ProfessionalEvidence> {
  return fc.record({
    specialties: fc.array(fc.constantFrom(...specialtyKeysOf(field)), { minLength: rich ? 1 : 0, maxLength: 3 }),
    succession: fc.array(fc.constantFrom(...SUCCESSION_KINDS), { minLength: rich ? 2 : 0, maxLength: rich ? 10 : 6 }),
    mentoring: fc.nat({ max: 3 }),
  });
}

function skillsArb(field: Field): fc.Arbitrary<Partial<Record<SkillItem, SkillRating>>> {
  const level = fc.option(fc.integer({ min: 1, max: MAX_LEVEL[field] }), { nil: null, freq: 4 });
  const rating = fc.record({ self: level, lead: level }, { requiredKeys: [] });
  const shape = Object.fromEntries(skillItemsOf(field).map((i) => [i, rating]));
  return fc.record(shape, { requiredKeys: skillItemsOf(field).filter((_, i) => i % 2 === 0) }) as fc.Arbitrary<
    Partial<Record<SkillItem, SkillRating>>
  >;
}

function evidenceOf(rich: boolean): fc.Arbitrary<Evidence> {
  return fc.record(
    {
      projects: fc.array(projectArb(undefined, {}, rich), { maxLength: rich ? 16 : 12 }),
      professional: fc.record(
        {
          hardware: professionalArb("hardware", rich),
          software: professionalArb("software", rich),
          facility: professionalArb("facility", rich),
        },
        { requiredKeys: [] },
      ),
      exams: fc.array(fc.constantFrom(...EXAMS), { maxLength: 3 }),
      skills: fc.record(
        { hardware: skillsArb("hardware"), software: skillsArb("software"), facility: skillsArb("facility") },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ["projects"] },
  );
}

/** Any valid evidence: projects across the fields, contributions, exams and skill assessments; half of it "rich". */
export const evidenceArb: fc.Arbitrary<Evidence> = fc.oneof(evidenceOf(false), evidenceOf(true));

/** A single professional contribution to add: a specialty key, a succession kind or a mentoring record. */
export const contributionArb = fc.constantFrom(...FIELDS).chain((field) =>
  fc.oneof(
    fc.constantFrom(...specialtyKeysOf(field)).map((key) => ({ field, kind: "specialty" as const, key })),
    fc.constantFrom(...SUCCESSION_KINDS).map((key) => ({ field, kind: "succession" as const, key })),
    fc.constant({ field, kind: "mentoring" as const, key: "" }),
  ),
);

export type Contribution = { field: Field; kind: "specialty" | "succession" | "mentoring"; key: string };

/** The evidence with one more contribution. */
export function withContribution(e: Evidence, c: Contribution): Evidence {
  const before: ProfessionalEvidence = e.professional?.[c.field] ?? { specialties: [], succession: [], mentoring: 0 };
  const after: ProfessionalEvidence =
    c.kind === "specialty"
      ? { ...before, specialties: [...before.specialties, c.key] }
      : c.kind === "succession"
        ? { ...before, succession: [...before.succession, c.key as ProfessionalEvidence["succession"][number]] }
        : { ...before, mentoring: before.mentoring + 1 };
  return { ...e, professional: { ...e.professional, [c.field]: after } };
}
