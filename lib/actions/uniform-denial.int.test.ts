// One denial for every action that takes an id: an id of a row the actor may not read (a member, team, department,
// target, record of an unreadable member, or a user account for a non-administrator) gets exactly the answer of an id
// that does not exist — same code, message and field errors — so ids cannot be told apart by probing. Every exported
// action is either probed here or listed as taking no id, so a new action cannot slip past.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, serveDb, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "../db/client";
import * as s from "../db/schema";
import { can } from "../auth/policy";
import type { CurrentUser } from "../auth/session";
import { memberScope } from "../db/queries/members";
import type { Fixture } from "../testing/fixture";
import type { ActionResult } from "./run";
import * as certifications from "./certifications";
import * as contributions from "./contributions";
import * as departments from "./departments";
import * as exams from "./exams";
import * as members from "./members";
import * as notifications from "./notifications";
import * as projects from "./projects";
import * as ratingGrid from "./rating-grid";
import * as review from "./review";
import * as rounds from "./rounds";
import * as skills from "./skills";
import * as targets from "./targets";
import * as teams from "./teams";
import * as users from "./users";

const h = useIntegrationDb();
let f: Fixture;
const MISSING = 2_000_000_000;

type Kind = "member" | "team" | "department" | "target" | "user" | "notification";
type RecordKind = "project" | "exam" | "certification" | "succession" | "mentoring";
/** `id` is the probed id; `rec` the id of the probed member's record of `record` (or MISSING with a missing member). */
type Probe = {
  name: string;
  kind: Kind;
  record?: RecordKind;
  call: (id: number, rec: number) => Promise<ActionResult<unknown>>;
};

const project = {
  field: "hardware",
  name: "Datacentre move",
  role: "leader",
  status: "completed",
  successful: true,
  complexity: ["multi_platform", "multi_vendor"],
  scope: "wide_area_team",
} as const;
const target = { field: "hardware", kind: "level", minLevel: 3, minCount: 1 } as const;
const ref = (memberId: number, id: number) => ({ entity: "project" as const, id, memberId, version: 1 });

const ROUND_DUE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

