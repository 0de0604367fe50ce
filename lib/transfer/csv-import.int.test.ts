import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { count, eq } from "drizzle-orm";
import * as s from "../db/schema";
import type { Fixture } from "../testing/fixture";
import { exportOrganisation, serializeOrganisation } from "./org-json";

const { importMembersCsv, importSkillsCsv } = await import("../actions/transfer");

describe("CSV imports (server actions)", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  const snapshot = async () => serializeOrganisation(await exportOrganisation(h.db));
  beforeAll(async () => {
    f = h.fixture;
  });
  beforeEach(() => actAs(f.actors.admin));

  it("a dry run lists the preview and writes nothing", async () => {
    const before = await snapshot();
    const r = await importMembersCsv({
      csv: "name,email,team,role\nNew One,new1@x.test,Team A,member\n",
      dryRun: true,
    });
    expect(r).toMatchObject({
      ok: true,
      data: {
        errors: [],
        applied: false,
        preview: [{ row: 2, name: "New One", team: "Dept One / Team A", account: "member" }],
      },
    });
    expect(await snapshot()).toBe(before);
  });

  it("one invalid row: nothing is written, every error is listed", async () => {
    const before = await snapshot();
    const r = await importMembersCsv({
      csv: "name,email,team,role\nGood,good@x.test,Team A,\nBad,bad@x.test,Team Z,\n",
      dryRun: false,
    });
    expect(r).toMatchObject({ ok: true, data: { applied: false, written: 0, errors: [{ row: 3, column: "team" }] } });
    expect(await snapshot()).toBe(before);
  });

  it("a valid file: members, accounts, team leads and audit rows in one transaction", async () => {
    const [{ n: auditBefore }] = await h.db.select({ n: count() }).from(s.auditLog);
    const csv = "name,email,team,role\nNew Lead,newlead@x.test,Team B,lead\nNo Account,,Team C,\n";
    const r = await importMembersCsv({ csv, dryRun: false });
    expect(r).toMatchObject({ ok: true, data: { applied: true, written: 2 } });
    const created = await h.db.select().from(s.members).where(eq(s.members.name, "New Lead"));
    expect(created).toHaveLength(1);
    const [user] = await h.db.select().from(s.users).where(eq(s.users.email, "newlead@x.test"));
    expect(user).toMatchObject({ role: "lead", departmentId: f.departments.dept1.id, passwordHash: null });
    expect(created[0].userId).toBe(user.id);
    const leads = await h.db.select().from(s.teamLeads).where(eq(s.teamLeads.userId, user.id));
    expect(leads).toEqual([{ teamId: f.teams.teamB.id, userId: user.id }]);
    const audit = await h.db.select().from(s.auditLog).where(eq(s.auditLog.action, "import"));
    expect(audit.length - 0).toBe(4); // user, team_lead, 2 members
    expect(audit.every((a) => a.actorUserId === f.users.admin.id)).toBe(true);
    const [{ n: auditAfter }] = await h.db.select({ n: count() }).from(s.auditLog);
    expect(auditAfter - auditBefore).toBe(4);
    // the same file again: both rows now clash
    const again = await importMembersCsv({ csv, dryRun: true });
    expect(again).toMatchObject({ ok: true, data: { errors: [{ row: 2, column: "email" }] } });
  });

  it("a lead imports only into their team and cannot create accounts; a head into their department", async () => {
    actAs(f.actors.leadA);
    const denied = await importMembersCsv({
      csv: "name,email,team,role\nX,,Team B,\nY,y@x.test,Team A,member\n",
      dryRun: true,
    });
    expect(denied).toMatchObject({
      ok: true,
      data: {
        errors: [
          { row: 2, column: "team" },
          { row: 3, column: "role" },
        ],
      },
    });
    const ok = await importMembersCsv({ csv: "name,team\nLead's new member,Team A\n", dryRun: false });
    expect(ok).toMatchObject({ ok: true, data: { applied: true, written: 1 } });
    actAs(f.actors.head1);
    const head = await importMembersCsv({ csv: "name,team\nH1,Team B\nH2,Team C\n", dryRun: true });
    expect(head).toMatchObject({ ok: true, data: { errors: [{ row: 3, column: "team" }] } });
  });

  it("the members dry run does not reveal emails that exist outside the importer's scope", async () => {
    await h.db.update(s.members).set({ email: "secret.c@t.test" }).where(eq(s.members.id, f.members.memberC.id));
    try {
      actAs(f.actors.leadA);
      const csv =
        "name,email,team\nOutside,secret.c@t.test,Team A\nInside,membera@t.test,Team A\nAccount elsewhere,leadc@t.test,Team A\n";
      const r = await importMembersCsv({ csv, dryRun: true });
      // Only the clash with a member the lead may see is named; a member of another department and an account are not.
      expect(r).toMatchObject({
        ok: true,
        data: { errors: [{ row: 3, column: "email", message: expect.stringMatching(/already exists/) }] },
      });
      actAs(f.actors.admin);
      const admin = await importMembersCsv({ csv: "name,email,team\nOutside,secret.c@t.test,Team A\n", dryRun: true });
      expect(admin).toMatchObject({ ok: true, data: { errors: [{ row: 2, column: "email" }] } });
    } finally {
      await h.db.update(s.members).set({ email: null }).where(eq(s.members.id, f.members.memberC.id));
    }
  });

  it("a member may not import at all, and nothing changes", async () => {
    actAs(f.actors.memberA);
    const before = await snapshot();
    const r = await importMembersCsv({ csv: "name,team\nSneaky,Team A\n", dryRun: false });
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
    const skills = await importSkillsCsv({
      csv: `member_id,field,skill_item,self,lead\n${f.members.memberA2.id},hardware,technology,3,3\n`,
      dryRun: false,
    });
    expect(skills).toMatchObject({ ok: true, data: { applied: false, errors: [{ row: 2, column: "member_id" }] } });
    expect(await snapshot()).toBe(before);
    actAs(null);
    expect(await importMembersCsv({ csv: "name,team\nA,Team A\n", dryRun: true })).toMatchObject({
      ok: false,
      code: "unauthenticated",
    });
  });

  it("bad input to the action is a validation error naming the field", async () => {
    expect(await importMembersCsv({ csv: 5, dryRun: "yes" })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { csv: expect.any(String), dryRun: expect.any(String) },
    });
    expect(await importMembersCsv({ csv: "x".repeat(600_000), dryRun: true })).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { csv: expect.stringMatching(/kB/) },
    });
    expect(await importMembersCsv({ csv: "a", dryRun: true, extra: 1 })).toMatchObject({
      ok: false,
      code: "validation",
    });
  });

  it("skill ratings: creates and updates in one transaction, audits, and refreshes the evaluation", async () => {
    const a2 = f.members.memberA2.id;
    await h.db.insert(s.skillAssessments).values({ memberId: a2, field: "hardware", item: "technology", selfLevel: 1 });
    const items = [
      "system_maintenance_management",
      "technology",
      "project_management",
      "leadership",
      "communication",
      "negotiation",
      "hardware_technology",
    ];
    const csv =
      "member_id,field,skill_item,self,lead,date\n" + items.map((i) => `${a2},hardware,${i},3,4,2025-01-15`).join("\n");
    const dry = await importSkillsCsv({ csv, dryRun: true });
    expect(dry).toMatchObject({ ok: true, data: { errors: [], applied: false } });
    if (dry.ok)
      expect(dry.data.preview.find((p) => p.item === "technology")).toMatchObject({
        change: "update",
        self: "1 → 3",
        lead: "4",
      });
    actAs(f.actors.leadA);
    // The lead gives the lead's rating only: the self column is the member's (as on the form).
    const leadCsv =
      "member_id,field,skill_item,self,lead,date\n" + items.map((i) => `${a2},hardware,${i},,4,2025-01-15`).join("\n");
    const r = await importSkillsCsv({ csv: leadCsv, dryRun: false });
    expect(r).toMatchObject({ ok: true, data: { applied: true, written: 7 } });
    const rows = await h.db.select().from(s.skillAssessments).where(eq(s.skillAssessments.memberId, a2));
    expect(rows).toHaveLength(7);
    expect(
      rows.every(
        (x) =>
          x.selfLevel === (x.item === "technology" ? 1 : null) &&
          x.leadLevel === 4 &&
          x.leadAssessorId === f.users.leadA.id &&
          x.leadAssessedOn === "2025-01-15",
      ),
    ).toBe(true);
    expect(rows.find((x) => x.item === "technology")!.version).toBe(2);
    const audit = await h.db.select().from(s.auditLog).where(eq(s.auditLog.entity, "skill_assessment"));
    expect(audit).toHaveLength(7);
    const snaps = await h.db.select().from(s.evaluationSnapshots).where(eq(s.evaluationSnapshots.memberId, a2));
    expect(snaps).toMatchObject([{ field: "hardware", skillLevel: 4 }]);
  });

  it("skill ratings obey the form's policy per row and column: a head sets neither, a lead not the self rating", async () => {
    const before = await snapshot();
    actAs(f.actors.head1);
    const head = await importSkillsCsv({
      csv: "member_email,field,skill_item,self,lead\nmembera@t.test,hardware,technology,1,5\n",
      dryRun: true,
    });
    expect(head).toMatchObject({
      ok: true,
      data: {
        applied: false,
        preview: [],
        errors: [
          { row: 2, column: "self", message: expect.stringMatching(/self-assessment/) },
          { row: 2, column: "lead", message: expect.stringMatching(/lead's rating/) },
        ],
      },
    });
    actAs(f.actors.leadA);
    const csv = `member_id,field,skill_item,self,lead\n${f.members.memberA.id},hardware,technology,,3\n${f.members.memberA.id},hardware,leadership,2,\n`;
    const lead = await importSkillsCsv({ csv, dryRun: false });
    expect(lead).toMatchObject({ ok: true, data: { applied: false, errors: [{ row: 3, column: "self" }] } });
    expect(await snapshot()).toBe(before);
  });

  it("an administrator does not give the lead's rating to their own member, on the import or the form", async () => {
    const [own] = await h.db
      .insert(s.members)
      .values({ teamId: f.teams.teamA.id, name: "Admin's own", userId: f.users.admin.id })
      .returning();
    const adminSelf = { ...f.actors.admin, memberId: own.id };
    actAs(adminSelf);
    try {
      const before = await snapshot();
      const r = await importSkillsCsv({
        csv: `member_id,field,skill_item,self,lead\n${own.id},hardware,technology,2,5\n`,
        dryRun: false,
      });
      expect(r).toMatchObject({ ok: true, data: { applied: false, errors: [{ row: 2, column: "lead" }] } });
      const { setSkillRating } = await import("../actions/skills");
      const form = await setSkillRating({
        memberId: own.id,
        field: "hardware",
        item: "technology",
        rater: "lead",
        level: 5,
        version: null,
      });
      expect(form).toMatchObject({ ok: false, code: "forbidden" });
      expect(await snapshot()).toBe(before);
      // The self rating of their own member stays theirs.
      const self = await importSkillsCsv({
        csv: `member_id,field,skill_item,self,lead\n${own.id},hardware,technology,2,\n`,
        dryRun: true,
      });
      expect(self).toMatchObject({ ok: true, data: { errors: [] } });
    } finally {
      await h.db.update(s.members).set({ userId: null, archivedAt: new Date() }).where(eq(s.members.id, own.id));
    }
  });

  it("skill ratings: leadB may not rate team A; an error in one row writes nothing", async () => {
    actAs(f.actors.leadB);
    const before = await snapshot();
    const csv = `member_id,field,skill_item,self,lead\n${f.members.memberB.id},software,technology,,2\n${f.members.memberA.id},hardware,technology,,2\n`;
    const r = await importSkillsCsv({ csv, dryRun: false });
    expect(r).toMatchObject({
      ok: true,
      data: {
        applied: false,
        errors: [{ row: 3, column: "member_id", message: expect.stringMatching(/No member with id/) }],
      },
    });
    expect(await snapshot()).toBe(before);
  });

  it("the file's problems and the preview are said in the importer's language", async () => {
    actAs({ ...f.actors.admin, locale: "ja" });
    const members = await importMembersCsv({
      csv: "name,email,team,department\n,bad,Team Z,\nNew,new@x.test,New Desk,Dept One\n",
      dryRun: true,
    });
    expect(members).toMatchObject({
      ok: true,
      data: {
        errors: [
          { row: 2, column: "name", message: "メンバーの名前を入力してください。" },
          { row: 2, column: "email", message: "「bad」は正しいメールアドレスではありません。" },
          { row: 2, column: "team", message: expect.stringMatching(/^インポートできるチームに「Team Z」/) },
        ],
      },
    });
    const header = await importSkillsCsv({ csv: "field,skill_item,self,lead\nhardware,technology,1,\n", dryRun: true });
    expect(header).toMatchObject({
      ok: true,
      data: { errors: [{ row: 1, message: "見出し行には member_email か member_id（または両方）が必要です。" }] },
    });
    const valid = await importMembersCsv({ csv: "name,team,department\nNew,New Desk,Dept One\n", dryRun: true });
    expect(valid).toMatchObject({ ok: true, data: { errors: [], preview: [{ team: "Dept One / New Desk（新規）" }] } });
  });
});
