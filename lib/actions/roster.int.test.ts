// Roster actions (departments, teams, members, users): the authorization matrix against policy.ts, bad input
// sent straight to each action, concurrent edits, archive/restore — on a real (PGlite) database.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, serveDb, useIntegrationDb } from "@/lib/testing/integration";
import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import * as s from "../db/schema";
import type { Fixture } from "../testing/fixture";
import type { CurrentUser } from "../auth/session";
import type { ActionResult } from "./run";
import { createDepartment, renameDepartment } from "./departments";
import { archiveTeam, createTeam, restoreTeam, setTeamLeads, updateTeam } from "./teams";
import { archiveMember, createMember, moveMember, restoreMember, updateMember } from "./members";
import { createUser, resetUserPassword, setUserDisabled, updateUser } from "./users";

const h = useIntegrationDb();
let f: Fixture;
beforeAll(async () => {
  f = h.fixture;
});

/** Every roster table and the audit log, in a stable order: "nothing changed" means this is equal. */
async function snapshot(db: Db) {
  const [departments, teams, leads, members, users, [audit]] = await Promise.all([
    db.select().from(s.departments).orderBy(asc(s.departments.id)),
    db.select().from(s.teams).orderBy(asc(s.teams.id)),
    db.select().from(s.teamLeads).orderBy(asc(s.teamLeads.teamId), asc(s.teamLeads.userId)),
    db.select().from(s.members).orderBy(asc(s.members.id)),
    db.select().from(s.users).orderBy(asc(s.users.id)),
    db.select({ n: count() }).from(s.auditLog),
  ]);
  return { departments, teams, leads, members, users, audit: audit.n };
}

const ROLLBACK = new Error("rollback");
/** Runs `body` in a transaction that is always rolled back, so each case starts from the fixture. */
async function isolated(body: (db: Db) => Promise<void>) {
  try {
    await h.db.transaction(async (tx) => {
      serveDb(tx as unknown as Db);
      await body(tx as unknown as Db);
      throw ROLLBACK;
    });
  } catch (e) {
    if (e !== ROLLBACK) throw e;
  } finally {
    serveDb(h.db);
  }
}

type ActorName = "admin" | "head1" | "head2" | "leadA" | "leadB" | "memberA";
const ACTORS: ActorName[] = ["admin", "head1", "head2", "leadA", "leadB", "memberA"];
type Target = "A" | "B" | "C";
type Case = {
  name: string;
  /** Who may, per target, exactly as policy.ts says. */
  allowed: Record<Target, readonly ActorName[]>;
  setup?: (db: Db, t: Target) => Promise<void>;
  call: (t: Target) => Promise<ActionResult<unknown>>;
  /** The answer to someone not allowed: "not_found" when the row is outside what they may read (as for an unknown id). */
  denial?: (t: Target, who: ActorName) => string;
};

const ALL: ActorName[] = ["admin"];
const MEMBER_MANAGE = {
  A: ["admin", "head1", "leadA"],
  B: ["admin", "head1", "leadB"],
  C: ["admin", "head2"],
} as const;
const TEAM_MANAGE = { A: ["admin", "head1"], B: ["admin", "head1"], C: ["admin", "head2"] } as const;
const ADMIN_ONLY = { A: ALL, B: ALL, C: ALL };
/** Who may read the row (member.read on the member, team.read on the team): everyone else is told "not found". */
const READS = { A: ["admin", "head1", "leadA"], B: ["admin", "head1", "leadB"], C: ["admin", "head2"] } as const;
const hiddenUnlessReads = (t: Target, who: ActorName) =>
  (READS[t] as readonly string[]).includes(who) ? "forbidden" : "not_found";

const team = (t: Target) => ({ A: f.teams.teamA, B: f.teams.teamB, C: f.teams.teamC })[t];
const memberOf = (t: Target) => ({ A: f.members.memberA2, B: f.members.memberB, C: f.members.memberC })[t];
const userOf = (t: Target) => ({ A: f.users.memberUserA, B: f.users.leadB, C: f.users.leadC })[t];

