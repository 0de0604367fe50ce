// Authorization matrix and bad input over every record action: each actor against a record of its own, its team,
// another team and another department; allowed exactly as the policy says, and a refused call changes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { and, count, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { can, type Capability } from "@/lib/auth/policy";
import type { ActionResult } from "./run";
import { createProject, updateProject } from "./projects";
import { createExam, updateExam } from "./exams";
import { createCertification, updateCertification } from "./certifications";
import { createMentoring, createSuccession, saveSpecialties, updateMentoring, updateSuccession } from "./contributions";
import { setSkillRating } from "./skills";
import {
  approveRecord,
  approveRecords,
  deleteRecord,
  rejectRecord,
  reviseRecord,
  submitRecord,
  withdrawRecord,
} from "./review";

type State = s.ReviewState;
type Target = "memberA" | "memberA2" | "memberB" | "memberC";
const TARGETS: Target[] = ["memberA", "memberA2", "memberB", "memberC"];
const ACTORS = ["admin", "head1", "head2", "leadA", "leadB", "leadC", "memberA"] as const;

const h = useIntegrationDb();
let f: Fixture;
let db: Db;

const hwProject = {
  field: "hardware",
  name: "Datacentre move",
  role: "leader",
  status: "completed",
  successful: true,
  complexity: ["multi_platform", "multi_vendor"],
  scope: "wide_area_team",
} as const;

async function insertRecord(
  table: "project" | "exam" | "certification" | "succession" | "mentoring",
  memberId: number,
  reviewState: State,
) {
  switch (table) {
    case "project":
      return (
        await db
          .insert(s.projects)
          .values({ memberId, ...hwProject, complexity: [...hwProject.complexity], reviewState })
          .returning()
      )[0];
    case "exam":
      return (
        await db.insert(s.exams).values({ memberId, exam: "FE", passedOn: "2020-04-01", reviewState }).returning()
      )[0];
    case "certification":
      return (await db.insert(s.certifications).values({ memberId, name: "CCNA", reviewState }).returning())[0];
    case "succession":
      return (
        await db
          .insert(s.successions)
          .values({ memberId, field: "hardware", kind: "book", title: "A book", reviewState })
          .returning()
      )[0];
    case "mentoring":
      return (
        await db.insert(s.mentorings).values({ memberId, field: "hardware", mentee: "Junior", reviewState }).returning()
      )[0];
  }
}

async function ratingVersion(memberId: number, item: string): Promise<number | null> {
  const [row] = await db
    .select()
    .from(s.skillAssessments)
    .where(and(eq(s.skillAssessments.memberId, memberId), eq(s.skillAssessments.item, item)));
  return row?.version ?? null;
}

