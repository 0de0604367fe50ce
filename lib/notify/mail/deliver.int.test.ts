// The outbox against a real SMTP server (lib/testing/smtp.ts): nothing sent for a rolled-back event, each mail once
// however often and however concurrently the sender runs, retries with back-off while the server refuses, the
// recipient's language, and one digest per user per day.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { useIntegrationDb } from "@/lib/testing/integration";
import { startTestSmtp, type TestSmtp } from "@/lib/testing/smtp";
import * as s from "../../db/schema";
import { text } from "../../i18n/text";
import { JOBS, TICKS } from "../../jobs/registry";
import { notify, type NotificationInput } from "../notify";
import { MAX_MAIL_ATTEMPTS } from "./backoff";
import { deliverDigests, deliverPending } from "./deliver";
import { createMailTransport } from "./transport";

const h = useIntegrationDb();
let smtp: TestSmtp;
const saved = { SMTP_URL: process.env.SMTP_URL, LEVELBOARD_URL: process.env.LEVELBOARD_URL };
const BASE = "https://lb.example";

beforeAll(async () => {
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.LEVELBOARD_URL = BASE;
  await h.db.update(s.users).set({ locale: "ja" }).where(eq(s.users.id, h.fixture.users.leadA.id));
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  await smtp.close();
});
beforeEach(async () => {
  await h.db.delete(s.notifications);
  await h.db.delete(s.notificationPrefs);
  smtp.received.length = 0;
  smtp.refusing = false;
});

const options = (now: Date) => ({
  transport: createMailTransport(smtp.url),
  now,
  from: "Levelboard <lb@t.test>",
  baseUrl: BASE,
});

/** A lead rating notification for `userId`, told apart from the others by `count`. */
const rated = (userId: number, count: number): NotificationInput => ({
  userId,
  kind: "leadRating",
  text: text("notifications.events.leadRating", { lead: "Lead <A>", count }),
  href: `/members/${count}`,
});

async function states() {
  return h.db.select().from(s.notifications).orderBy(s.notifications.id);
}

describe("the mail sender", () => {
  it("sends nothing for a notification whose event rolled back", async () => {
    await expect(
      h.db.transaction(async (tx) => {
        await notify(tx, [rated(h.fixture.users.memberUserA.id, 1)]);
        throw new Error("the approval failed");
      }),
    ).rejects.toThrow("the approval failed");
    expect(await deliverPending(h.db, options(new Date()))).toEqual({ sent: 0, failed: 0 });
    expect(await states()).toEqual([]);
    expect(smtp.received).toEqual([]);
  });

  it("delivers each mail once when run twice (the registered tick, then again), in the recipient's language", async () => {
    const { memberUserA, leadA } = h.fixture.users;
    await h.db.transaction((tx) => notify(tx, [rated(memberUserA.id, 3), rated(leadA.id, 4)]));
    expect((await states()).map((n) => n.mailState)).toEqual(["pending", "pending"]);
    const tick = TICKS.find((t) => t.name === "mail.send");
    await tick!.run({ db: h.db, engine: h.handle.engine, now: new Date() });
    await deliverPending(h.db, options(new Date()));
    expect(smtp.received).toHaveLength(2);
    const toMember = smtp.received.find((m) => m.to[0] === "membera@t.test")!;
    const toLead = smtp.received.find((m) => m.to[0] === "leada@t.test")!;
    expect(toMember.to).toEqual(["membera@t.test"]);
    expect(toMember.subject).toBe("Levelboard: Lead <A> rated 3 of your skills");
    expect(toMember.text).toContain(`${BASE}/members/3`);
    expect(toMember.html).toContain("Lead &lt;A&gt; rated 3 of your skills");
    expect(toLead.subject).toBe("Levelboard：Lead <A>さんがあなたのスキルを4件評価しました");
    expect(toLead.text).toContain("Levelboardで開く");
    expect(toLead.text).toContain(`${BASE}/account/notifications`);
    const rows = await states();
    expect(rows.map((n) => [n.mailState, n.mailAttempts, n.mailNextAt])).toEqual([
      ["sent", 0, null],
      ["sent", 0, null],
    ]);
    expect(rows.every((n) => n.mailSentAt instanceof Date)).toBe(true);
  });

  it("delivers each mail once when two senders run at the same time", async () => {
    const { memberUserA, leadA } = h.fixture.users;
    const items = Array.from({ length: 12 }, (_, i) => rated(i % 2 ? memberUserA.id : leadA.id, i + 1));
    await h.db.transaction((tx) => notify(tx, items));
    const now = new Date();
    const [a, b] = await Promise.all([
      deliverPending(h.db, { ...options(now), batch: 3 }),
      deliverPending(h.db, { ...options(now), batch: 3 }),
    ]);
    expect(a.sent + b.sent).toBe(12);
    expect(smtp.received).toHaveLength(12);
    expect(new Set(smtp.received.map((m) => m.subject)).size).toBe(12);
    expect((await states()).every((n) => n.mailState === "sent")).toBe(true);
  });

  it("retries with back-off while the server refuses, then delivers everything once", async () => {
    const { memberUserA, leadA } = h.fixture.users;
    await h.db.transaction((tx) => notify(tx, [rated(memberUserA.id, 1), rated(leadA.id, 2)]));
    const t0 = new Date();
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    smtp.refusing = true;
    expect(await deliverPending(h.db, options(t0))).toEqual({ sent: 0, failed: 2 });
    let rows = await states();
    expect(rows.map((n) => [n.mailState, n.mailAttempts, n.mailNextAt?.getTime()])).toEqual([
      ["pending", 1, at(30).getTime()],
      ["pending", 1, at(30).getTime()],
    ]);
    expect(rows[0].mailError).toMatch(/Try again later|rejected/);
    // Before the retry is due nothing is tried; the second failure waits a minute.
    expect(await deliverPending(h.db, options(at(20)))).toEqual({ sent: 0, failed: 0 });
    expect(await deliverPending(h.db, options(at(30)))).toEqual({ sent: 0, failed: 2 });
    expect((await states()).map((n) => n.mailNextAt?.getTime())).toEqual([at(90).getTime(), at(90).getTime()]);
    smtp.refusing = false;
    expect(await deliverPending(h.db, options(at(60)))).toEqual({ sent: 0, failed: 0 });
    expect(await deliverPending(h.db, options(at(90)))).toEqual({ sent: 2, failed: 0 });
    expect(await deliverPending(h.db, options(at(3600)))).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(["leada@t.test", "membera@t.test"]);
    rows = await states();
    expect(rows.map((n) => [n.mailState, n.mailAttempts, n.mailError])).toEqual([
      ["sent", 2, null],
      ["sent", 2, null],
    ]);
  });

  it("gives a mail up after its last attempt, keeping the error", async () => {
    await h.db.transaction((tx) => notify(tx, [rated(h.fixture.users.memberUserA.id, 1)]));
    smtp.refusing = true;
    let now = new Date();
    for (let i = 0; i < MAX_MAIL_ATTEMPTS; i++) {
      await deliverPending(h.db, options(now));
      now = new Date(now.getTime() + 2 * 60 * 60_000);
    }
    smtp.refusing = false;
    await deliverPending(h.db, options(now));
    const [row] = await states();
    expect([row.mailState, row.mailAttempts, row.mailNextAt]).toEqual(["failed", MAX_MAIL_ATTEMPTS, null]);
    expect(row.mailError).toBeTruthy();
    expect(smtp.received).toEqual([]);
  });
});