const CASES: Case[] = [
  {
    // A team the actor may not read is "Choose an existing team", as for an unknown id.
    name: "createMember",
    allowed: MEMBER_MANAGE,
    denial: () => "validation",
    call: (t) => createMember({ teamId: team(t).id, name: "New Person", jobTitle: "Engineer" }),
  },
  {
    name: "updateMember",
    allowed: MEMBER_MANAGE,
    denial: hiddenUnlessReads,
    call: (t) => updateMember({ id: memberOf(t).id, version: 1, name: "Renamed", jobTitle: "Senior engineer" }),
  },
  {
    // Moving needs member.manage on both teams: A→B, B→A, C→A.
    name: "moveMember",
    allowed: { A: ["admin", "head1"], B: ["admin", "head1"], C: ["admin"] },
    // Readers of the member who may not read the target team get "Choose an existing team".
    denial: (t, who) => (hiddenUnlessReads(t, who) === "not_found" ? "not_found" : "validation"),
    call: (t) => moveMember({ id: memberOf(t).id, version: 1, teamId: (t === "A" ? f.teams.teamB : f.teams.teamA).id }),
  },
  {
    name: "archiveMember",
    allowed: MEMBER_MANAGE,
    denial: hiddenUnlessReads,
    call: (t) => archiveMember({ id: memberOf(t).id, version: 1 }),
  },
  {
    name: "restoreMember",
    allowed: MEMBER_MANAGE,
    denial: hiddenUnlessReads,
    setup: async (db, t) =>
      void (await db
        .update(s.members)
        .set({ archivedAt: new Date() })
        .where(eq(s.members.id, memberOf(t).id))),
    call: (t) => restoreMember({ id: memberOf(t).id, version: 1 }),
  },
  {
    // A department the actor may not read (department.read: its head, admins) is "Choose an existing department".
    name: "createTeam",
    allowed: TEAM_MANAGE,
    denial: () => "validation",
    call: (t) => createTeam({ departmentId: team(t).departmentId, name: `New team ${t}`, field: "hardware" }),
  },
  {
    name: "updateTeam",
    allowed: TEAM_MANAGE,
    denial: hiddenUnlessReads,
    call: (t) => updateTeam({ id: team(t).id, version: 1, name: `Renamed ${t}`, field: "software" }),
  },
  {
    name: "setTeamLeads",
    allowed: TEAM_MANAGE,
    denial: hiddenUnlessReads,
    call: (t) => setTeamLeads({ id: team(t).id, version: 1, leadUserIds: [] }),
  },
  {
    name: "archiveTeam",
    allowed: TEAM_MANAGE,
    denial: hiddenUnlessReads,
    setup: async (db, t) =>
      void (await db
        .update(s.members)
        .set({ archivedAt: new Date() })
        .where(eq(s.members.teamId, team(t).id))),
    call: (t) => archiveTeam({ id: team(t).id, version: 1 }),
  },
  {
    name: "restoreTeam",
    allowed: TEAM_MANAGE,
    denial: hiddenUnlessReads,
    setup: async (db, t) =>
      void (await db
        .update(s.teams)
        .set({ archivedAt: new Date() })
        .where(eq(s.teams.id, team(t).id))),
    call: (t) => restoreTeam({ id: team(t).id, version: 1 }),
  },
  { name: "createDepartment", allowed: ADMIN_ONLY, call: (t) => createDepartment({ name: `Dept ${t} new` }) },
  {
    name: "renameDepartment",
    allowed: TEAM_MANAGE, // department.manage: admin, or the head of that department
    denial: () => "not_found", // department.read is the same set: nobody else sees the department
    call: (t) => renameDepartment({ id: team(t).departmentId, version: 1, name: `Dept renamed ${t}` }),
  },
  {
    name: "createUser",
    allowed: ADMIN_ONLY,
    call: (t) =>
      createUser({
        email: `New.${t}@T.test`,
        name: "New",
        role: "member",
        departmentId: team(t).departmentId,
        password: "a-long-password-1",
      }),
  },
  {
    name: "updateUser",
    allowed: ADMIN_ONLY,
    call: (t) => updateUser({ id: userOf(t).id, version: 1, name: "Renamed", role: userOf(t).role }),
  },
  {
    name: "setUserDisabled",
    allowed: ADMIN_ONLY,
    call: (t) => setUserDisabled({ id: userOf(t).id, version: 1, disabled: true }),
  },
  {
    name: "resetUserPassword",
    allowed: ADMIN_ONLY,
    call: (t) => resetUserPassword({ id: userOf(t).id, version: 1, password: "another-long-password" }),
  },
];

