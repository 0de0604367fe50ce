// The assessment rounds' time-based work (docs/rounds.md): close the rounds whose due date has passed, and remind the
// members still open 7 days before the due date and on it. Both are idempotent: a closed round is not closed again,
// and each reminder is keyed by (kind, round, period, user), so a second run, or a second process, sends nothing.
import { and, eq, isNull, lt, lte, sql } from "drizzle-orm";
import { members, roundTasks, rounds, teams, users } from "../db/schema";
import { notify, reminderKey } from "../notify/notify";
import { text } from "../i18n/text";
import { addDays } from "../itss/currency";
import { REMINDER_DAYS_BEFORE, todayIso } from "../rounds/schemas";
import type { Db } from "../db/client";

/** A job as the registry (./registry.ts) runs it; typed here structurally, so the registry may import this module. */
type Job = { name: string; run: (ctx: { db: Db; now: Date }) => Promise<{ notified?: number; changed?: number }> };

/** Closes every open round whose due date is before today: the round ends at the close of its due date. */
export const closeRoundsJob: Job = {
  name: "rounds.close",
  async run({ db, now }) {
    const closed = await db
      .update(rounds)
      .set({ closedAt: now, version: sql`${rounds.version} + 1` })
      .where(and(isNull(rounds.closedAt), lt(rounds.dueOn, todayIso(now))))
      .returning({ id: rounds.id });
    return { changed: closed.length };
  },
};

/** Reminds each still-open member with an account of an open round: 7 days before its due date, and on it. */
export const roundRemindersJob: Job = {
  name: "rounds.reminders",
  async run({ db, now }) {
    const today = todayIso(now);
    const weekAhead = addDays(today, REMINDER_DAYS_BEFORE);
    // Rounds due within the week (and not past): the "7d" reminder from 7 days before, the "due" one on the day.
    const open = await db
      .select({
        roundId: rounds.id,
        dueOn: rounds.dueOn,
        memberId: members.id,
        userId: members.userId,
        field: teams.field,
      })
      .from(roundTasks)
      .innerJoin(rounds, eq(rounds.id, roundTasks.roundId))
      .innerJoin(members, eq(members.id, roundTasks.memberId))
      .innerJoin(teams, eq(teams.id, members.teamId))
      .innerJoin(users, eq(users.id, members.userId))
      .where(
        and(
          isNull(rounds.closedAt),
          isNull(roundTasks.doneAt),
          isNull(members.archivedAt),
          isNull(users.disabledAt),
          lte(rounds.dueOn, weekAhead),
          sql`${rounds.dueOn} >= ${today}`,
        ),
      );
    if (open.length === 0) return { notified: 0 };
    const items = open.map((t) => {
      const period = t.dueOn === today ? "due" : "7d";
      return {
        userId: t.userId!,
        kind: "roundReminder" as const,
        text: text("notifications.events.roundReminder", { dueOn: t.dueOn }),
        href: `/members/${t.memberId}/quick-update${t.field ? `?field=${t.field}` : ""}`,
        dedupeKey: reminderKey("roundReminder", `round:${t.roundId}`, period, t.userId!),
      };
    });
    let notified = 0;
    for (let i = 0; i < items.length; i += 1000)
      notified += await db.transaction((tx) => notify(tx, items.slice(i, i + 1000)));
    return { notified };
  },
};

export const ROUND_JOBS: Job[] = [roundRemindersJob, closeRoundsJob];
