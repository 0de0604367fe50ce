// Times the queue's bulk approval: `count` submitted records approved at once through the action's core
// (lib/records/review-writes.ts reviewRecords, then the one refresh of the members' standings, as approveRecords does),
// as the bench administrator, in a transaction rolled back afterwards so every round finds the same data.
// Usage: LEVELBOARD_DATA_DIR=… npx tsx bench/bulk-approve.ts [--count 50] [--rounds 5]
//   on the organisation `npm run bench:data -- --members 10000` loaded there (or DATABASE_URL's);
//   or npx tsx bench/bulk-approve.ts --generate 2000 (an in-memory organisation of that many members).
import { and, eq, isNull, sql } from "drizzle-orm";
import { createTestDb } from "../lib/db/test-db";
import * as s from "../lib/db/schema";
import { RECORD_TABLES } from "../lib/db/record-tables";
import type { Db } from "../lib/db/client";
import type { CurrentUser } from "../lib/auth/session";
import { reviewRecords, type RecordRef } from "../lib/records/review-writes";
import { refreshOfficialEvaluations } from "../lib/evaluation/refresh";
import { openMigratedDatabase } from "../scripts/open-db";
import { BENCH_ACCOUNTS, seedBenchOrganisation } from "../seed/bench-org";
import type { RecordEntity } from "../lib/records/schemas";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const ROLLBACK = new Error("rollback");

/** `count` submitted records of active members (lowest ids of every kind), none written by the actor; `round` skips earlier ones. */
async function submittedRecords(db: Db, count: number, round: number, actor: CurrentUser): Promise<RecordRef[]> {
  const out: RecordRef[] = [];
  for (const [entity, t] of Object.entries(RECORD_TABLES) as [RecordEntity, typeof s.projects][]) {
    const rows = await db
      .select({ id: t.id, memberId: t.memberId, version: t.version })
      .from(t)
      .innerJoin(s.members, eq(s.members.id, t.memberId))
      .where(
        and(
          eq(t.reviewState, "submitted"),
          isNull(s.members.archivedAt),
          sql`${t.createdBy} is distinct from ${actor.userId}`,
        ),
      )
      .orderBy(t.id)
      .limit(count)
      .offset(round * count);
    out.push(...rows.map((r) => ({ entity, ...r })));
  }
  return out.sort((a, b) => a.id - b.id).slice(0, count);
}

async function main() {
  const count = arg("count", 50);
  const rounds = arg("rounds", 5);
  const generate = arg("generate", 0);
  const handle = generate ? await createTestDb() : await openMigratedDatabase();
  const db = handle.db as Db;
  if (generate) await seedBenchOrganisation(db, generate, (line) => console.error(line));
  const [admin] = await db.select().from(s.users).where(eq(s.users.email, BENCH_ACCOUNTS.admin));
  if (!admin) throw new Error(`no ${BENCH_ACCOUNTS.admin}: load the bench organisation first (npm run bench:data)`);
  const [{ members }] = await db.select({ members: sql<number>`count(*)::int` }).from(s.members);
  const actor: CurrentUser = {
    userId: admin.id,
    role: "admin",
    departmentId: null,
    leadTeamIds: [],
    memberId: null,
    name: admin.name,
    email: admin.email,
  };
  const times: number[] = [];
  let approved = 0;
  let distinctMembers = 0;
  for (let round = 0; round < rounds; round++) {
    const refs = await submittedRecords(db, count, round, actor);
    if (refs.length < count) throw new Error(`only ${refs.length} submitted records found`);
    const started = performance.now();
    try {
      await db.transaction(async (tx) => {
        const { records, memberIds } = await reviewRecords(tx, actor, "approve", refs, "");
        await refreshOfficialEvaluations(tx, memberIds);
        approved = records.length;
        distinctMembers = memberIds.length;
        times.push(performance.now() - started);
        throw ROLLBACK;
      });
    } catch (e) {
      if (e !== ROLLBACK) throw e;
    }
  }
  await handle.close();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      engine: handle.engine,
      members,
      approvedPerRound: approved,
      membersPerRound: distinctMembers,
      rounds,
      ms: times.map((t) => Math.round(t)),
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]),
      maxMs: Math.round(sorted[sorted.length - 1]),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