describe("authorization matrix (every roster action × actor × team A / B / C)", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const outcomes: string[] = [];
      for (const t of ["A", "B", "C"] as const) {
        for (const who of ACTORS) {
          await isolated(async (db) => {
            await c.setup?.(db, t);
            const before = await snapshot(db);
            actAs(f.actors[who] as CurrentUser);
            const result = await c.call(t);
            const allowed = (c.allowed[t] as readonly string[]).includes(who);
            outcomes.push(`${t} ${who}: ${result.ok ? "ok" : result.code}`);
            if (allowed) {
              expect(result, `${c.name} ${t} as ${who}: ${JSON.stringify(result)}`).toMatchObject({ ok: true });
              expect((await snapshot(db)).audit).toBe(before.audit + 1);
            } else {
              expect(result, `${c.name} ${t} as ${who}`).toMatchObject({
                ok: false,
                code: c.denial?.(t, who) ?? "forbidden",
              });
              expect(await snapshot(db)).toEqual(before);
            }
          });
        }
      }
      expect(outcomes).toHaveLength(18);
    });
  }
});

describe("bad input sent straight to each action", () => {
  const big = "x".repeat(100_000);
  type Bad = [
    name: string,
    call: (input: unknown) => Promise<ActionResult<unknown>>,
    valid: () => Record<string, unknown>,
    field: string,
  ];
  const BAD: Bad[] = [
    ["createMember", createMember, () => ({ teamId: f.teams.teamA.id, name: "P" }), "name"],
    ["updateMember", updateMember, () => ({ id: f.members.memberA2.id, version: 1, name: "P" }), "name"],
    ["moveMember", moveMember, () => ({ id: f.members.memberA2.id, version: 1, teamId: f.teams.teamB.id }), "teamId"],
    ["archiveMember", archiveMember, () => ({ id: f.members.memberA2.id, version: 1 }), "id"],
    ["restoreMember", restoreMember, () => ({ id: f.members.memberA2.id, version: 1 }), "id"],
    ["createTeam", createTeam, () => ({ departmentId: f.departments.dept1.id, name: "T", field: "hardware" }), "name"],
    ["updateTeam", updateTeam, () => ({ id: f.teams.teamA.id, version: 1, name: "T", field: "hardware" }), "name"],
    ["setTeamLeads", setTeamLeads, () => ({ id: f.teams.teamA.id, version: 1, leadUserIds: [f.users.leadA.id] }), "id"],
    ["archiveTeam", archiveTeam, () => ({ id: f.teams.teamA.id, version: 1 }), "id"],
    ["restoreTeam", restoreTeam, () => ({ id: f.teams.teamA.id, version: 1 }), "id"],
    ["createDepartment", createDepartment, () => ({ name: "D" }), "name"],
    ["renameDepartment", renameDepartment, () => ({ id: f.departments.dept1.id, version: 1, name: "D" }), "name"],
    [
      "createUser",
      createUser,
      () => ({
        email: "x@t.test",
        name: "X",
        role: "member",
        departmentId: f.departments.dept1.id,
        password: "long-enough-password",
      }),
      "email",
    ],
    ["updateUser", updateUser, () => ({ id: f.users.leadB.id, version: 1, name: "X", role: "lead" }), "name"],
    ["setUserDisabled", setUserDisabled, () => ({ id: f.users.leadB.id, version: 1, disabled: true }), "disabled"],
    [
      "resetUserPassword",
      resetUserPassword,
      () => ({ id: f.users.leadB.id, version: 1, password: "long-enough-password" }),
      "password",
    ],
  ];

  for (const [name, call, valid, field] of BAD) {
    it(name, async () => {
      actAs(f.actors.admin);
      const before = await snapshot(h.db);
      const attempts: [unknown, string][] = [
        [{}, field],
        [null, "form"],
        ["not an object", "form"],
        [{ ...valid(), [field]: { nested: true } }, field],
        [{ ...valid(), unexpected: 1 }, "unexpected"],
        [{ ...valid(), [field]: typeof valid()[field] === "string" ? big : 12.5 }, field],
        [{ ...valid(), version: "one" }, "version"],
      ];
      for (const [input, key] of attempts) {
        if (key === "version" && !("version" in valid())) continue;
        const r = await call(input);
        expect(r, `${name} ${JSON.stringify(input).slice(0, 80)}`).toMatchObject({ ok: false, code: "validation" });
        // Every error is keyed by the field at fault, an unknown key by its own name.
        if (!r.ok) expect(r.fieldErrors, `${name}: ${JSON.stringify(r.fieldErrors)}`).toHaveProperty([key]);
      }
      expect(await snapshot(h.db)).toEqual(before);
    });
  }

  it("names are capped at 200 characters, emails must be valid", async () => {
    actAs(f.actors.admin);
    const before = await snapshot(h.db);
    const long = await createMember({ teamId: f.teams.teamA.id, name: "n".repeat(201) });
    expect(long).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/200/) } });
    for (const email of ["not-an-email", "a@", "@b.c", "a b@c.d"]) {
      expect(await createMember({ teamId: f.teams.teamA.id, name: "P", email })).toMatchObject({
        ok: false,
        fieldErrors: { email: expect.any(String) },
      });
      expect(await createUser({ email, name: "P", role: "admin", password: "long-enough-password" })).toMatchObject({
        ok: false,
        fieldErrors: { email: expect.any(String) },
      });
    }
    expect(await snapshot(h.db)).toEqual(before);
  });

  it("a team of another department: the field is named, nothing changes", async () => {
    const before = await snapshot(h.db);
    actAs(f.actors.head1);
    expect(await createMember({ teamId: f.teams.teamC.id, name: "P" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { teamId: "Choose an existing team." },
    });
    expect(await createMember({ teamId: 999_999, name: "P" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { teamId: "Choose an existing team." },
    });
    expect(await moveMember({ id: f.members.memberA2.id, version: 1, teamId: f.teams.teamC.id })).toMatchObject({
      ok: false,
      fieldErrors: { teamId: expect.any(String) },
    });
    expect(await createTeam({ departmentId: f.departments.dept2.id, name: "X" })).toMatchObject({
      ok: false,
      fieldErrors: { departmentId: expect.any(String) },
    });
    actAs(f.actors.admin);
    // A lead of another department, an account of another department, an account moved across departments.
    expect(await setTeamLeads({ id: f.teams.teamA.id, version: 1, leadUserIds: [f.users.leadC.id] })).toMatchObject({
      ok: false,
      fieldErrors: { leadUserIds: expect.any(String) },
    });
    expect(await setTeamLeads({ id: f.teams.teamA.id, version: 1, leadUserIds: [f.users.head1.id] })).toMatchObject({
      ok: false,
      fieldErrors: { leadUserIds: expect.any(String) },
    });
    expect(await createMember({ teamId: f.teams.teamC.id, name: "P", userId: f.users.head1.id })).toMatchObject({
      ok: false,
      fieldErrors: { userId: expect.any(String) },
    });
    expect(await createMember({ teamId: f.teams.teamA.id, name: "P", userId: f.users.memberUserA.id })).toMatchObject({
      ok: false,
      fieldErrors: { userId: expect.stringMatching(/already linked/) },
    });
    expect(await moveMember({ id: f.members.memberA.id, version: 1, teamId: f.teams.teamC.id })).toMatchObject({
      ok: false,
      fieldErrors: { teamId: expect.any(String) },
    });
    expect(await createTeam({ departmentId: 999_999, name: "X" })).toMatchObject({
      ok: false,
      fieldErrors: { departmentId: expect.any(String) },
    });
    expect(
      await createUser({ email: "head@x.test", name: "H", role: "head", password: "long-enough-password" }),
    ).toMatchObject({ ok: false, fieldErrors: { departmentId: expect.any(String) } });
    expect(await snapshot(h.db)).toEqual(before);
  });

  it("duplicate emails (any case) get a field error", async () => {
    actAs(f.actors.admin);
    const before = await snapshot(h.db);
    const r = await createUser({
      email: "  LeadA@T.test ",
      name: "Dup",
      role: "member",
      departmentId: f.departments.dept1.id,
      password: "long-enough-password",
    });
    expect(r).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { email: expect.stringMatching(/already exists/) },
    });
    expect(await snapshot(h.db)).toEqual(before);
  });
});

