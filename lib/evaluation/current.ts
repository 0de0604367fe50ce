// Evaluations of members on request, from their stored records: load → evaluateRecords (constant number of queries).
import type { Db, Tx } from "../db/client";
import { readMemberRecords } from "../db/queries/evidence";
import type { Evaluation } from "../itss/types";
import { evaluateRecords, type EvidenceMode } from "./evidence";

export type MemberEvaluation = { evaluation: Evaluation; projectIds: number[] };

export async function evaluateMembers(
  db: Db | Tx,
  memberIds: readonly number[],
  mode: EvidenceMode = "official",
): Promise<Map<number, MemberEvaluation>> {
  const records = await readMemberRecords(db, memberIds, "evaluation");
  const out = new Map<number, MemberEvaluation>();
  for (const [id, r] of records) {
    const { evaluation, projectIds } = evaluateRecords(r, mode);
    out.set(id, { evaluation, projectIds });
  }
  return out;
}
