// The reminder jobs on a real database: expiring certifications (30 and 7 days before, to the member and the team's
// leads) and due ratings (to the member, per field, as lib/itss/currency's dueStatus says); each run twice, or two at
// once, notifies once.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { translate, type Text } from "@/lib/i18n/text";
import { addDays, dueStatus } from "@/lib/itss/currency";
import { skillItemsOf } from "@/lib/itss/fields";
import { JOBS } from "./registry";
import { remindExpiringCertifications, remindRatingsDue } from "./reminders";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;
const NOW = new Date("2026-12-07T09:00:00Z");
const TODAY = "2026-12-07";
const at = (days: number) => new Date(NOW.getTime() + days * 86_400_000);

beforeAll(async () => {
  db = h.db;
  f = h.fixture;
});

const rows = async (kind: string) =>
  db.select().from(s.notifications).where(eq(s.notifications.kind, kind)).orderBy(s.notifications.id);

describe("certificationExpiring", () => {
  beforeEach(async () => {
    await db.delete(s.notifications);
    await db.delete(s.certifications);
  });

  const cert = async (memberId: number, expiresOn: string, more: Partial<typeof s.certifications.$inferInsert> = {}) =>
    (
      await db
        .insert(s.certifications)
        .values({ memberId, name: `Cert ${expiresOn}`, expiresOn, reviewState: "approved", ...more })
        .returning()
    )[0];

  it("tells the member and the team's leads at 30 days and again at 7, each once however often it runs", async () => {
    const c = await cert(f.members.memberA.id, addDays(TODAY, 20));
    expect(await remindExpiringCertifications({ db, now: NOW })).toBe(2);
    expect(await remindExpiringCertifications({ db, now: NOW })).toBe(0);
    expect(await remindExpiringCertifications({ db, now: at(5) })).toBe(0); // still in the 30-day period
    let got = await rows("certificationExpiring");
    expect(got.map((n) => [n.userId, n.dedupeKey])).toEqual([
      [f.users.memberUserA.id, `certificationExpiring|certification:${c.id}|30d|${f.users.memberUserA.id}`],
      [f.users.leadA.id, `certificationExpiring|certification:${c.id}|30d|${f.users.leadA.id}`],
    ]);
    expect(translate("en", got[0].text as Text)).toBe(`Your certification “Cert 2026-12-27” expires on 2026-12-27`);
    expect(translate("en", got[1].text as Text)).toBe(
      `Member A (has account)'s certification “Cert 2026-12-27” expires on 2026-12-27`,
    );
    expect(got[0].href).toBe(`/members/${f.members.memberA.id}`);
    // Two runs at once (two processes): still once each.
    const both = await Promise.all([
      remindExpiringCertifications({ db, now: at(14) }),
      remindExpiringCertifications({ db, now: at(14) }),
    ]);
    expect(both[0] + both[1]).toBe(2);
    got = await rows("certificationExpiring");
    expect(got.map((n) => n.dedupeKey!.split("|")[2])).toEqual(["30d", "30d", "7d", "7d"]);
    expect(await remindExpiringCertifications({ db, now: at(21) })).toBe(0); // expired: nothing more
  });

  it("a certification first seen within 7 days gets the 7-day reminder only; others are left out", async () => {
    await cert(f.members.memberA.id, addDays(TODAY, 3));
    await cert(f.members.memberA.id, addDays(TODAY, 10), { reviewState: "submitted" });
    await cert(f.members.memberA.id, addDays(TODAY, 10), { supersededAt: new Date() });
    await cert(f.members.memberA.id, addDays(TODAY, -1));
    await cert(f.members.memberA.id, addDays(TODAY, 31));
    await cert(f.members.memberB.id, addDays(TODAY, 12)); // no account: the leads of team B only
    expect(await remindExpiringCertifications({ db, now: NOW })).toBe(3);
    expect((await rows("certificationExpiring")).map((n) => [n.userId, n.dedupeKey!.split("|")[2]])).toEqual([
      [f.users.memberUserA.id, "7d"],
      [f.users.leadA.id, "7d"],
      [f.users.leadB.id, "30d"],
    ]);
  });
});