/** Every action: the capability the policy needs, and a fresh valid input against `memberId`. */
type Case = { name: string; capability: Capability; call: (memberId: number) => Promise<ActionResult<unknown>> };
const ref = async (entity: "project", memberId: number, state: State) => {
  const r = await insertRecord(entity, memberId, state);
  return { entity, id: r.id, memberId, version: r.version };
};
const CASES: Case[] = [
  {
    name: "createProject",
    capability: "member.records.write",
    call: (memberId) => createProject({ memberId, ...hwProject }),
  },
  {
    name: "updateProject",
    capability: "member.records.write",
    call: async (memberId) => {
      const r = await insertRecord("project", memberId, "draft");
      return updateProject({ memberId, id: r.id, version: r.version, ...hwProject, name: "Renamed" });
    },
  },
  {
    name: "createExam",
    capability: "member.records.write",
    call: (memberId) => createExam({ memberId, exam: "AP", passedOn: "2021-10-10" }),
  },
  {
    name: "updateExam",
    capability: "member.records.write",
    call: async (memberId) => {
      const r = await insertRecord("exam", memberId, "rejected");
      return updateExam({ memberId, id: r.id, version: r.version, exam: "AP", passedOn: "2021-10-10" });
    },
  },
  {
    name: "createCertification",
    capability: "member.records.write",
    call: (memberId) =>
      createCertification({
        memberId,
        name: "ITIL",
        issuer: "Axelos",
        obtainedOn: "2022-01-01",
        expiresOn: "2025-01-01",
      }),
  },
  {
    name: "updateCertification",
    capability: "member.records.write",
    call: async (memberId) => {
      const r = await insertRecord("certification", memberId, "draft");
      return updateCertification({ memberId, id: r.id, version: r.version, name: "CCNP" });
    },
  },
  {
    name: "saveSpecialties",
    capability: "member.records.write",
    call: (memberId) => saveSpecialties({ memberId, field: "hardware", areas: ["first_support_contact"] }),
  },
  {
    name: "createSuccession",
    capability: "member.records.write",
    call: (memberId) =>
      createSuccession({
        memberId,
        field: "hardware",
        kind: "patent",
        title: "Hot-swap rail",
        achievedOn: "2022-02-02",
      }),
  },
  {
    name: "updateSuccession",
    capability: "member.records.write",
    call: async (memberId) => {
      const r = await insertRecord("succession", memberId, "draft");
      return updateSuccession({
        memberId,
        id: r.id,
        version: r.version,
        field: "hardware",
        kind: "paper_internal",
        title: "Paper",
      });
    },
  },
  {
    name: "createMentoring",
    capability: "member.records.write",
    call: (memberId) =>
      createMentoring({ memberId, field: "hardware", mentee: "Kenji", fromDate: "2023-01-01", toDate: "2023-06-30" }),
  },
  {
    name: "updateMentoring",
    capability: "member.records.write",
    call: async (memberId) => {
      const r = await insertRecord("mentoring", memberId, "draft");
      return updateMentoring({ memberId, id: r.id, version: r.version, field: "hardware", mentee: "Aiko" });
    },
  },
  {
    name: "setSkillRating self",
    capability: "member.skills.self",
    call: async (memberId) =>
      setSkillRating({
        memberId,
        field: "hardware",
        item: "technology",
        rater: "self",
        level: 3,
        version: await ratingVersion(memberId, "technology"),
      }),
  },
  {
    name: "setSkillRating lead",
    capability: "member.skills.lead",
    call: async (memberId) =>
      setSkillRating({
        memberId,
        field: "hardware",
        item: "leadership",
        rater: "lead",
        level: 2,
        version: await ratingVersion(memberId, "leadership"),
      }),
  },
  {
    name: "submitRecord",
    capability: "member.records.submit",
    call: async (memberId) => submitRecord(await ref("project", memberId, "draft")),
  },
  {
    name: "withdrawRecord",
    capability: "member.records.submit",
    call: async (memberId) => withdrawRecord(await ref("project", memberId, "submitted")),
  },
  {
    name: "deleteRecord",
    capability: "member.records.write",
    call: async (memberId) => deleteRecord(await ref("project", memberId, "draft")),
  },
  {
    name: "reviseRecord",
    capability: "member.records.write",
    call: async (memberId) => reviseRecord(await ref("project", memberId, "approved")),
  },
  {
    name: "approveRecord",
    capability: "member.records.review",
    call: async (memberId) => approveRecord(await ref("project", memberId, "submitted")),
  },
  {
    name: "rejectRecord",
    capability: "member.records.review",
    call: async (memberId) =>
      rejectRecord({ ...(await ref("project", memberId, "submitted")), comment: "Scope is wider than that" }),
  },
  {
    name: "approveRecords",
    capability: "member.records.review",
    call: async (memberId) => approveRecords({ records: [await ref("project", memberId, "submitted")] }),
  },
];

/** Rows in every table an action may touch. */
async function counts(): Promise<Record<string, number>> {
  const tables = {
    projects: s.projects,
    specialties: s.specialties,
    successions: s.successions,
    mentorings: s.mentorings,
    exams: s.exams,
    certifications: s.certifications,
    skillAssessments: s.skillAssessments,
    audit: s.auditLog,
    snapshots: s.evaluationSnapshots,
  };
  const out: Record<string, number> = {};
  for (const [k, t] of Object.entries(tables)) out[k] = (await db.select({ n: count() }).from(t))[0].n;
  return out;
}
/** A row's review state and version across record tables, to prove a refused call left it alone. */
async function snapshotRows(): Promise<string> {
  const rows = await Promise.all(
    [s.projects, s.exams, s.certifications, s.successions, s.mentorings, s.specialties].map((t) =>
      db.select({ id: t.id, v: t.version, st: t.reviewState }).from(t).orderBy(t.id),
    ),
  );
  return JSON.stringify(rows);
}

