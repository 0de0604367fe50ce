// Work done after the demo records are in: the official evaluation snapshots, so history starts populated.
import type { Db } from "../lib/db/client";
import { members } from "../lib/db/schema";
import { refreshOfficialEvaluations } from "../lib/evaluation/refresh";

export async function afterSeed(db: Db): Promise<void> {
  const ids = (await db.select({ id: members.id }).from(members)).map((m) => m.id);
  await refreshOfficialEvaluations(db, ids, new Date(Date.UTC(2026, 5, 30)));
}
