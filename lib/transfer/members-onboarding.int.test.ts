// Onboarding in one import: an administrator's members CSV with department, team and field columns creates the
// departments and teams it names, in the same transaction as the members (with audit rows); heads and leads stay
// within their teams. Runs the server action on PGlite, and on the server when TEST_DATABASE_URL is set.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import { eq, inArray } from "drizzle-orm";
import * as s from "../db/schema";
import type { Fixture } from "../testing/fixture";
import { exportOrganisation, serializeOrganisation } from "./org-json";
import { checkStandings } from "../evaluation/check";

const { importMembersCsv } = await import("../actions/transfer");

const ONBOARDING = [
  "name,email,department,team,field,role",
  "Sam Lead,sam@new.test,Field Services,Hardware Desk,hardware,lead",
  "Ria Member,ria@new.test,Field Services,Hardware Desk,,member",
  "Kai Noaccount,,field services,Software Desk,software,",
  "Existing Team,,Dept One,Team A,,",
].join("\n");

describe("members CSV that creates departments and teams", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  const snapshot = async () => serializeOrganisation(await exportOrganisation(h.db));
  beforeAll(async () => {
    f = h.fixture;
  });
  beforeEach(() => actAs(f.actors.admin));

  it("the dry run lists the department and teams it will create, and writes nothing", async () => {
    const before = await snapshot();
    const r = await importMembersCsv({ csv: ONBOARDING, dryRun: true });
    expect(r).toMatchObject({
      ok: true,
      message:
        "All 4 rows are valid; 1 department and 2 teams will be created with them. Nothing has been written yet.",
      data: {
        errors: [],
        applied: false,
        creates: [
          { kind: "department", name: "Field Services", detail: null },
          { kind: "team", name: "Field Services / Hardware Desk", detail: "Hardware" },
          { kind: "team", name: "Field Services / Software Desk", detail: "Software" },
        ],
      },
    });
    if (r.ok)
      expect(r.data.preview.map((p) => p.team)).toEqual([
        "Field Services / Hardware Desk (new)",
        "Field Services / Hardware Desk (new)",
        "Field Services / Software Desk (new)",
        "Dept One / Team A",
      ]);
    expect(await snapshot()).toBe(before);
  });

  it("an error in any row writes nothing, not even the department", async () => {
    const before = await snapshot();
    const r = await importMembersCsv({
      csv: `${ONBOARDING}\nBroken,,Field Services,Hardware Desk,facility,`,
      dryRun: false,
    });
    expect(r).toMatchObject({ ok: true, data: { applied: false, errors: [{ row: 6, column: "field" }] } });
    expect(await snapshot()).toBe(before);
  });

  it("the import creates departments, teams, accounts, leads and members in one transaction, with audit rows", async () => {
    const r = await importMembersCsv({ csv: ONBOARDING, dryRun: false });
    expect(r).toMatchObject({
      ok: true,
      message: "Imported 4 members; created 1 department and 2 teams.",
      data: { applied: true, written: 4 },
    });
    const [dept] = await h.db.select().from(s.departments).where(eq(s.departments.name, "Field Services"));
    const newTeams = await h.db.select().from(s.teams).where(eq(s.teams.departmentId, dept.id)).orderBy(s.teams.name);
    expect(newTeams.map((t) => [t.name, t.field])).toEqual([
      ["Hardware Desk", "hardware"],
      ["Software Desk", "software"],
    ]);
    const people = await h.db
      .select({ name: s.members.name, teamId: s.members.teamId, userId: s.members.userId })
      .from(s.members)
      .where(inArray(s.members.name, ["Sam Lead", "Ria Member", "Kai Noaccount", "Existing Team"]))
      .orderBy(s.members.name);
    expect(people.map((p) => [p.name, p.teamId])).toEqual([
      ["Existing Team", f.teams.teamA.id],
      ["Kai Noaccount", newTeams[1].id],
      ["Ria Member", newTeams[0].id],
      ["Sam Lead", newTeams[0].id],
    ]);
    const [sam] = await h.db.select().from(s.users).where(eq(s.users.email, "sam@new.test"));
    expect(sam).toMatchObject({ role: "lead", departmentId: dept.id });
    expect(await h.db.select().from(s.teamLeads).where(eq(s.teamLeads.userId, sam.id))).toEqual([
      { teamId: newTeams[0].id, userId: sam.id },
    ]);
    const audit = await h.db
      .select()
      .from(s.auditLog)
      .where(inArray(s.auditLog.entity, ["department", "team"]));
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.actorUserId]).sort()).toEqual(
      [
        ["import", "department", String(dept.id), f.users.admin.id],
        ["import", "team", String(newTeams[0].id), f.users.admin.id],
        ["import", "team", String(newTeams[1].id), f.users.admin.id],
      ].sort(),
    );
    // The new members' standings were written with them (the fixture's own members, inserted directly, have none).
    const imported = new Set(
      (
        await h.db
          .select({ id: s.members.id })
          .from(s.members)
          .where(inArray(s.members.name, ["Sam Lead", "Ria Member", "Kai Noaccount"]))
      ).map((m) => m.id),
    );
    expect((await checkStandings(h.db)).drift.filter((d) => imported.has(d.memberId))).toEqual([]);
    // The same departments and teams again are found, not created twice.
    const again = await importMembersCsv({
      csv: "name,department,team\nOne More,FIELD SERVICES,hardware desk\n",
      dryRun: false,
    });
    expect(again).toMatchObject({ ok: true, message: "Imported 1 member.", data: { creates: [] } });
  });

  it("a head's file naming a new team or department gets row errors naming the column, and nothing is written", async () => {
    actAs(f.actors.head1);
    const before = await snapshot();
    const r = await importMembersCsv({
      csv: "name,department,team\nA,Dept One,Team A\nB,Dept One,Brand New\nC,Elsewhere,Desk\n",
      dryRun: false,
    });
    expect(r).toMatchObject({
      ok: true,
      data: {
        applied: false,
        creates: [],
        errors: [
          { row: 3, column: "team" },
          { row: 4, column: "department" },
        ],
      },
    });
    expect(await snapshot()).toBe(before);
    actAs(f.actors.leadA);
    const lead = await importMembersCsv({ csv: "name,department,team\nA,Dept One,Team B\n", dryRun: true });
    expect(lead).toMatchObject({ ok: true, data: { errors: [{ row: 2, column: "team" }] } });
  });
});

describe("an administrator's first import into an empty organisation", () => {
  const h = useIntegrationDb({ fixture: false });

  it("creates the whole organisation from one file", async () => {
    const [admin] = await h.db
      .insert(s.users)
      .values({ email: "boss@example.com", name: "Boss", role: "admin" })
      .returning();
    actAs({
      userId: admin.id,
      role: "admin",
      departmentId: null,
      leadTeamIds: [],
      memberId: null,
      name: admin.name,
      email: admin.email,
    });
    const csv =
      "name,email,department,team,field,role\nFirst Person,first@example.com,Operations,Facility Crew,facility,lead\nSecond Person,,Operations,Facility Crew,,\n";
    const r = await importMembersCsv({ csv, dryRun: false });
    expect(r).toMatchObject({ ok: true, data: { applied: true, written: 2 } });
    expect(await h.db.select({ name: s.departments.name }).from(s.departments)).toEqual([{ name: "Operations" }]);
    expect(await h.db.select({ name: s.teams.name, field: s.teams.field }).from(s.teams)).toEqual([
      { name: "Facility Crew", field: "facility" },
    ]);
  });
});
