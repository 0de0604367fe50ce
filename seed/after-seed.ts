// Work done after the demo records are in: the official evaluation snapshots, so history starts populated.
import type { Db } from "../lib/db/client";

export async function afterSeed(db: Db): Promise<void> {
  void db;
}
