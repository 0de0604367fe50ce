// The in-app notifications the writes cause (docs/notifications.md), on a real database: each event reaches exactly
// the users it concerns — a member's submission only their own team's leads, a review only the member, a lead rating
// only the member, a level reached the member and their team's leads — in the words of each reader's language; a
// rolled-back write (an approval on a stale version) notifies nobody; a first standing and refreshAll notify nobody.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import type { CurrentUser } from "@/lib/auth/session";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { translate, type Text } from "@/lib/i18n/text";
import { createProject } from "@/lib/actions/projects";
import { createCertification } from "@/lib/actions/certifications";
import { saveSpecialties } from "@/lib/actions/contributions";
import { setSkillRating } from "@/lib/actions/skills";
import { approveRecord, approveRecords, rejectRecord, rejectRecords, submitRecord } from "@/lib/actions/review";

const h = useIntegrationDb();
let f: Fixture;
let db: Db;

const project = {
  field: "hardware",
  name: "Server refresh",
  role: "leader",
  status: "completed",
  successful: true,
  complexity: ["multi_platform", "multi_vendor"],
  scope: "specific_users",
} as const;

type Row = typeof s.notifications.$inferSelect;
const all = async (): Promise<Row[]> => db.select().from(s.notifications).orderBy(s.notifications.id);
/** The notifications written since `before`, as "userId kind". */
const since = async (before: number) => (await all()).filter((n) => n.id > before);
const lastId = async () => (await all()).at(-1)?.id ?? 0;
const words = (n: Row, locale: "en" | "ja" = "en") => translate(locale, n.text as Text);
const version = async (t: typeof s.projects | typeof s.specialties | typeof s.certifications, id: number) =>
  (await db.select({ v: t.version }).from(t).where(eq(t.id, id)))[0].v;

beforeAll(async () => {
  db = h.db;
  f = h.fixture;
});

let seq = 0;
/** A new member of team A with their own account ("Member N"), signed in as themselves. */
async function newMember() {
  seq += 1;
  const [user] = await db
    .insert(s.users)
    .values({ email: `m${seq}@t.test`, name: `Member ${seq}`, role: "member", departmentId: f.departments.dept1.id })
    .returning();
  const [member] = await db
    .insert(s.members)
    .values({ teamId: f.teams.teamA.id, name: `Member ${seq}`, userId: user.id })
    .returning();
  const actor: CurrentUser = {
    userId: user.id,
    role: "member",
    departmentId: user.departmentId,
    leadTeamIds: [],
    memberId: member.id,
    name: user.name,
    email: user.email,
  };
  return { user, member, actor };
}

/** A project and a specialty area of a new member, submitted by that member: approving both raises Hardware to 3. */
async function submittedPair() {
  const { user, member, actor } = await newMember();
  const memberId = member.id;
  actAs(actor);
  const created = await createProject({ memberId, ...project });
  const pid = created.ok ? (created.data as { id: number }).id : 0;
  await saveSpecialties({ memberId, field: "hardware", areas: ["first_support_contact"] });
  const sp = (
    await db
      .select()
      .from(s.specialties)
      .where(and(eq(s.specialties.memberId, memberId), eq(s.specialties.reviewState, "draft")))
  )[0];
  expect(
    await submitRecord({ entity: "project", id: pid, memberId, version: await version(s.projects, pid) }),
  ).toMatchObject({ ok: true });
  expect(
    await submitRecord({ entity: "specialty", id: sp.id, memberId, version: await version(s.specialties, sp.id) }),
  ).toMatchObject({ ok: true });
  return { memberId, pid, spId: sp.id, userId: user.id, name: member.name };
}

