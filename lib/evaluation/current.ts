// Evaluations of many members at once, from their stored records (constant number of queries).
import type { Db, Tx } from "../db/client";
import { loadMemberRecords } from "../db/queries/evidence";
import { evaluate } from "../itss/evaluate";
import type { Evaluation } from "../itss/types";
import { toEvidence, type EvidenceMode } from "./evidence";

export type MemberEvaluation = { evaluation: Evaluation; projectIds: number[] };

export async function evaluateMembers(
  db: Db | Tx,
  memberIds: readonly number[],
  mode: EvidenceMode = "official",
): Promise<Map<number, MemberEvaluation>> {
  const records = await loadMemberRecords(db, memberIds);
  const out = new Map<number, MemberEvaluation>();
  for (const [id, r] of records) {
    const { evidence, projectIds } = toEvidence(r, mode);
    out.set(id, { evaluation: evaluate(evidence), projectIds });
  }
  return out;
}