const PROBES: Probe[] = [
  // A notification is the reader's own: another user's answers as one that does not exist.
  { name: "markNotificationRead", kind: "notification", call: (id) => notifications.markNotificationRead({ id }) },
  // Records: the member id names whose records they are.
  { name: "createProject", kind: "member", call: (memberId) => projects.createProject({ memberId, ...project }) },
  {
    name: "updateProject",
    kind: "member",
    record: "project",
    call: (memberId, id) => projects.updateProject({ memberId, id, version: 1, ...project, name: "Renamed" }),
  },
  {
    name: "createExam",
    kind: "member",
    call: (memberId) => exams.createExam({ memberId, exam: "AP", passedOn: "2021-10-10" }),
  },
  {
    name: "updateExam",
    kind: "member",
    record: "exam",
    call: (memberId, id) => exams.updateExam({ memberId, id, version: 1, exam: "AP", passedOn: "2021-10-10" }),
  },
  {
    name: "createCertification",
    kind: "member",
    call: (memberId) => certifications.createCertification({ memberId, name: "ITIL" }),
  },
  {
    name: "updateCertification",
    kind: "member",
    record: "certification",
    call: (memberId, id) => certifications.updateCertification({ memberId, id, version: 1, name: "CCNP" }),
  },
  {
    name: "saveSpecialties",
    kind: "member",
    call: (memberId) =>
      contributions.saveSpecialties({ memberId, field: "hardware", areas: ["first_support_contact"] }),
  },
  {
    name: "createSuccession",
    kind: "member",
    call: (memberId) =>
      contributions.createSuccession({ memberId, field: "hardware", kind: "patent", title: "Hot-swap rail" }),
  },
  {
    name: "updateSuccession",
    kind: "member",
    record: "succession",
    call: (memberId, id) =>
      contributions.updateSuccession({
        memberId,
        id,
        version: 1,
        field: "hardware",
        kind: "paper_internal",
        title: "Paper",
      }),
  },
  {
    name: "createMentoring",
    kind: "member",
    call: (memberId) => contributions.createMentoring({ memberId, field: "hardware", mentee: "Kenji" }),
  },
  {
    name: "updateMentoring",
    kind: "member",
    record: "mentoring",
    call: (memberId, id) =>
      contributions.updateMentoring({ memberId, id, version: 1, field: "hardware", mentee: "Aiko" }),
  },
  {
    name: "setSkillRating (self)",
    kind: "member",
    call: (memberId) =>
      skills.setSkillRating({
        memberId,
        field: "hardware",
        item: "technology",
        rater: "self",
        level: 3,
        version: null,
      }),
  },
  {
    name: "setSkillRating (lead)",
    kind: "member",
    call: (memberId) =>
      skills.setSkillRating({
        memberId,
        field: "hardware",
        item: "leadership",
        rater: "lead",
        level: 2,
        version: null,
      }),
  },
  { name: "submitRecord", kind: "member", record: "project", call: (m, id) => review.submitRecord(ref(m, id)) },
  { name: "withdrawRecord", kind: "member", record: "project", call: (m, id) => review.withdrawRecord(ref(m, id)) },
  { name: "deleteRecord", kind: "member", record: "project", call: (m, id) => review.deleteRecord(ref(m, id)) },
  {
    name: "saveQuickUpdate (self)",
    kind: "member",
    call: (memberId) =>
      rounds.saveQuickUpdate({
        memberId,
        field: "hardware",
        rater: "self",
        items: [{ item: "technology", level: 3, confirmed: false, version: null }],
      }),
  },
  {
    name: "saveQuickUpdate (lead)",
    kind: "member",
    call: (memberId) =>
      rounds.saveQuickUpdate({
        memberId,
        field: "hardware",
        rater: "lead",
        items: [{ item: "leadership", level: 2, confirmed: false, version: null }],
      }),
  },
  {
    name: "startRound (team)",
    kind: "team",
    call: (teamId) => rounds.startRound({ scope: "team", teamId, dueOn: ROUND_DUE }),
  },
  {
    name: "startRound (department)",
    kind: "department",
    call: (departmentId) => rounds.startRound({ scope: "department", departmentId, dueOn: ROUND_DUE }),
  },
  { name: "reviseRecord", kind: "member", record: "project", call: (m, id) => review.reviseRecord(ref(m, id)) },
  { name: "approveRecord", kind: "member", record: "project", call: (m, id) => review.approveRecord(ref(m, id)) },
  {
    name: "saveRatingGrid",
    kind: "member",
    call: (memberId) =>
      ratingGrid.saveRatingGrid({
        field: "hardware",
        cells: [{ memberId, item: "negotiation", level: 2, version: null }],
      }),
  },
  {
    name: "approveRecords",
    kind: "member",
    record: "project",
    call: (m, id) => review.approveRecords({ records: [ref(m, id)] }),
  },
  {
    name: "undoApproval",
    kind: "member",
    record: "project",
    call: (m, id) => review.undoApproval({ records: [ref(m, id)] }),
  },
  {
    name: "rejectRecords",
    kind: "member",
    record: "project",
    call: (m, id) => review.rejectRecords({ records: [ref(m, id)], comment: "Too wide" }),
  },
  {
    name: "rejectRecord",
    kind: "member",
    record: "project",
    call: (m, id) => review.rejectRecord({ ...ref(m, id), comment: "Too wide" }),
  },
  // The roster.
  {
    name: "updateMember",
    kind: "member",
    call: (id) => members.updateMember({ id, version: 1, name: "Renamed", jobTitle: "Engineer" }),
  },
  {
    name: "moveMember (member)",
    kind: "member",
    call: (id) => members.moveMember({ id, version: 1, teamId: f.teams.teamB.id }),
  },
  { name: "archiveMember", kind: "member", call: (id) => members.archiveMember({ id, version: 1 }) },
  { name: "restoreMember", kind: "member", call: (id) => members.restoreMember({ id, version: 1 }) },
  { name: "createMember", kind: "team", call: (teamId) => members.createMember({ teamId, name: "New Person" }) },
  {
    name: "moveMember (team)",
    kind: "team",
    call: (teamId) => members.moveMember({ id: f.members.memberA2.id, version: 1, teamId }),
  },
  {
    name: "updateTeam",
    kind: "team",
    call: (id) => teams.updateTeam({ id, version: 1, name: "Renamed", field: "software" }),
  },
  { name: "setTeamLeads", kind: "team", call: (id) => teams.setTeamLeads({ id, version: 1, leadUserIds: [] }) },
  { name: "archiveTeam", kind: "team", call: (id) => teams.archiveTeam({ id, version: 1 }) },
  { name: "restoreTeam", kind: "team", call: (id) => teams.restoreTeam({ id, version: 1 }) },
  { name: "createTarget (team)", kind: "team", call: (teamId) => targets.createTarget({ teamId, ...target }) },
  {
    name: "createTeam",
    kind: "department",
    call: (departmentId) => teams.createTeam({ departmentId, name: "New team", field: "hardware" }),
  },
  {
    name: "renameDepartment",
    kind: "department",
    call: (id) => departments.renameDepartment({ id, version: 1, name: "Renamed" }),
  },
  {
    name: "createTarget (department)",
    kind: "department",
    call: (departmentId) => targets.createTarget({ departmentId, ...target }),
  },
  {
    name: "createUser",
    kind: "department",
    call: (departmentId) =>
      users.createUser({
        email: "new@t.test",
        name: "New",
        role: "member",
        departmentId,
        password: "a-long-password-1",
      }),
  },
  {
    name: "updateTarget",
    kind: "target",
    call: (id) => targets.updateTarget({ id, version: 1, ...target, minLevel: 4 }),
  },
  { name: "deleteTarget", kind: "target", call: (id) => targets.deleteTarget({ id, version: 1 }) },
  {
    name: "updateUser",
    kind: "user",
    call: (id) => users.updateUser({ id, version: 1, name: "Renamed", role: "member" }),
  },
  { name: "setUserDisabled", kind: "user", call: (id) => users.setUserDisabled({ id, version: 1, disabled: true }) },
  {
    name: "resetUserPassword",
    kind: "user",
    call: (id) => users.resetUserPassword({ id, version: 1, password: "another-long-password" }),
  },
];