describe("events of the record writes", () => {
  beforeEach(async () => {
    await db.delete(s.notifications);
  });

  it("a submission reaches only the leads of the member's team, never the submitter", async () => {
    const before = await lastId();
    const { pid, name } = await submittedPair();
    const rows = await since(before);
    expect(rows.map((n) => [n.userId, n.kind])).toEqual([
      [f.users.leadA.id, "recordSubmitted"],
      [f.users.leadA.id, "recordSubmitted"],
    ]);
    expect(words(rows[0])).toBe(`${name} submitted the project “Server refresh” for review`);
    expect(words(rows[0], "ja")).toBe(`${name}さんがプロジェクト「Server refresh」をレビューに提出しました`);
    expect(rows[0].href).toBe(`/reviews?teamId=${f.teams.teamA.id}`);
    expect(rows.every((n) => n.readAt === null && n.mailState === "none")).toBe(true);
    expect(pid).toBeGreaterThan(0);
  });

  it("a lead's own submission for a member does not notify that lead (another lead of the team still hears)", async () => {
    await db.insert(s.teamLeads).values({ teamId: f.teams.teamA.id, userId: f.users.leadB.id });
    try {
      actAs(f.actors.leadA);
      const memberId = f.members.memberA2.id;
      const created = await createProject({ memberId, ...project, name: "Lead's entry" });
      const id = created.ok ? (created.data as { id: number }).id : 0;
      const before = await lastId();
      expect(
        await submitRecord({ entity: "project", id, memberId, version: await version(s.projects, id) }),
      ).toMatchObject({ ok: true });
      expect((await since(before)).map((n) => n.userId)).toEqual([f.users.leadB.id]);
    } finally {
      await db
        .delete(s.teamLeads)
        .where(and(eq(s.teamLeads.teamId, f.teams.teamA.id), eq(s.teamLeads.userId, f.users.leadB.id)));
    }
  });

  it("every record kind's submission notifies (a certification too)", async () => {
    actAs(f.actors.memberA);
    const memberId = f.members.memberA.id;
    const created = await createCertification({ memberId, name: "CCNA", issuer: "Cisco" });
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? (created.data as { id: number }).id : 0;
    const before = await lastId();
    await submitRecord({ entity: "certification", id, memberId, version: await version(s.certifications, id) });
    const rows = await since(before);
    expect(rows.map((n) => [n.userId, n.kind, words(n)])).toEqual([
      [f.users.leadA.id, "recordSubmitted", "Member A (has account) submitted the certification “CCNA” for review"],
    ]);
  });

  it("approval tells the member, and the level it raises tells the member and the team's leads", async () => {
    const { memberId, pid, spId, userId, name } = await submittedPair();
    actAs(f.actors.leadA);
    const before = await lastId();
    expect(
      await approveRecord({
        entity: "project",
        id: pid,
        memberId,
        version: await version(s.projects, pid),
        comment: "Well documented",
      }),
    ).toMatchObject({ ok: true });
    let rows = await since(before);
    expect(rows.map((n) => [n.userId, n.kind, words(n)])).toEqual([
      [userId, "recordReviewed", "Your project “Server refresh” was approved: “Well documented”"],
    ]);
    const mid = await lastId();
    expect(
      await approveRecord({
        entity: "specialty",
        id: spId,
        memberId,
        version: await version(s.specialties, spId),
        comment: "",
      }),
    ).toMatchObject({ ok: true });
    rows = await since(mid);
    expect(rows.map((n) => [n.userId, n.kind])).toEqual([
      [userId, "recordReviewed"],
      [userId, "levelReached"],
      [f.users.leadA.id, "levelReached"],
    ]);
    expect(words(rows[1])).toBe("You reached level 3 in Hardware");
    expect(words(rows[2])).toBe(`${name} reached level 3 in Hardware`);
    expect(words(rows[2], "ja")).toBe(`${name}さんがハードウェアでレベル3に到達しました`);
    expect(rows[2].href).toBe(`/members/${memberId}`);
  });

  it("a rejection tells the member with the reviewer's comment, in their language", async () => {
    const { memberId, pid, userId } = await submittedPair();
    actAs(f.actors.leadA);
    const before = await lastId();
    expect(
      await rejectRecord({
        entity: "project",
        id: pid,
        memberId,
        version: await version(s.projects, pid),
        comment: "Add the customer's name",
      }),
    ).toMatchObject({ ok: true });
    const rows = await since(before);
    expect(rows.map((n) => [n.userId, words(n)])).toEqual([
      [userId, "Your project “Server refresh” was rejected: “Add the customer's name”"],
    ]);
    expect(words(rows[0], "ja")).toBe(
      "あなたのプロジェクト「Server refresh」が却下されました：「Add the customer's name」",
    );
  });

  it("bulk approval and rejection tell each member once per record", async () => {
    const first = await submittedPair();
    actAs(f.actors.leadA);
    let before = await lastId();
    expect(
      await rejectRecords({
        records: [
          { entity: "project", id: first.pid, memberId: first.memberId, version: await version(s.projects, first.pid) },
        ],
        comment: "Which customer?",
      }),
    ).toMatchObject({ ok: true });
    expect((await since(before)).map((n) => [n.userId, n.kind, words(n)])).toEqual([
      [first.userId, "recordReviewed", "Your project “Server refresh” was rejected: “Which customer?”"],
    ]);
    const second = await submittedPair();
    actAs(f.actors.leadA);
    before = await lastId();
    expect(
      await approveRecords({
        records: [
          {
            entity: "project",
            id: second.pid,
            memberId: second.memberId,
            version: await version(s.projects, second.pid),
          },
          {
            entity: "specialty",
            id: second.spId,
            memberId: second.memberId,
            version: await version(s.specialties, second.spId),
          },
        ],
      }),
    ).toMatchObject({ ok: true });
    const kinds = (await since(before)).map((n) => [n.userId, n.kind]);
    expect(kinds.filter(([, k]) => k === "recordReviewed")).toEqual([
      [second.userId, "recordReviewed"],
      [second.userId, "recordReviewed"],
    ]);
  });

  it("an approval refused on a stale version rolls back and notifies nobody", async () => {
    const { memberId, pid } = await submittedPair();
    actAs(f.actors.leadA);
    const before = await lastId();
    const stale = (await version(s.projects, pid)) - 1;
    expect(await approveRecord({ entity: "project", id: pid, memberId, version: stale, comment: "" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await approveRecords({ records: [{ entity: "project", id: pid, memberId, version: stale }] })).toMatchObject(
      { ok: false },
    );
    expect(await since(before)).toEqual([]);
  });
});

describe("lead ratings and levels", () => {
  const TECH = { field: "hardware", item: "technology" } as const;
  const ratingVersion = async (memberId: number) =>
    (
      await db
        .select({ v: s.skillAssessments.version })
        .from(s.skillAssessments)
        .where(and(eq(s.skillAssessments.memberId, memberId), eq(s.skillAssessments.item, TECH.item)))
    )[0]?.v ?? null;

  it("a lead rating given or changed tells the member; the same level again, a cleared one or a self-rating do not", async () => {
    const memberId = f.members.memberA.id;
    const before = await lastId();
    actAs(f.actors.memberA);
    await setSkillRating({ memberId, ...TECH, rater: "self", level: 2, version: await ratingVersion(memberId) });
    expect(await since(before)).toEqual([]);
    actAs(f.actors.leadA);
    for (const level of [3, 4, 4, null])
      expect(
        await setSkillRating({ memberId, ...TECH, rater: "lead", level, version: await ratingVersion(memberId) }),
      ).toMatchObject({ ok: true });
    const rows = (await since(before)).filter((n) => n.kind === "leadRating");
    expect(rows.map((n) => [n.userId, words(n), n.href])).toEqual([
      [f.users.memberUserA.id, "leada rated 1 of your skills", `/members/${memberId}`],
      [f.users.memberUserA.id, "leada rated 1 of your skills", `/members/${memberId}`],
    ]);
    expect(rows[0].text).toEqual({ key: "notifications.events.leadRating", values: { lead: "leada", count: 1 } });
  });

  it("a member without an account is skipped; their team's leads still hear of a level", async () => {
    const memberId = f.members.memberA2.id;
    await refreshAllStandings(db); // their first standing: nobody is told
    const before = await lastId();
    actAs(f.actors.admin);
    const created = await createProject({ memberId, ...project, name: "No-account project" });
    const pid = created.ok ? (created.data as { id: number }).id : 0;
    await saveSpecialties({ memberId, field: "hardware", areas: ["first_support_contact"] });
    const sp = (
      await db
        .select()
        .from(s.specialties)
        .where(and(eq(s.specialties.memberId, memberId), eq(s.specialties.reviewState, "draft")))
    )[0];
    // Written and submitted by the admin, approved by the lead (four eyes).
    await submitRecord({ entity: "project", id: pid, memberId, version: await version(s.projects, pid) });
    await submitRecord({ entity: "specialty", id: sp.id, memberId, version: await version(s.specialties, sp.id) });
    actAs(f.actors.leadA);
    expect(
      await approveRecords({
        records: [
          { entity: "project", id: pid, memberId, version: await version(s.projects, pid) },
          { entity: "specialty", id: sp.id, memberId, version: await version(s.specialties, sp.id) },
        ],
      }),
    ).toMatchObject({ ok: true });
    const rows = await since(before);
    expect(rows.filter((n) => n.kind === "levelReached").map((n) => n.userId)).toEqual([f.users.leadA.id]);
    expect(rows.filter((n) => n.kind === "recordReviewed")).toEqual([]);
  });

  it("a first standing and refreshAllStandings notify nobody, though the level rises", async () => {
    const { member } = await newMember();
    const before = await lastId();
    await refreshAllStandings(db); // the member's first standing: level 0
    expect(await since(before)).toEqual([]);
    // Records approved behind the app's back (a restore): refreshAll raises the level and tells nobody.
    const { memberId, pid, spId } = await submittedPair();
    const mid = await lastId();
    await db.update(s.projects).set({ reviewState: "approved" }).where(eq(s.projects.id, pid));
    await db.update(s.specialties).set({ reviewState: "approved" }).where(eq(s.specialties.id, spId));
    await refreshAllStandings(db);
    const [standing] = await db
      .select()
      .from(s.memberStandings)
      .where(and(eq(s.memberStandings.memberId, memberId), eq(s.memberStandings.field, "hardware")));
    expect(standing.level).toBe(3);
    expect(await since(mid)).toEqual([]);
    expect(member.id).toBeGreaterThan(0);
  });

  it("disabled accounts are skipped", async () => {
    const memberId = f.members.memberA.id;
    await db.update(s.users).set({ disabledAt: new Date() }).where(eq(s.users.id, f.users.memberUserA.id));
    try {
      const before = await lastId();
      actAs(f.actors.leadA);
      await setSkillRating({ memberId, ...TECH, rater: "lead", level: 2, version: await ratingVersion(memberId) });
      expect(await since(before)).toEqual([]);
    } finally {
      await db.update(s.users).set({ disabledAt: null }).where(eq(s.users.id, f.users.memberUserA.id));
    }
  });
});