beforeAll(async () => {
  db = h.db;
  f = h.fixture;
});

describe("authorization matrix over every record action", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const seen: string[] = [];
      for (const actorName of ACTORS) {
        for (const target of TARGETS) {
          const actor = f.actors[actorName];
          const m = f.members[target];
          const team =
            target === "memberA" || target === "memberA2"
              ? f.teams.teamA
              : target === "memberB"
                ? f.teams.teamB
                : f.teams.teamC;
          const allowed = can(actor, c.capability, {
            departmentId: team.departmentId,
            teamId: team.id,
            memberId: m.id,
          });
          actAs(actor);
          const before = await counts();
          // The call's setup step may insert the record it acts on (directly, not through an action).
          const r = await c.call(m.id);
          if (allowed) {
            expect(r, `${actorName} → ${target}: ${JSON.stringify(r)}`).toMatchObject({ ok: true });
          } else {
            expect(r.ok, `${actorName} → ${target} must be refused`).toBe(false);
            if (!r.ok) expect(["forbidden", "not_found"]).toContain(r.code);
            const after = await counts();
            // The setup may have inserted one record row; audit, snapshots and assessments must not move.
            expect({
              audit: after.audit,
              snapshots: after.snapshots,
              skillAssessments: after.skillAssessments,
            }).toEqual({ audit: before.audit, snapshots: before.snapshots, skillAssessments: before.skillAssessments });
          }
          seen.push(`${actorName}:${target}:${allowed ? "y" : "n"}`);
        }
      }
      expect(seen).toHaveLength(ACTORS.length * TARGETS.length);
    });
  }

  it("spot checks agree with the issue: own record yes, team lead yes, other team and head no", () => {
    const scopeOf = (t: Target) => {
      const team =
        t === "memberA" || t === "memberA2" ? f.teams.teamA : t === "memberB" ? f.teams.teamB : f.teams.teamC;
      return { departmentId: team.departmentId, teamId: team.id, memberId: f.members[t].id };
    };
    expect(can(f.actors.memberA, "member.records.write", scopeOf("memberA"))).toBe(true);
    expect(can(f.actors.memberA, "member.records.write", scopeOf("memberA2"))).toBe(false);
    expect(can(f.actors.memberA, "member.records.review", scopeOf("memberA"))).toBe(false);
    expect(can(f.actors.leadA, "member.records.review", scopeOf("memberA2"))).toBe(true);
    expect(can(f.actors.leadB, "member.records.review", scopeOf("memberA2"))).toBe(false);
    expect(can(f.actors.head1, "member.records.write", scopeOf("memberA"))).toBe(false);
  });
});

