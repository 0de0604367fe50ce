// Sessions end when they should: a password reset, a disable, a role change and a JSON restore bump the user's
// session version, and a token carrying an older version no longer signs anyone in (checked on each request).
// Each sign-in has its own sessions row: signing out, or "End other sessions" elsewhere, ends that token at once.
// Tokens here come from the callbacks Auth.js runs (session-callbacks.ts: jwt at sign-in, events.signOut).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import * as s from "../db/schema";
import { createTestDb } from "../db/test-db";
import type { Fixture } from "../testing/fixture";
import { actAs, serveDb, useIntegrationDb } from "../testing/integration";
import { resetUserPassword, setUserDisabled, updateUser } from "../actions/users";
import { exportOrganisation, importOrganisation, parseOrganisation } from "../transfer/org-json";
import { endOtherSessions } from "../actions/sessions";
import { activeSessions } from "../db/queries/sessions";
import { SESSION_UNUSED_AFTER_S, startSession } from "./sessions";
import { authConfig } from "./auth.config";
import { jwtCallback, signOutEvent } from "./session-callbacks";

type Session = { user: { id: string; sessionVersion: number; sessionId?: string }; token?: JWT };
const state = vi.hoisted(() => ({ session: null as unknown }));
vi.mock("./auth", () => ({ auth: async () => state.session }));
// The integration setup stands in for currentUser() (the actions here run as the administrator); this file tests
// the real one, reading the token that auth() returns.
const { currentUser } = await vi.importActual<typeof import("./session")>("./session");

const h = useIntegrationDb();
let f: Fixture;
const userRow = async (id: number) => (await h.db.select().from(s.users).where(eq(s.users.id, id)))[0];
/** A sign-in as Auth.js runs it: the jwt callback (which starts a sessions row), then the session callback. */
const signIn = async (id: number): Promise<Session> => {
  const u = await userRow(id);
  const user = { id: String(id), email: u.email, name: u.name, role: u.role, sessionVersion: u.sessionVersion };
  const token = await jwtCallback({ token: { sub: String(id) }, user });
  const toSession = authConfig.callbacks.session as (p: unknown) => Session;
  const session = toSession({ session: { user: {}, expires: "" }, token });
  state.session = { ...session, token };
  return state.session as Session;
};
/** Sign-out as Auth.js runs it: the cookie is cleared and events.signOut gets the decoded token. */
const signOut = async (session: Session) => {
  await signOutEvent({ token: session.token ?? null });
};
const as = (session: Session | null) => {
  state.session = session;
  return currentUser();
};
const openSessions = async (userId: number) =>
  h.db
    .select()
    .from(s.sessions)
    .where(and(eq(s.sessions.userId, userId), isNull(s.sessions.revokedAt)));

beforeAll(async () => {
  f = h.fixture;
  actAs(f.actors.admin);
});

describe("session version", () => {
  it("a password reset ends the user's sessions; a new sign-in works", async () => {
    const id = f.users.memberUserA.id;
    const old = await signIn(id);
    expect(await as(old)).toMatchObject({ userId: id });
    expect(
      await resetUserPassword({ id, version: (await userRow(id)).version, password: "a-new-password-1" }),
    ).toMatchObject({ ok: true });
    expect(await as(old)).toBeNull();
    // Its row is revoked too, so the user's sessions list does not show it.
    expect(await openSessions(id)).toEqual([]);
    expect(await as(await signIn(id))).toMatchObject({ userId: id });
  });

  it("disabling ends them (and enabling does not bring the old token back)", async () => {
    const id = f.users.leadB.id;
    const old = await signIn(id);
    expect(await setUserDisabled({ id, version: (await userRow(id)).version, disabled: true })).toMatchObject({
      ok: true,
    });
    expect(await as(old)).toBeNull();
    expect(await as(await signIn(id))).toBeNull(); // disabled: no session at all
    expect(await setUserDisabled({ id, version: (await userRow(id)).version, disabled: false })).toMatchObject({
      ok: true,
    });
    expect(await as(old)).toBeNull();
    expect(await as(await signIn(id))).toMatchObject({ userId: id });
  });

  it("a role change ends them; a change of name only does not", async () => {
    const u = await userRow(f.users.leadC.id);
    const old = await signIn(u.id);
    expect(
      await updateUser({
        id: u.id,
        version: u.version,
        name: "Lead C renamed",
        role: u.role,
        departmentId: u.departmentId,
      }),
    ).toMatchObject({ ok: true });
    expect(await as(old)).toMatchObject({ userId: u.id, name: "Lead C renamed" });
    expect(
      await updateUser({
        id: u.id,
        version: u.version + 1,
        name: "Lead C renamed",
        role: "member",
        departmentId: u.departmentId,
      }),
    ).toMatchObject({ ok: true });
    expect(await as(old)).toBeNull();
    expect(await as(await signIn(u.id))).toMatchObject({ role: "member" });
  });

  it("a JSON restore ends every session, including the restoring administrator's on an id the export reuses", async () => {
    const data = JSON.parse(JSON.stringify(await exportOrganisation(h.db)));
    expect(data.tables.users[0]).not.toHaveProperty("sessionVersion");
    const target = await createTestDb();
    try {
      const [bootstrap] = await target.db
        .insert(s.users)
        .values({ email: "restorer@t.test", name: "Restorer", role: "admin", passwordHash: null })
        .returning();
      serveDb(target.db);
      const sessionId = await startSession(target.db, bootstrap.id, null);
      const restorerToken = { user: { id: String(bootstrap.id), sessionVersion: bootstrap.sessionVersion, sessionId } };
      expect(await as(restorerToken)).toMatchObject({ email: "restorer@t.test" });
      const parsed = parseOrganisation(JSON.stringify(data));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      await target.db.transaction((tx) => importOrganisation(tx, parsed.data));
      // The export's user with the restorer's old id is someone else now: the old token must not sign them in.
      const [sameId] = await target.db.select().from(s.users).where(eq(s.users.id, bootstrap.id));
      expect(sameId.email).not.toBe("restorer@t.test");
      expect(await as(restorerToken)).toBeNull();
      expect(await target.db.select().from(s.sessions)).toEqual([]);
    } finally {
      serveDb(h.db);
      await target.close();
    }
  });
});

