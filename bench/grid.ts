// Times the team rating grid's save: every cell of a 100-member team (700 lead ratings, each changed) through the
// action's core — saveGridRatings (lib/records/rating-grid.ts), the one refresh of the members' standings and the
// members' notifications, as saveRatingGrid does — as the team's lead, in a transaction rolled back afterwards so every
// round finds the same data. The first run moves active members of the lead's department into the lead's first team
// until it has 100 (kept: run it on a copy of the bench data).
// Usage: cp -a /tmp/bench-10k /tmp/grid-10k; LEVELBOARD_DATA_DIR=/tmp/grid-10k npm run bench:grid -- [--members 100] [--rounds 5]
import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { loadavg } from "node:os";
import * as s from "../lib/db/schema";
import type { Db } from "../lib/db/client";
import type { CurrentUser } from "../lib/auth/session";
import { saveGridRatings } from "../lib/records/rating-grid";
import { refreshOfficialEvaluations } from "../lib/evaluation/refresh";
import { notify } from "../lib/notify/notify";
import { text } from "../lib/i18n/text";
import { ratingGridMembers } from "../lib/db/queries/rating-grid";
import { MAX_LEVEL, skillItemsOf } from "../lib/itss/fields";
import { openMigratedDatabase } from "../scripts/open-db";
import { BENCH_ACCOUNTS } from "../seed/bench-org";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const ROLLBACK = new Error("rollback");

async function main() {
  const size = arg("members", 100);
  const rounds = arg("rounds", 5);
  const handle = await openMigratedDatabase();
  const db = handle.db as Db;
  const [lead] = await db.select().from(s.users).where(eq(s.users.email, BENCH_ACCOUNTS.lead));
  if (!lead) throw new Error(`no ${BENCH_ACCOUNTS.lead}: load the bench organisation first (npm run bench:data)`);
  const [{ teamId }] = await db
    .select({ teamId: s.teamLeads.teamId })
    .from(s.teamLeads)
    .where(eq(s.teamLeads.userId, lead.id))
    .orderBy(asc(s.teamLeads.teamId))
    .limit(1);
  const [team] = await db.select().from(s.teams).where(eq(s.teams.id, teamId));
  const field = team.field ?? "hardware";
  const active = and(eq(s.members.teamId, teamId), isNull(s.members.archivedAt));
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(s.members)
    .where(active);
  if (n < size) {
    // Members of the department's other teams (not the lead's own member), moved in with their records.
    const movable = await db
      .select({ id: s.members.id })
      .from(s.members)
      .innerJoin(s.teams, eq(s.teams.id, s.members.teamId))
      .where(
        and(
          eq(s.teams.departmentId, team.departmentId),
          ne(s.members.teamId, teamId),
          isNull(s.members.archivedAt),
          sql`${s.members.userId} is distinct from ${lead.id}`,
        ),
      )
      .orderBy(asc(s.members.id))
      .limit(size - n);
    const ids = movable.map((m) => m.id);
    await db.transaction(async (tx) => {
      await tx.update(s.members).set({ teamId }).where(inArray(s.members.id, ids));
      await refreshOfficialEvaluations(tx, ids);
    });
    console.error(`moved ${ids.length} members into team ${teamId}`);
  }
  const actor: CurrentUser = {
    userId: lead.id,
    role: "lead",
    departmentId: lead.departmentId,
    leadTeamIds: [teamId],
    memberId: null,
    name: lead.name,
    email: lead.email,
  };
  const rosterMembers = (await ratingGridMembers(db, teamId, field)).slice(0, size);
  // Every cell changed: the lead level one up (wrapping), from the version each row has now.
  const cells = rosterMembers.flatMap((m) =>
    skillItemsOf(field).map((item) => {
      const c = m.cells.find((x) => x.item === item);
      const level = ((c?.leadLevel ?? 0) % MAX_LEVEL[field]) + 1;
      return { memberId: m.id, item, level, version: c?.version ?? null };
    }),
  );
  const times: number[] = [];
  const parts: { write: number; refresh: number; notify: number }[] = [];
  let saved = 0;
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    try {
      await db.transaction(async (tx) => {
        const { changed, userIds } = await saveGridRatings(tx, actor, { field, cells });
        const written = performance.now();
        await refreshOfficialEvaluations(tx, [...changed.keys()]);
        const refreshed = performance.now();
        await notify(
          tx,
          [...userIds].map(([memberId, userId]) => ({
            userId,
            kind: "leadRating" as const,
            text: text("notifications.events.leadRating", { lead: actor.name, count: changed.get(memberId)! }),
            href: `/members/${memberId}`,
          })),
        );
        saved = [...changed.values()].reduce((a, b) => a + b, 0);
        const done = performance.now();
        times.push(done - started);
        parts.push({
          write: Math.round(written - started),
          refresh: Math.round(refreshed - written),
          notify: Math.round(done - refreshed),
        });
        throw ROLLBACK;
      });
    } catch (e) {
      if (e !== ROLLBACK) throw e;
    }
  }
  const [{ members }] = await db.select({ members: sql<number>`count(*)::int` }).from(s.members);
  await handle.close();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      engine: handle.engine,
      members,
      teamMembers: rosterMembers.length,
      cellsSaved: saved,
      rounds,
      ms: times.map((t) => Math.round(t)),
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]),
      maxMs: Math.round(sorted[sorted.length - 1]),
      parts,
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