describe("a refused write leaves the record untouched", () => {
  it("withdraw, approve and update by outsiders change neither the row nor the audit log", async () => {
    const p = await insertRecord("project", f.members.memberA.id, "submitted");
    const refA = { entity: "project", id: p.id, memberId: f.members.memberA.id, version: p.version } as const;
    const before = await counts();
    const rows = await snapshotRows();
    actAs(f.actors.leadB);
    expect((await approveRecord(refA)).ok).toBe(false);
    expect((await withdrawRecord(refA)).ok).toBe(false);
    actAs(f.actors.head2);
    expect((await approveRecord(refA)).ok).toBe(false);
    actAs(f.actors.memberA);
    expect(await approveRecord(refA)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await counts()).toEqual(before);
    expect(await snapshotRows()).toBe(rows);
  });

  it("a record id of another member than claimed is refused", async () => {
    const p = await insertRecord("project", f.members.memberB.id, "submitted");
    actAs(f.actors.leadA);
    const before = await counts();
    // leadA may review memberA2, but the record belongs to memberB.
    expect(
      await approveRecord({ entity: "project", id: p.id, memberId: f.members.memberA2.id, version: p.version }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(
      await rejectRecord({
        entity: "project",
        id: p.id,
        memberId: f.members.memberA2.id,
        version: p.version,
        comment: "x",
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
    actAs(f.actors.memberA);
    const q = await insertRecord("project", f.members.memberA2.id, "draft");
    expect(
      await updateProject({ memberId: f.members.memberA.id, id: q.id, version: q.version, ...hwProject }),
    ).toMatchObject({ ok: false, code: "not_found" });
    expect(
      await deleteRecord({ entity: "project", id: q.id, memberId: f.members.memberA.id, version: q.version }),
    ).toMatchObject({ ok: false, code: "not_found" });
    const after = await counts();
    expect({ ...after, projects: after.projects - 1 }).toEqual(before);
  });
});

describe("bad input straight to every action", () => {
  const big = "x".repeat(100_000);
  const memberId = () => f.members.memberA.id;
  const bad: { name: string; call: () => Promise<ActionResult<unknown>>; field: string }[] = [
    {
      name: "project: wrong type",
      call: () => createProject({ memberId: memberId(), ...hwProject, successful: "yes" }),
      field: "successful",
    },
    {
      name: "project: missing name",
      call: () => createProject({ memberId: memberId(), ...hwProject, name: undefined }),
      field: "name",
    },
    {
      name: "project: unknown key",
      call: () => createProject({ memberId: memberId(), ...hwProject, level: 5 }),
      field: "level",
    },
    {
      name: "project: criterion of another field",
      call: () =>
        createProject({
          memberId: memberId(),
          field: "facility",
          name: "F",
          role: "member",
          status: "completed",
          complexity: ["multi_platform"],
          facilityScope: "part",
        }),
      field: "complexity",
    },
    {
      name: "project: negative size",
      call: () =>
        createProject({
          memberId: memberId(),
          field: "facility",
          name: "F",
          role: "member",
          status: "completed",
          complexity: [],
          facilityScope: "whole",
          computerRoomSites: -1,
        }),
      field: "computerRoomSites",
    },
    {
      name: "project: fractional sites",
      call: () =>
        createProject({
          memberId: memberId(),
          field: "facility",
          name: "F",
          role: "member",
          status: "completed",
          complexity: [],
          facilityScope: "whole",
          networkSites: 1.5,
        }),
      field: "networkSites",
    },
    {
      name: "project: scope for facility",
      call: () =>
        createProject({
          memberId: memberId(),
          field: "facility",
          name: "F",
          role: "member",
          status: "completed",
          complexity: [],
          facilityScope: "part",
          scope: "wide_area_team",
        }),
      field: "scope",
    },
    {
      name: "project: no scope for hardware",
      call: () => createProject({ memberId: memberId(), ...hwProject, scope: null }),
      field: "scope",
    },
    {
      name: "project: 100 kB description",
      call: () => createProject({ memberId: memberId(), ...hwProject, description: big }),
      field: "description",
    },
    {
      name: "project: 100 kB name",
      call: () => createProject({ memberId: memberId(), ...hwProject, name: big }),
      field: "name",
    },
    {
      name: "project: end before start",
      call: () => createProject({ memberId: memberId(), ...hwProject, startDate: "2024-05-01", endDate: "2024-04-30" }),
      field: "endDate",
    },
    {
      name: "project: not a date",
      call: () => createProject({ memberId: memberId(), ...hwProject, startDate: "2024-02-30" }),
      field: "startDate",
    },
    {
      name: "project: component area of another field",
      call: () => createProject({ memberId: memberId(), ...hwProject, componentArea: "database" }),
      field: "componentArea",
    },
    {
      name: "updateProject: missing version",
      call: () => updateProject({ memberId: memberId(), id: 1, ...hwProject }),
      field: "version",
    },
    {
      name: "exam: unknown exam",
      call: () => createExam({ memberId: memberId(), exam: "XX", passedOn: "2020-01-01" }),
      field: "exam",
    },
    { name: "exam: missing date", call: () => createExam({ memberId: memberId(), exam: "FE" }), field: "passedOn" },
    {
      name: "updateExam: wrong id type",
      call: () => updateExam({ memberId: memberId(), id: "1", version: 1, exam: "FE", passedOn: "2020-01-01" }),
      field: "id",
    },
    {
      name: "certification: expires before obtained",
      call: () =>
        createCertification({ memberId: memberId(), name: "C", obtainedOn: "2024-01-02", expiresOn: "2024-01-01" }),
      field: "expiresOn",
    },
    {
      name: "updateCertification: 100 kB issuer",
      call: () => updateCertification({ memberId: memberId(), id: 1, version: 1, name: "C", issuer: big }),
      field: "issuer",
    },
    {
      name: "specialties: area of another field",
      call: () => saveSpecialties({ memberId: memberId(), field: "hardware", areas: ["facility_engineering"] }),
      field: "areas",
    },
    {
      name: "specialties: unknown key",
      call: () => saveSpecialties({ memberId: memberId(), field: "hardware", areas: [], extra: 1 }),
      field: "extra",
    },
    {
      name: "succession: unknown kind",
      call: () => createSuccession({ memberId: memberId(), field: "hardware", kind: "blog", title: "T" }),
      field: "kind",
    },
    {
      name: "updateSuccession: empty title",
      call: () =>
        updateSuccession({ memberId: memberId(), id: 1, version: 1, field: "hardware", kind: "book", title: "  " }),
      field: "title",
    },
    {
      name: "mentoring: to before from",
      call: () =>
        createMentoring({
          memberId: memberId(),
          field: "hardware",
          mentee: "M",
          fromDate: "2024-03-01",
          toDate: "2024-02-01",
        }),
      field: "toDate",
    },
    {
      name: "updateMentoring: wrong field",
      call: () => updateMentoring({ memberId: memberId(), id: 1, version: 1, field: "marketing", mentee: "M" }),
      field: "field",
    },
    {
      name: "skill: item of another field",
      call: () =>
        setSkillRating({
          memberId: memberId(),
          field: "hardware",
          item: "facility_management",
          rater: "self",
          level: 3,
          version: null,
        }),
      field: "item",
    },
    {
      name: "skill: level above the field's highest",
      call: () =>
        setSkillRating({
          memberId: memberId(),
          field: "hardware",
          item: "technology",
          rater: "self",
          level: 6,
          version: null,
        }),
      field: "level",
    },
    {
      name: "submit: unknown entity",
      call: () => submitRecord({ entity: "user", id: 1, memberId: memberId(), version: 1 }),
      field: "entity",
    },
    {
      name: "withdraw: negative id",
      call: () => withdrawRecord({ entity: "project", id: -1, memberId: memberId(), version: 1 }),
      field: "id",
    },
    {
      name: "delete: missing version",
      call: () => deleteRecord({ entity: "project", id: 1, memberId: memberId() }),
      field: "version",
    },
    {
      name: "revise: unknown key",
      call: () => reviseRecord({ entity: "project", id: 1, memberId: memberId(), version: 1, x: 1 }),
      field: "x",
    },
    {
      name: "approve: wrong type",
      call: () => approveRecord({ entity: "project", id: 1, memberId: memberId(), version: "1" }),
      field: "version",
    },
    {
      name: "reject: no comment",
      call: () => rejectRecord({ entity: "project", id: 1, memberId: memberId(), version: 1, comment: "" }),
      field: "comment",
    },
    { name: "approveRecords: empty", call: () => approveRecords({ records: [] }), field: "records" },
    { name: "not an object", call: () => createProject("hello"), field: "form" },
  ];
  for (const b of bad) {
    it(b.name, async () => {
      actAs(f.actors.admin);
      const before = await counts();
      const r = await b.call();
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.code).toBe("validation");
      expect(Object.keys(r.fieldErrors ?? {})).toContain(b.field);
      expect(await counts()).toEqual(before);
    });
  }
  it("the complexity error names the field's criteria", async () => {
    actAs(f.actors.admin);
    const r = await createProject({
      memberId: memberId(),
      field: "facility",
      name: "F",
      role: "member",
      status: "completed",
      complexity: ["nationwide"],
      facilityScope: "part",
    });
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { complexity: "nationwide is not a Facility Management criterion" },
    });
  });
});
