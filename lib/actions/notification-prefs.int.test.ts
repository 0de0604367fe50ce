// Saving notification preferences: only the caller's own rows, every kind and mode checked, an error naming the kind;
// and a saved choice decides how the next notification is mailed.
import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import * as s from "../db/schema";
import { text } from "../i18n/text";
import { notify } from "../notify/notify";
import { saveNotificationPrefs } from "./notification-prefs";

const h = useIntegrationDb();
const prefsOf = (userId: number) =>
  h.db
    .select({ kind: s.notificationPrefs.kind, mode: s.notificationPrefs.mode })
    .from(s.notificationPrefs)
    .where(eq(s.notificationPrefs.userId, userId));

beforeEach(async () => {
  await h.db.delete(s.notificationPrefs);
});

describe("saveNotificationPrefs", () => {
  it("saves the caller's own choices, changes them, and audits", async () => {
    const { memberUserA, leadA } = h.fixture.users;
    actAs(h.fixture.actors.memberA);
    expect(await saveNotificationPrefs({ leadRating: "digest", roundStarted: "off" })).toMatchObject({ ok: true });
    expect(await saveNotificationPrefs({ leadRating: "immediate", roundStarted: "off" })).toMatchObject({ ok: true });
    expect((await prefsOf(memberUserA.id)).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: "leadRating", mode: "immediate" },
      { kind: "roundStarted", mode: "off" },
    ]);
    expect(await prefsOf(leadA.id)).toEqual([]);
    const audit = await h.db.select().from(s.auditLog).where(eq(s.auditLog.action, "notification_prefs.update"));
    expect(audit.at(-1)).toMatchObject({
      actorUserId: memberUserA.id,
      entity: "user",
      entityId: String(memberUserA.id),
    });
  });

  it("refuses an unknown kind or mode, naming the field, and writes nothing", async () => {
    actAs(h.fixture.actors.memberA);
    const badMode = await saveNotificationPrefs({ leadRating: "weekly", roundStarted: "off" });
    expect(badMode).toMatchObject({ ok: false, code: "validation" });
    expect(!badMode.ok && badMode.fieldErrors?.leadRating).toMatch(/A lead rated my skills/);
    const badKind = await saveNotificationPrefs({ userId: h.fixture.users.leadA.id, leadRating: "off" });
    expect(badKind).toMatchObject({ ok: false, code: "validation" });
    expect(!badKind.ok && Object.keys(badKind.fieldErrors ?? {})).toEqual(["userId"]);
    expect(await prefsOf(h.fixture.users.memberUserA.id)).toEqual([]);
    expect(await prefsOf(h.fixture.users.leadA.id)).toEqual([]);
  });

  it("refuses when signed out", async () => {
    actAs(null);
    expect(await saveNotificationPrefs({ leadRating: "off" })).toMatchObject({ ok: false, code: "unauthenticated" });
  });

  it("decides how the next notification is mailed", async () => {
    const saved = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:25";
    try {
      actAs(h.fixture.actors.memberA);
      await saveNotificationPrefs({ leadRating: "digest", levelReached: "off" });
      const userId = h.fixture.users.memberUserA.id;
      const say = text("notifications.events.leadRating", { lead: "L", count: 1 });
      await h.db.transaction((tx) =>
        notify(tx, [
          { userId, kind: "leadRating", text: say, href: "/" },
          { userId, kind: "levelReached", text: say, href: "/" },
          { userId, kind: "recordReviewed", text: say, href: "/" },
        ]),
      );
      const rows = await h.db.select().from(s.notifications).where(eq(s.notifications.userId, userId));
      expect(Object.fromEntries(rows.map((r) => [r.kind, r.mailState]))).toEqual({
        leadRating: "digest",
        levelReached: "none",
        recordReviewed: "pending",
      });
    } finally {
      if (saved === undefined) delete process.env.SMTP_URL;
      else process.env.SMTP_URL = saved;
    }
  });
});
