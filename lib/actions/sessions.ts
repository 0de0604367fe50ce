"use server";
// The signed-in user's own sessions: end every one but this device's (audited). Sign-out ends this one
// (lib/auth/auth.ts, events.signOut).
import { z } from "zod";
import { writeAudit } from "../db/audit";
import { revokeUserSessions } from "../auth/sessions";
import { text } from "../i18n/text";
import { runAction } from "./run";

const endOthersSchema = z.strictObject({});

export async function endOtherSessions(raw: unknown) {
  return runAction(endOthersSchema, raw ?? {}, async ({ tx, actor }) => {
    // Every signed-in user may end their own sessions: no policy question, and no id to tell apart.
    const ended = await revokeUserSessions(tx, actor.userId, actor.sessionId);
    await writeAudit(tx, {
      actorUserId: actor.userId,
      action: "sessions.end_others",
      entity: "user",
      entityId: actor.userId,
      after: { ended },
    });
    return { data: { ended }, revalidate: ["/account"], message: text("forms.done.sessionsEnded", { count: ended }) };
  });
}
