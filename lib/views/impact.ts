// The loader of "what approving would change" for a list of records (a review queue, the read API's page, a member
// page): every affected member's records in one read (readMemberRecords, the loader the member page uses) and their
// teams' and departments' level targets in one more, whatever the number of records; each record through
// approvalImpact (lib/evaluation/impact.ts), the engine's one evaluation path.
import type { Db } from "../db/client";
import type { Actor } from "../auth/policy";
import type { MemberRecords } from "../db/member-records";
import { readMemberRecords } from "../db/queries/evidence";
import { levelTargetsOfMembers, type LevelTargetCount } from "../db/queries/impact";
import { approvalImpact, isEvaluatedEntity, targetsMadeMet, type RecordImpact } from "../evaluation/impact";

export type ImpactRef = { entity: string; id: number; memberId: number };

/** A record's impact as the views show it: the level targets it would make met, described. */
export type ShownImpact = RecordImpact & { targetsMet: Omit<LevelTargetCount, "actual">[] };

export const impactKey = (r: { entity: string; id: number }) => `${r.entity}:${r.id}`;

/** Pure: the impacts of one member's records, from records and targets already loaded. */
export function impactsOfMember(
  records: MemberRecords,
  refs: readonly { entity: string; id: number }[],
  targets: readonly LevelTargetCount[],
): Map<string, ShownImpact> {
  const out = new Map<string, ShownImpact>();
  for (const ref of refs) {
    if (!isEvaluatedEntity(ref.entity)) continue;
    const impact = approvalImpact(records, ref.entity, ref.id);
    if (!impact) continue;
    const met = new Set(targetsMadeMet(impact, targets));
    out.set(impactKey(ref), {
      ...impact,
      targetsMet: targets
        .filter((t) => met.has(t.id))
        .map((t) => ({
          id: t.id,
          teamId: t.teamId,
          departmentId: t.departmentId,
          field: t.field,
          minLevel: t.minLevel,
          minCount: t.minCount,
          ownerName: t.ownerName,
        })),
    });
  }
  return out;
}

/**
 * The impacts of the records (any members), keyed `entity:id`: two statements whatever their number. The caller has
 * decided the actor may see these records; targets come only for members in teams the actor may read.
 */
export async function loadImpacts(db: Db, actor: Actor, refs: readonly ImpactRef[]): Promise<Map<string, ShownImpact>> {
  const evaluated = refs.filter((r) => isEvaluatedEntity(r.entity));
  const memberIds = [...new Set(evaluated.map((r) => r.memberId))];
  if (memberIds.length === 0) return new Map();
  const [records, targets] = await Promise.all([
    readMemberRecords(db, memberIds, "evaluation"),
    levelTargetsOfMembers(db, actor, memberIds),
  ]);
  const byMember = new Map<number, ImpactRef[]>();
  for (const r of evaluated) byMember.set(r.memberId, [...(byMember.get(r.memberId) ?? []), r]);
  const out = new Map<string, ShownImpact>();
  for (const [memberId, own] of byMember)
    for (const [k, v] of impactsOfMember(records.get(memberId)!, own, targets.get(memberId) ?? [])) out.set(k, v);
  return out;
}
