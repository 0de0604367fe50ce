"use server";
// The signed-in user's own notification preferences: per kind, e-mail at once, in the daily digest, or not at all
// (in-app always). Only the caller's rows are written; audited. Applies to notifications from now on.
import { z } from "zod";
import { sql } from "drizzle-orm";
import { writeAudit } from "../db/audit";
import { notificationPrefs, NOTIFICATION_MAIL_MODES } from "../db/schema";
import { notificationPrefsOf } from "../db/queries/notification-prefs";
import { NOTIFICATION_KINDS } from "../notify/kinds";
import { sayError, text } from "../i18n/text";
import { runAction } from "./run";

const modeOf = (kind: (typeof NOTIFICATION_KINDS)[number]) =>
  z
    .enum(
      NOTIFICATION_MAIL_MODES,
      sayError("notifications.prefs.invalidMode", { kind: text(`notifications.kinds.${kind}`) }),
    )
    .optional();

const prefsSchema = z.strictObject(
  Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, modeOf(k)])) as {
    [K in (typeof NOTIFICATION_KINDS)[number]]: ReturnType<typeof modeOf>;
  },
);

export async function saveNotificationPrefs(raw: unknown) {
  return runAction(prefsSchema, raw, async ({ tx, actor, input }) => {
    // Every signed-in user may choose their own e-mails: the user is the actor, never an id from the input.
    const rows = NOTIFICATION_KINDS.flatMap((kind) => {
      const mode = input[kind];
      return mode ? [{ userId: actor.userId, kind, mode }] : [];
    });
    const before = await notificationPrefsOf(tx, actor.userId);
    if (rows.length > 0)
      await tx
        .insert(notificationPrefs)
        .values(rows)
        .onConflictDoUpdate({
          target: [notificationPrefs.userId, notificationPrefs.kind],
          set: { mode: sql`excluded.mode` },
        });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "notification_prefs.update",
      entity: "user",
      entityId: actor.userId,
      before,
      after: Object.fromEntries(rows.map((r) => [r.kind, r.mode])),
    });
    return {
      data: undefined,
      revalidate: ["/account/notifications"],
      message: text("notifications.prefs.saved"),
    };
  });
}