describe("the daily digest", () => {
  it("sends one mail per user listing their items of the days before, once, also with two runs at once", async () => {
    const { memberUserA, leadA, leadB } = h.fixture.users;
    await h.db
      .insert(s.notificationPrefs)
      .values([memberUserA, leadA, leadB].map((u) => ({ userId: u.id, kind: "leadRating", mode: "digest" as const })));
    await h.db.transaction((tx) =>
      notify(tx, [rated(memberUserA.id, 1), rated(memberUserA.id, 2), rated(memberUserA.id, 3), rated(leadA.id, 4)]),
    );
    // leadB's item was notified "today" (as the run sees it): it waits for tomorrow's digest.
    await h.db.transaction((tx) => notify(tx, [rated(leadB.id, 5)]));
    expect((await states()).map((n) => n.mailState)).toEqual(["digest", "digest", "digest", "digest", "digest"]);
    expect(smtp.received).toEqual([]);
    const tomorrow = new Date(Date.now() + 24 * 60 * 60_000);
    await h.db.update(s.notifications).set({ createdAt: tomorrow }).where(eq(s.notifications.userId, leadB.id));

    const job = JOBS.find((j) => j.name === "mail.digest")!;
    await Promise.all([
      job.run({ db: h.db, engine: h.handle.engine, now: tomorrow }),
      deliverDigests(h.db, options(tomorrow)),
    ]);
    await deliverDigests(h.db, options(new Date(tomorrow.getTime() + 60 * 60_000)));

    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(["leada@t.test", "membera@t.test"]);
    const toMember = smtp.received.find((m) => m.to[0] === "membera@t.test")!;
    expect(toMember.subject).toBe("Levelboard: 3 notifications since your last digest");
    expect(toMember.html.match(/<li>/g)).toHaveLength(3);
    for (const n of [1, 2, 3]) expect(toMember.text).toContain(`${BASE}/members/${n}`);
    const toLead = smtp.received.find((m) => m.to[0] === "leada@t.test")!;
    expect(toLead.subject).toBe("Levelboard：前回のまとめ以降の通知1件");
    const rows = await states();
    expect(rows.map((n) => n.mailState)).toEqual(["sent", "sent", "sent", "sent", "digest"]);
  });
});
