// Work done after the demo records are in: the standings (read model) and the official evaluation snapshots, so
// history starts populated.
import type { Db } from "../lib/db/client";
import { refreshAllStandings } from "../lib/evaluation/refresh";

export async function afterSeed(db: Db): Promise<void> {
  await refreshAllStandings(db, { takenAt: new Date(Date.UTC(2026, 5, 30)) });
}
