// A member's current standing, as the read model stores it: the official evaluation per field, the provisional
// level, and the proficiency per skill item that counts (the lead's rating where it counts, else the self-rating).
// Pure: stored records in, rows out. The same function feeds the write path and the drift check.
import { FIELDS, skillItemsOf, type Field } from "../itss/fields";
import type { Evaluation } from "../itss/types";
import type { memberSkillStandings, memberStandings } from "../db/schema";
import { evaluateRecords, type MemberRecords } from "./evidence";

export type StandingRow = typeof memberStandings.$inferInsert;
export type SkillStandingRow = typeof memberSkillStandings.$inferInsert;
export type MemberStanding = {
  official: Evaluation;
  /** record id of each project the official evaluation counted, by its index */
  projectIds: number[];
  standings: StandingRow[];
  skills: SkillStandingRow[];
};

export function computeStanding(memberId: number, records: MemberRecords): MemberStanding {
  const { evaluation: official, evidence, projectIds } = evaluateRecords(records, "official");
  const provisional = evaluateRecords(records, "provisional").evaluation;
  const standings: StandingRow[] = FIELDS.map((field: Field) => {
    const e = official.fields[field];
    return {
      memberId,
      field,
      level: e.level,
      source: e.source,
      kpiLevel: e.kpiLevel,
      examLevel: e.examLevel,
      skillLevel: e.skillLevel,
      nextLevel: e.next?.level ?? null,
      missing: e.next?.missing ?? [],
      missingCount: e.next?.missing.length ?? 0,
      provisionalLevel: provisional.fields[field].level,
    };
  });
  const skills: SkillStandingRow[] = [];
  for (const field of FIELDS) {
    const ratings = evidence.skills?.[field];
    if (!ratings) continue;
    for (const item of skillItemsOf(field)) {
      const r = ratings[item];
      const lead = r?.lead ?? null;
      const self = r?.self ?? null;
      if (lead === null && self === null) continue;
      skills.push({
        memberId,
        field,
        item,
        level: (lead ?? self)!,
        source: lead !== null ? "lead" : "self",
        selfLevel: self,
        leadLevel: lead,
      });
    }
  }
  return { official, projectIds, standings, skills };
}
