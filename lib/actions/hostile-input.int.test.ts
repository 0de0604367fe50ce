// Text PostgreSQL cannot store, sent by a signed-in department head through the real actions: a NUL character or
// a lone surrogate in a team, member or department name gets a message naming the field (never "Something went
// wrong on our side"), nothing is written, and the answer is in the actor's language.
import { beforeAll, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import type { DbHandle } from "@/lib/db/client";
import * as s from "@/lib/db/schema";
import type { Fixture } from "@/lib/testing/fixture";
import { createTeam, updateTeam } from "./teams";
import { createMember } from "./members";
import { createDepartment } from "./departments";
import { createProject } from "./projects";

const it_ = useIntegrationDb();
let h: DbHandle;
let f: Fixture;
beforeAll(() => {
  h = it_.handle;
  f = it_.fixture;
});

async function counts() {
  const [[t], [m], [d], [a], [p]] = await Promise.all([
    h.db.select({ n: count() }).from(s.teams),
    h.db.select({ n: count() }).from(s.members),
    h.db.select({ n: count() }).from(s.departments),
    h.db.select({ n: count() }).from(s.auditLog),
    h.db.select({ n: count() }).from(s.projects),
  ]);
  return { teams: t.n, members: m.n, departments: d.n, audit: a.n, projects: p.n };
}

const HOSTILE = ["Team\u0000A", "\u0000", "Team \uD800", "\uDC00 Team"];

describe("text PostgreSQL cannot store", () => {
  for (const name of HOSTILE) {
    it(`a team named ${JSON.stringify(name)} is refused with a message naming the team name`, async () => {
      actAs(f.actors.head1);
      const before = await counts();
      const r = await createTeam({ departmentId: f.departments.dept1.id, name, field: "hardware" });
      expect(r).toMatchObject({
        ok: false,
        code: "validation",
        fieldErrors: { name: expect.stringMatching(/^The team name contains a character that cannot be stored/) },
      });
      expect(await counts()).toEqual(before);
    });
  }

  it("a member named with a NUL, and a renamed team, are refused; nothing is stored", async () => {
    actAs(f.actors.head1);
    const before = await counts();
    const member = await createMember({ teamId: f.teams.teamA.id, name: "Ada\u0000", email: "", jobTitle: "x\u0000" });
    expect(member).toMatchObject({
      ok: false,
      fieldErrors: {
        name: expect.stringMatching(/^The name contains a character that cannot be stored/),
        jobTitle: expect.stringMatching(/^The job title contains a character that cannot be stored/),
      },
    });
    expect(member.ok ? "" : member.error).toMatch(/^2 fields need attention: name, job title\.$/);
    const rename = await updateTeam({ id: f.teams.teamA.id, version: 1, name: "A\u0000", field: "" });
    expect(rename).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/team name/) } });
    actAs(f.actors.admin);
    const dept = await createDepartment({ name: "Dept\u0000" });
    expect(dept).toMatchObject({ ok: false, fieldErrors: { name: expect.stringMatching(/department name/) } });
    expect(await counts()).toEqual(before);
  });

  it("a project record with a NUL in its description is refused the same way", async () => {
    actAs(f.actors.leadA);
    const before = await counts();
    const r = await createProject({
      memberId: f.members.memberA.id,
      field: "hardware",
      name: "Rollout",
      role: "leader",
      status: "completed",
      scope: "specific_users",
      description: "line\u0000",
    });
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: {
        description: expect.stringMatching(/^The description contains a character that cannot be stored/),
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("answers in the actor's saved language: Japanese field names and messages", async () => {
    actAs({ ...f.actors.head1, locale: "ja" });
    const r = await createTeam({ departmentId: f.departments.dept1.id, name: "\u0000", field: "hardware" });
    expect(r).toMatchObject({
      ok: false,
      code: "validation",
      error: expect.stringMatching(/^名前：チーム名に保存できない文字/),
      fieldErrors: { name: expect.stringMatching(/^チーム名に保存できない文字/) },
    });
    const empty = await createTeam({ departmentId: f.departments.dept1.id, name: " ", field: "hardware" });
    expect(empty).toMatchObject({ ok: false, fieldErrors: { name: "チーム名を入力してください。" } });
  });

  it("a storable name with emoji and Japanese is accepted as it is", async () => {
    actAs(f.actors.head1);
    const r = await createTeam({ departmentId: f.departments.dept1.id, name: "保守チーム 🛠️", field: "" });
    expect(r).toMatchObject({ ok: true, message: "Team “保守チーム 🛠️” created." });
  });
});
