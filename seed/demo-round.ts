// The demo's open assessment round (docs/rounds.md): the Hardware service team's, started by its lead a few days
// before the seed day and due about two weeks after it, with some members done — so /rounds, a round's progress and
// the member's "update your ratings" block have something to show on a fresh start. Dates follow the seed day.
import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../lib/db/client";
import * as s from "../lib/db/schema";
import { addDays } from "../lib/itss/currency";
import { notify } from "../lib/notify/notify";
import { text } from "../lib/i18n/text";

const DONE = 4;

export async function seedDemoRound(db: Db, now: Date = new Date()): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  const [lead] = await db
    .select({ userId: s.users.id, teamId: s.teamLeads.teamId })
    .from(s.users)
    .innerJoin(s.teamLeads, eq(s.teamLeads.userId, s.users.id))
    .where(eq(s.users.email, "lead.hw@levelboard.test"))
    .limit(1);
  if (!lead) return;
  const team = await db
    .select({ id: s.members.id, userId: s.members.userId })
    .from(s.members)
    .where(and(eq(s.members.teamId, lead.teamId), isNull(s.members.archivedAt)))
    .orderBy(asc(s.members.id));
  const startedAt = new Date(`${addDays(today, -3)}T09:00:00Z`);
  await db.transaction(async (tx) => {
    const [round] = await tx
      .insert(s.rounds)
      .values({
        scope: "team",
        teamId: lead.teamId,
        dueOn: addDays(today, 14),
        message: "Please bring your Hardware skill ratings up to date before the staffing review.",
        startedBy: lead.userId,
        startedAt,
      })
      .returning();
    // The members without an account are the ones done (a lead recorded them); the member account stays open.
    const done = new Set(
      team
        .filter((m) => m.userId === null)
        .slice(0, DONE)
        .map((m) => m.id),
    );
    await tx.insert(s.roundTasks).values(
      team.map((m) => ({
        roundId: round.id,
        memberId: m.id,
        doneAt: done.has(m.id) ? new Date(`${addDays(today, -1)}T10:00:00Z`) : null,
      })),
    );
    await notify(
      tx,
      team
        .filter((m): m is typeof m & { userId: number } => m.userId !== null)
        .map((m) => ({
          userId: m.userId,
          kind: "roundStarted" as const,
          text: text("notifications.events.roundStarted", { dueOn: round.dueOn, message: round.message ?? "" }),
          href: `/members/${m.id}/quick-update?field=hardware`,
        })),
    );
  });
}
