// Shared by the staffing tests (ranking, growth, the candidates' sentences): a candidate with defaults, a need of
// Hardware level 4 with two skill minimums, ratings by source, and hardware projects of levels 3 to 5.
import type { StaffingNeed } from "./need";
import type { CandidateFacts } from "./rank";
import type { Evidence, ProjectEvidence } from "../itss/types";

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

export const hw = (role: ProjectEvidence["role"], scope: ProjectEvidence["scope"], criteria = 2): ProjectEvidence => ({
  field: "hardware",
  role,
  status: "completed",
  successful: true,
  complexity: (["multi_platform", "multi_vendor", "advanced_technology", "mission_critical"] as const).slice(
    0,
    criteria,
  ),
  scope,
});
export const level3 = hw("member", "specific_users");
export const level4 = hw("leader", "wide_area_team");
export const level5 = hw("responsible", "wide_area_users");

/** Hardware level 4 by achievement indicators: a level-4 key project and a level-3 one, specialty 4, one succession kind, mentoring. */
export const atLevel4: Evidence = {
  projects: [level4, level3],
  professional: { hardware: { specialties: ["team_profitability"], succession: ["book"], mentoring: 1 } },
};