/** Exported actions that take no id of a row (or read ids only from a CSV file, checked row by row on import). */
const NO_ID = new Set([
  "login",
  "logout",
  "loginWithOidc",
  "setUserLocale",
  "chooseLocale",
  "createDepartment",
  "importMembersCsv",
  "importSkillsCsv",
  // The caller's own other sessions, found by the caller's user id and session id, never by an id in the input.
  "endOtherSessions",
  // The organisation's one settings row (id 1), not an id the caller names.
  "updateOrganisationSettings",
  // The caller's own notification preferences, by the caller's user id.
  "saveNotificationPrefs",
  // Runs the organisation's time-based jobs; names nothing.
  "runJobsNow",
  // The caller's own notifications, found by the caller's user id.
  "markAllNotificationsRead",
]);

const ROLLBACK = new Error("rollback");
/** Runs `body` in a transaction that is always rolled back. */
async function isolated<T>(body: () => Promise<T>): Promise<T> {
  let out: T | undefined;
  try {
    await h.db.transaction(async (tx) => {
      serveDb(tx as unknown as Db);
      out = await body();
      throw ROLLBACK;
    });
  } catch (e) {
    if (e !== ROLLBACK) throw e;
  } finally {
    serveDb(h.db);
  }
  return out as T;
}

/** Every existing row of a kind, with whether the actor may read it. */
let rows: Record<Kind, { id: number; reads: (a: CurrentUser) => Promise<boolean> | boolean }[]>;
const records: Record<RecordKind, Map<number, number>> = {
  project: new Map(),
  exam: new Map(),
  certification: new Map(),
  succession: new Map(),
  mentoring: new Map(),
};

