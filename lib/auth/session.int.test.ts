// Sessions end when they should: a password reset, a disable, a role change and a JSON restore bump the user's
// session version, and a token carrying an older version no longer signs anyone in (checked on each request).
import { beforeAll, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import * as s from "../db/schema";
import { createTestDb } from "../db/test-db";
import type { Fixture } from "../testing/fixture";
import { actAs, serveDb, useIntegrationDb } from "../testing/integration";
import { resetUserPassword, setUserDisabled, updateUser } from "../actions/users";
import { exportOrganisation, importOrganisation, parseOrganisation } from "../transfer/org-json";

const state = vi.hoisted(() => ({ session: null as { user: { id: string; sessionVersion: number } } | null }));
vi.mock("./auth", () => ({ auth: async () => state.session }));
// The integration setup stands in for currentUser() (the actions here run as the administrator); this file tests
// the real one, reading the token that auth() returns.
const { currentUser } = await vi.importActual<typeof import("./session")>("./session");

const h = useIntegrationDb();
let f: Fixture;
const userRow = async (id: number) => (await h.db.select().from(s.users).where(eq(s.users.id, id)))[0];
/** A token as Auth.js would hand it out at sign-in: the user id and their session version then. */
const signIn = async (id: number) => {
  state.session = { user: { id: String(id), sessionVersion: (await userRow(id)).sessionVersion } };
  return state.session;
};
const as = (session: typeof state.session) => {
  state.session = session;
  return currentUser();
};

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
      const restorerToken = { user: { id: String(bootstrap.id), sessionVersion: bootstrap.sessionVersion } };
      expect(await as(restorerToken)).toMatchObject({ email: "restorer@t.test" });
      const parsed = parseOrganisation(JSON.stringify(data));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      await target.db.transaction((tx) => importOrganisation(tx, parsed.data));
      // The export's user with the restorer's old id is someone else now: the old token must not sign them in.
      const [sameId] = await target.db.select().from(s.users).where(eq(s.users.id, bootstrap.id));
      expect(sameId.email).not.toBe("restorer@t.test");
      expect(await as(restorerToken)).toBeNull();
    } finally {
      serveDb(h.db);
      await target.close();
    }
  });
});
