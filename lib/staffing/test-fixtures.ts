// Shared by the staffing tests (ranking, growth, the candidates' sentences): a candidate with defaults, a need of
// Hardware level 4 with two skill minimums, and ratings by source.
import type { StaffingNeed } from "./need";
import type { CandidateFacts } from "./rank";

export const facts = (over: Partial<CandidateFacts> & { memberId: number }): CandidateFacts => ({
  name: `M${over.memberId}`,
  teamId: 1,
  teamName: "T",
  level: 0,
  skills: {},
  ongoing: 0,
  ...over,
});

export const need: StaffingNeed = {
  field: "hardware",
  minLevel: 4,
  skills: [
    { item: "technology", minLevel: 3 },
    { item: "communication", minLevel: 3 },
  ],
};

export const lead = (level: number) => ({ level, source: "lead" as const });
export const self = (level: number) => ({ level, source: "self" as const });
