// GET /api/v1/me/notifications against a real database with only the session mocked: 401 signed out, only the
// caller's own notifications (newest first, paged, the unread filter), the text in the caller's language (saved, else
// Accept-Language), the answer's shape (the response schema), and 400 naming a bad parameter.
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { myNotificationsResponseSchema } from "@/lib/api/notifications";

const route = await import("./route");
const get = (q: string, headers: Record<string, string> = {}) =>
  route.GET(new Request(`http://localhost/api/v1/me/notifications${q}`, { headers }));
const body = async (q: string, headers: Record<string, string> = {}) => {
  const res = await get(q, headers);
  expect(res.status).toBe(200);
  return myNotificationsResponseSchema.parse(await res.json());
};

describe("GET /api/v1/me/notifications", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  const ids: number[] = [];
  beforeAll(async () => {
    f = h.fixture;
    const lead = (n: number, minutesAgo: number, read = false) => ({
      userId: f.users.memberUserA.id,
      kind: "leadRating",
      text: { key: "notifications.events.leadRating", values: { lead: "Kenji", count: n } },
      href: `/members/${f.members.memberA.id}`,
      createdAt: new Date(Date.now() - minutesAgo * 60_000),
      readAt: read ? new Date() : null,
    });
    const rows = await h.db
      .insert(s.notifications)
      .values([
        lead(1, 30),
        lead(2, 20, true),
        lead(3, 10),
        // Another user's: never in member A's answer.
        { ...lead(9, 5), userId: f.users.leadA.id },
      ])
      .returning();
    ids.push(...rows.map((r) => r.id));
  });

  it("answers 401 signed out", async () => {
    actAs(null);
    const res = await get("");
    expect(res.status).toBe(401);
  });

  it("lists only the caller's own, newest first, with the unread count and the text in their language", async () => {
    actAs(f.actors.memberA);
    const all = await body("");
    expect(all.total).toBe(3);
    expect(all.unread).toBe(2);
    expect(all.items.map((i) => i.text)).toEqual([
      "Kenji rated 3 of your skills",
      "Kenji rated 2 of your skills",
      "Kenji rated 1 of your skills",
    ]);
    expect(all.items[0]).toMatchObject({
      id: ids[2],
      kind: "leadRating",
      href: `/members/${f.members.memberA.id}`,
      readAt: null,
    });
    expect(all.items[1].readAt).not.toBeNull();
    // Accept-Language when the user saved no language; the saved one over it.
    expect((await body("?limit=1", { "accept-language": "ja,en;q=0.5" })).items[0].text).toBe(
      "Kenjiさんがあなたのスキルを3件評価しました",
    );
    await h.db.update(s.users).set({ locale: "ja" }).where(eq(s.users.id, f.users.memberUserA.id));
    actAs({ ...f.actors.memberA, locale: "ja" });
    expect((await body("?limit=1", { "accept-language": "en" })).items[0].text).toBe(
      "Kenjiさんがあなたのスキルを3件評価しました",
    );
    await h.db.update(s.users).set({ locale: null }).where(eq(s.users.id, f.users.memberUserA.id));
  });

  it("filters the unread and pages", async () => {
    actAs(f.actors.memberA);
    const unread = await body("?unread=true");
    expect(unread).toMatchObject({ unread: 2, total: 2 });
    expect(unread.items.map((i) => i.id)).toEqual([ids[2], ids[0]]);
    const page = await body("?limit=1&offset=1");
    expect(page.total).toBe(3);
    expect(page.items.map((i) => i.id)).toEqual([ids[1]]);
    actAs(f.actors.leadA);
    expect((await body("")).items.map((i) => i.id)).toEqual([ids[3]]);
    actAs(f.actors.admin);
    expect(await body("")).toEqual({ unread: 0, total: 0, items: [] });
  });

  it("answers 400 naming a bad parameter", async () => {
    actAs(f.actors.memberA);
    for (const [q, name] of [
      ["?unread=yes", "unread"],
      ["?limit=0", "limit"],
      ["?limit=101", "limit"],
      ["?offset=-1", "offset"],
      ["?limit=abc", "limit"],
    ]) {
      const res = await get(q);
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: string }).error, q).toMatch(new RegExp(`^${name}`));
    }
  });
});