beforeAll(async () => {
  f = h.fixture;
  const db = h.db;
  const memberList = Object.values(f.members);
  for (const m of memberList) {
    const memberId = m.id;
    const draft = { memberId, reviewState: "draft" as const };
    const one = async <T extends { id: number }>(q: Promise<T[]>) => (await q)[0].id;
    records.project.set(
      memberId,
      await one(
        db
          .insert(s.projects)
          .values({ ...draft, ...project, complexity: [...project.complexity] })
          .returning(),
      ),
    );
    records.exam.set(
      memberId,
      await one(
        db
          .insert(s.exams)
          .values({ ...draft, exam: "FE", passedOn: "2020-04-01" })
          .returning(),
      ),
    );
    records.certification.set(
      memberId,
      await one(
        db
          .insert(s.certifications)
          .values({ ...draft, name: "CCNA" })
          .returning(),
      ),
    );
    records.succession.set(
      memberId,
      await one(
        db
          .insert(s.successions)
          .values({ ...draft, field: "hardware", kind: "book", title: "A book" })
          .returning(),
      ),
    );
    records.mentoring.set(
      memberId,
      await one(
        db
          .insert(s.mentorings)
          .values({ ...draft, field: "hardware", mentee: "Junior" })
          .returning(),
      ),
    );
  }
  const teamScope = (t: { id: number; departmentId: number }) => ({ departmentId: t.departmentId, teamId: t.id });
  const targetRows = [];
  for (const owner of [
    ...Object.values(f.teams).map((t) => ({ teamId: t.id, departmentId: null })),
    ...Object.values(f.departments).map((d) => ({ teamId: null, departmentId: d.id })),
  ]) {
    const [row] = await db
      .insert(s.targets)
      .values({ ...owner, ...target })
      .returning();
    const team = Object.values(f.teams).find((t) => t.id === owner.teamId);
    targetRows.push({
      id: row.id,
      reads: (a: CurrentUser) =>
        team ? can(a, "team.read", teamScope(team)) : can(a, "department.read", { departmentId: owner.departmentId! }),
    });
  }
  rows = {
    member: memberList.map((m) => ({
      id: m.id,
      reads: async (a: CurrentUser) => can(a, "member.read", (await memberScope(db, m.id))!),
    })),
    team: Object.values(f.teams).map((t) => ({
      id: t.id,
      reads: (a: CurrentUser) => can(a, "team.read", teamScope(t)),
    })),
    department: Object.values(f.departments).map((d) => ({
      id: d.id,
      reads: (a: CurrentUser) => can(a, "department.read", { departmentId: d.id }),
    })),
    target: targetRows,
    user: Object.values(f.users).map((u) => ({ id: u.id, reads: (a: CurrentUser) => can(a, "users.manage") })),
    // One notification per user, the administrator's first (the probe's reachable row).
    notification: (
      await db
        .insert(s.notifications)
        .values(
          [f.users.admin, ...Object.values(f.users).filter((u) => u.id !== f.users.admin.id)].map((u) => ({
            userId: u.id,
            kind: "leadRating",
            text: { key: "notifications.events.leadRating", values: { lead: "x", count: 1 } },
            href: "/",
          })),
        )
        .returning()
    )
      .sort((a, b) => (a.userId === f.users.admin.id ? -1 : b.userId === f.users.admin.id ? 1 : a.id - b.id))
      .map((n) => ({ id: n.id, reads: (a: CurrentUser) => a.userId === n.userId })),
  };
});

const answer = (r: ActionResult<unknown>) => (r.ok ? { ok: true } : r);

describe("an id the actor may not read answers exactly as an id that does not exist", () => {
  it("every exported action is probed or takes no id", () => {
    // Read from the sources: importing lib/actions/auth.ts would load Auth.js, which needs Next's server runtime.
    const dir = join(process.cwd(), "lib/actions");
    const exported = readdirSync(dir)
      .filter((file) => file.endsWith(".ts") && !file.includes(".test."))
      .map((file) => readFileSync(join(dir, file), "utf8"))
      // The endpoints: every exported async function of a "use server" module (helpers such as run.ts, context.ts,
      // record-action.ts and archive.ts are not callable from the browser).
      .filter((source) => source.startsWith('"use server";'))
      .flatMap((source) => [...source.matchAll(/^export async function (\w+)/gm)].map((m) => m[1]));
    expect(exported.length).toBeGreaterThan(40);
    const probed = new Set(PROBES.map((p) => p.name.replace(/ \(.*\)$/, "")));
    expect(exported.filter((name) => !probed.has(name) && !NO_ID.has(name))).toEqual([]);
  });

  for (const p of PROBES) {
    it(p.name, async () => {
      const recOf = (id: number) => (p.record ? records[p.record].get(id)! : MISSING);
      // The probe reaches the row: an administrator's call with the first row is not refused for its id or input.
      actAs(f.actors.admin);
      const first = rows[p.kind][0].id;
      const byAdmin = await isolated(() => p.call(first, recOf(first)));
      expect(byAdmin.ok ? "ok" : byAdmin.code, `${p.name} as admin: ${JSON.stringify(byAdmin)}`).not.toMatch(
        /^(not_found|forbidden)$/,
      );
      if (!byAdmin.ok && byAdmin.code === "validation")
        expect(Object.keys(byAdmin.fieldErrors ?? {}), JSON.stringify(byAdmin)).not.toContain(
          p.kind === "member" ? "memberId" : "id",
        );
      let compared = 0;
      for (const [who, actor] of Object.entries(f.actors)) {
        for (const row of rows[p.kind]) {
          if (await row.reads(actor)) continue;
          actAs(actor);
          const hidden = await isolated(() => p.call(row.id, recOf(row.id)));
          const missing = await isolated(() => p.call(MISSING, MISSING));
          expect(hidden.ok, `${p.name} as ${who} on ${p.kind} ${row.id}`).toBe(false);
          expect(answer(hidden), `${p.name} as ${who} on ${p.kind} ${row.id}`).toEqual(answer(missing));
          if (p.record) {
            const missingRecord = await isolated(() => p.call(row.id, MISSING));
            expect(answer(missingRecord), `${p.name} as ${who}: a missing record of member ${row.id}`).toEqual(
              answer(missing),
            );
          }
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(0);
    });
  }
});