describe("sessions kept in the database", () => {
  it("signing out ends that token at once, and only that device's", async () => {
    const id = f.users.head1.id;
    const laptop = await signIn(id);
    const phone = await signIn(id);
    expect(laptop.user.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(phone.user.sessionId).not.toBe(laptop.user.sessionId);
    expect(await as(laptop)).toMatchObject({ userId: id, sessionId: laptop.user.sessionId });
    await signOut(laptop);
    // The copied cookie still decodes and has not expired, but signs nobody in.
    expect(await as(laptop)).toBeNull();
    expect(await as(phone)).toMatchObject({ userId: id });
    expect((await openSessions(id)).map((r) => r.id)).toEqual([phone.user.sessionId]);
  });

  it("a token without a session id, or with someone else's or an unknown one, signs nobody in", async () => {
    const id = f.users.head1.id;
    const other = await signIn(f.users.leadA.id);
    const { sessionVersion } = await userRow(id);
    expect(await as({ user: { id: String(id), sessionVersion } })).toBeNull();
    expect(await as({ user: { id: String(id), sessionVersion, sessionId: other.user.sessionId } })).toBeNull();
    expect(await as({ user: { id: String(id), sessionVersion, sessionId: "x".repeat(43) } })).toBeNull();
  });

  it("ending other sessions keeps this one, ends the rest, and is audited", async () => {
    const id = f.users.head1.id;
    const [a, b, here] = [await signIn(id), await signIn(id), await signIn(id)];
    const actor = await as(here);
    expect(actor).not.toBeNull();
    actAs(actor);
    try {
      const result = await endOtherSessions({});
      expect(result).toMatchObject({ ok: true, data: { ended: 3 }, message: "Ended 3 other sessions." });
      expect(await endOtherSessions({})).toMatchObject({ ok: true, data: { ended: 0 } });
      expect(await endOtherSessions({ userId: f.users.admin.id })).toMatchObject({ ok: false, code: "validation" });
    } finally {
      actAs(f.actors.admin);
    }
    expect(await as(a)).toBeNull();
    expect(await as(b)).toBeNull();
    expect(await as(here)).toMatchObject({ userId: id });
    expect((await activeSessions(h.db, id, SESSION_UNUSED_AFTER_S)).map((r) => r.id)).toEqual([here.user.sessionId]);
    const [audit] = await h.db.select().from(s.auditLog).orderBy(desc(s.auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actorUserId: id, action: "sessions.end_others", entityId: String(id) });
  });

  it("a session unused for longer than a token lives is not listed, and goes at the user's next sign-in", async () => {
    const id = f.users.head2.id;
    const stale = await signIn(id);
    const unused = new Date(Date.now() - (SESSION_UNUSED_AFTER_S + 60) * 1000);
    await h.db.update(s.sessions).set({ lastSeenAt: unused }).where(eq(s.sessions.id, stale.user.sessionId!));
    expect(await activeSessions(h.db, id, SESSION_UNUSED_AFTER_S)).toEqual([]);
    const fresh = await signIn(id);
    const rows = await h.db.select().from(s.sessions).where(eq(s.sessions.userId, id));
    expect(rows.map((r) => r.id)).toEqual([fresh.user.sessionId]);
  });

  it("last seen is written when a few minutes old, not on every request", async () => {
    const session = await signIn(f.users.head1.id);
    const sid = session.user.sessionId!;
    const lastSeen = async () => (await h.db.select().from(s.sessions).where(eq(s.sessions.id, sid)))[0].lastSeenAt;
    const fresh = await lastSeen();
    await as(session);
    expect(await lastSeen()).toEqual(fresh);
    const old = new Date(Date.now() - 10 * 60_000);
    await h.db.update(s.sessions).set({ lastSeenAt: old }).where(eq(s.sessions.id, sid));
    await as(session);
    expect((await lastSeen()).getTime()).toBeGreaterThan(old.getTime() + 9 * 60_000);
  });
});