describe("ratingsDue", () => {
  beforeEach(async () => {
    await db.delete(s.notifications);
    await db.delete(s.skillAssessments);
    await db.update(s.members).set({ createdAt: new Date("2026-01-10T00:00:00Z") });
  });

  const rateAll = async (memberId: number, field: "hardware" | "software", on: string) =>
    db
      .insert(s.skillAssessments)
      .values(skillItemsOf(field).map((item) => ({ memberId, field, item, selfLevel: 3, selfAssessedOn: on })));

  it("tells a member with unrated items once, keyed by the day they became due, linking to the quick update", async () => {
    expect(await remindRatingsDue({ db, now: NOW })).toBe(1); // member A: the only member of the fixture with an account
    expect(await remindRatingsDue({ db, now: NOW })).toBe(0);
    const [n] = await rows("ratingsDue");
    const expected = dueStatus(Array(7).fill(null), 12, "2026-01-10", TODAY);
    expect(n).toMatchObject({
      userId: f.users.memberUserA.id,
      href: `/members/${f.members.memberA.id}/quick-update?field=hardware`,
      dedupeKey: `ratingsDue|member:${f.members.memberA.id}:hardware|${expected.dueSince}|${f.users.memberUserA.id}`,
    });
    expect(translate("ja", n.text as Text)).toBe("ハードウェアの評価の更新期限が来ました。見直してください");
  });

  it("follows the team's interval: rated items go stale after it, and the member is told again", async () => {
    const memberId = f.members.memberA.id;
    await rateAll(memberId, "hardware", "2026-10-01");
    expect(await remindRatingsDue({ db, now: NOW })).toBe(0); // current for 12 months
    await db.update(s.teams).set({ assessmentIntervalMonths: 2 }).where(eq(s.teams.id, f.teams.teamA.id));
    try {
      expect(await remindRatingsDue({ db, now: NOW })).toBe(1); // stale since 2026-12-01
      const ratedOn = Array(7).fill("2026-10-01");
      expect((await rows("ratingsDue"))[0].dedupeKey).toContain(
        `|${dueStatus(ratedOn, 2, "2026-01-10", TODAY).dueSince}|`,
      );
      // Re-rated, then stale again later: a new period, a new reminder.
      await db.update(s.skillAssessments).set({ selfAssessedOn: "2026-12-07" });
      expect(await remindRatingsDue({ db, now: at(30) })).toBe(0);
      expect(await remindRatingsDue({ db, now: at(70) })).toBe(1);
      expect((await rows("ratingsDue")).map((n) => n.dedupeKey!.split("|")[2])).toEqual(["2026-12-01", "2027-02-07"]);
    } finally {
      await db.update(s.teams).set({ assessmentIntervalMonths: 12 }).where(eq(s.teams.id, f.teams.teamA.id));
    }
  });

  it("in a mixed team, only the fields the member has ratings in; archived members and disabled accounts are skipped", async () => {
    const [mixed] = await db
      .insert(s.teams)
      .values({ departmentId: f.departments.dept1.id, name: "Mixed", field: null })
      .returning();
    const [u] = await db.insert(s.users).values({ email: "mixed@t.test", name: "Mixed", role: "member" }).returning();
    const [m] = await db.insert(s.members).values({ teamId: mixed.id, name: "Mixed member", userId: u.id }).returning();
    await db.insert(s.skillAssessments).values({
      memberId: m.id,
      field: "software",
      item: skillItemsOf("software")[0],
      selfLevel: 2,
      selfAssessedOn: TODAY,
    });
    await db.update(s.members).set({ archivedAt: new Date() }).where(eq(s.members.id, f.members.memberA.id));
    try {
      expect(await remindRatingsDue({ db, now: NOW })).toBe(1);
      expect((await rows("ratingsDue")).map((n) => [n.userId, n.href])).toEqual([
        [u.id, `/members/${m.id}/quick-update?field=software`],
      ]);
      await db.delete(s.notifications);
      await db.update(s.users).set({ disabledAt: new Date() }).where(eq(s.users.id, u.id));
      expect(await remindRatingsDue({ db, now: NOW })).toBe(0);
    } finally {
      await db.update(s.members).set({ archivedAt: null }).where(eq(s.members.id, f.members.memberA.id));
    }
  });

  it("both jobs are registered and a whole run twice notifies once", async () => {
    await db.delete(s.certifications);
    await db
      .insert(s.certifications)
      .values({ memberId: f.members.memberA.id, name: "X", expiresOn: addDays(TODAY, 5), reviewState: "approved" });
    const names = JOBS.map((j) => j.name);
    expect(names).toEqual(expect.arrayContaining(["certificationExpiring", "ratingsDue"]));
    const run = async () => {
      for (const job of JOBS.filter((j) => ["certificationExpiring", "ratingsDue"].includes(j.name)))
        await job.run({ db, engine: h.handle.engine, now: NOW });
    };
    await run();
    const first = (await db.select().from(s.notifications)).length;
    expect(first).toBeGreaterThan(0);
    await run();
    expect(await db.select().from(s.notifications)).toHaveLength(first);
    expect(
      await db
        .select()
        .from(s.notifications)
        .where(and(like(s.notifications.dedupeKey, "ratingsDue|%"))),
    ).toHaveLength(1);
  });
});