describe("writes", () => {
  it("two concurrent edits of one member with the same version: one wins, one conflicts, nothing lost", async () => {
    actAs(f.actors.leadA);
    const id = f.members.memberA2.id;
    const [{ version }] = await h.db.select({ version: s.members.version }).from(s.members).where(eq(s.members.id, id));
    const auditBefore = (await snapshot(h.db)).audit;
    const results = await Promise.all([
      updateMember({ id, version, name: "Edit One", jobTitle: "First" }),
      updateMember({ id, version, name: "Edit Two", jobTitle: "Second" }),
    ]);
    const ok = results.filter((r) => r.ok);
    const conflicts = results.filter((r) => !r.ok && r.code === "conflict");
    expect(ok).toHaveLength(1);
    expect(conflicts).toHaveLength(1);
    const winner = results[0].ok ? { name: "Edit One", jobTitle: "First" } : { name: "Edit Two", jobTitle: "Second" };
    const [row] = await h.db.select().from(s.members).where(eq(s.members.id, id));
    expect(row).toMatchObject({ ...winner, version: version + 1 });
    expect((await snapshot(h.db)).audit).toBe(auditBefore + 1);
    // The loser reloads and retries on the new version: it succeeds and the winner's edit is its "before".
    const retry = await updateMember({ id, version: version + 1, name: "Edit Three" });
    expect(retry).toMatchObject({ ok: true });
    const [audit] = await h.db
      .select()
      .from(s.auditLog)
      .where(eq(s.auditLog.entityId, String(id)))
      .orderBy(asc(s.auditLog.id));
    expect(audit).toBeDefined();
    const [again] = await h.db.select().from(s.members).where(eq(s.members.id, id));
    expect(again).toMatchObject({ name: "Edit Three", jobTitle: winner.jobTitle });
  });

  it("archive and restore keep the member and their records; audit rows hold before and after", async () => {
    actAs(f.actors.leadA);
    const id = f.members.memberA.id;
    await h.db.insert(s.exams).values({ memberId: id, exam: "FE", reviewState: "approved" });
    const [m] = await h.db.select().from(s.members).where(eq(s.members.id, id));
    const archived = await archiveMember({ id, version: m.version });
    expect(archived).toMatchObject({ ok: true });
    expect(await archiveMember({ id, version: m.version })).toMatchObject({ ok: false, code: "conflict" });
    const [gone] = await h.db.select().from(s.members).where(eq(s.members.id, id));
    expect(gone.archivedAt).not.toBeNull();
    expect(await h.db.select().from(s.exams).where(eq(s.exams.memberId, id))).toHaveLength(1);
    const restored = await restoreMember({ id, version: gone.version });
    expect(restored).toMatchObject({ ok: true });
    const [back] = await h.db.select().from(s.members).where(eq(s.members.id, id));
    expect(back).toMatchObject({ archivedAt: null, userId: f.users.memberUserA.id, name: m.name });
    const audits = await h.db
      .select()
      .from(s.auditLog)
      .where(eq(s.auditLog.entity, "member"))
      .orderBy(asc(s.auditLog.id));
    const last = audits.at(-1)!;
    expect(last).toMatchObject({ action: "restore", entityId: String(id), actorUserId: f.users.leadA.id });
    expect((last.before as { archivedAt: string | null }).archivedAt).not.toBeNull();
    expect((last.after as { archivedAt: string | null }).archivedAt).toBeNull();
  });

  it("users: emails lower-cased, passwords hashed and never in audit rows; a lead's teams follow their role", async () => {
    actAs(f.actors.admin);
    const created = await createUser({
      email: " Someone@Example.TEST ",
      name: "Someone",
      role: "lead",
      departmentId: f.departments.dept1.id,
      password: "a-very-long-password",
    });
    expect(created).toMatchObject({ ok: true });
    const [u] = await h.db.select().from(s.users).where(eq(s.users.email, "someone@example.test"));
    expect(u.passwordHash).toMatch(/^\$2[aby]\$/);
    const leads = await setTeamLeads({
      id: f.teams.teamA.id,
      version: (await h.db.select().from(s.teams).where(eq(s.teams.id, f.teams.teamA.id)))[0].version,
      leadUserIds: [f.users.leadA.id, u.id],
    });
    expect(leads).toMatchObject({ ok: true });
    expect(await resetUserPassword({ id: u.id, version: u.version, password: "yet-another-password" })).toMatchObject({
      ok: true,
    });
    const demoted = await updateUser({ id: u.id, version: u.version + 1, name: "Someone", role: "member" });
    expect(demoted).toMatchObject({ ok: true });
    expect(await h.db.select().from(s.teamLeads).where(eq(s.teamLeads.userId, u.id))).toHaveLength(0);
    const rows = await h.db.select().from(s.auditLog).where(eq(s.auditLog.entity, "user"));
    for (const r of rows) expect(JSON.stringify(r)).not.toMatch(/\$2[aby]\$|passwordHash/);
    // An admin cannot lock themselves out.
    expect(await setUserDisabled({ id: f.users.admin.id, version: 1, disabled: true })).toMatchObject({ ok: false });
    expect(await updateUser({ id: f.users.admin.id, version: 1, name: "admin", role: "member" })).toMatchObject({
      ok: false,
      fieldErrors: { role: expect.any(String) },
    });
  });
});
