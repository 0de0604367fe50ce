// CSV export routes: 401 signed out, the policy per view, the page's filters applied, injection neutralised.
import { beforeAll, describe, expect, it } from "vitest";
import { actAs, useIntegrationDb } from "@/lib/testing/integration";
import Papa from "papaparse";
import { auditLog, exams, members, projects, specialties } from "@/lib/db/schema";
import { evaluateMembers } from "@/lib/evaluation/current";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { FIELDS } from "@/lib/itss/fields";
import type { Fixture } from "@/lib/testing/fixture";

const { GET: teamMembers } = await import("./team-members/route");
const { GET: teams } = await import("./teams/route");
const { GET: users } = await import("./users/route");
const { GET: audit } = await import("./audit/route");

const h = useIntegrationDb();
let f: Fixture;
beforeAll(async () => {
  f = h.fixture;
  await h.db.insert(members).values({ teamId: f.teams.teamA.id, name: "=cmd|' /C calc'!A0", jobTitle: "Evil" });
  // Member A: level 3 in hardware by KPI (and a submitted project pending), level 2 elsewhere by exam; A2: level 1.
  const a = f.members.memberA.id;
  await h.db.insert(projects).values([
    {
      memberId: a,
      field: "hardware",
      name: "P1",
      role: "leader",
      status: "completed",
      successful: true,
      complexity: ["multi_platform", "multi_vendor"],
      scope: "wide_area_team",
      reviewState: "approved",
    },
  ]);
  await h.db
    .insert(specialties)
    .values({ memberId: a, field: "hardware", area: "first_support_contact", reviewState: "approved" });
  await h.db.insert(exams).values([
    { memberId: a, exam: "FE", reviewState: "approved" },
    { memberId: f.members.memberA2.id, exam: "IP", reviewState: "approved" },
    { memberId: f.members.memberA2.id, exam: "AP", reviewState: "submitted" },
  ]);
  await refreshAllStandings(h.db);
});

const get = (handler: (r: Request) => Promise<Response>, path: string) =>
  handler(new Request(`http://localhost${path}`));
const rowsOf = async (r: Response) => Papa.parse<string[]>(await r.text(), { skipEmptyLines: true }).data;

describe("CSV export routes", () => {
  it("answer 401 when signed out", async () => {
    actAs(null);
    for (const [h, p] of [
      [teamMembers, `/api/export/team-members?teamId=${f.teams.teamA.id}`],
      [teams, "/api/export/teams"],
      [users, "/api/export/users"],
    ] as const) {
      expect((await get(h, p)).status).toBe(401);
    }
  });

  it("team members: the lead of the team and the department's head, not others; filters applied", async () => {
    const path = `/api/export/team-members?teamId=${f.teams.teamA.id}`;
    actAs(f.actors.leadA);
    const ok = await get(teamMembers, path);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(ok.headers.get("content-disposition")).toMatch(/attachment; filename="team-members-team-a-/);
    const rows = await rowsOf(ok);
    expect(rows[0].slice(0, 4)).toEqual(["Name", "Email", "Job title", "Account"]);
    expect(rows.map((r) => r[0])).toEqual([
      "Name",
      "'=cmd|' /C calc'!A0",
      "Member A (has account)",
      "Member A2 (no account)",
    ]);
    const filtered = await rowsOf(await get(teamMembers, `${path}&q=A2&sort=name&dir=desc`));
    expect(filtered.map((r) => r[0])).toEqual(["Name", "Member A2 (no account)"]);
    for (const who of ["leadB", "head2", "memberA"] as const) {
      actAs(f.actors[who]);
      const res = await get(teamMembers, path);
      expect(res.status, who).toBe(404);
      expect(await res.text(), who).toMatch(/That team does not exist/);
    }
    actAs(f.actors.head1);
    expect((await get(teamMembers, path)).status).toBe(200);
    expect((await get(teamMembers, "/api/export/team-members?teamId=abc")).status).toBe(400);
    expect((await get(teamMembers, "/api/export/team-members?teamId=999999")).status).toBe(404);
  });

  it("team members: the level columns are the table's (read model), equal to a fresh evaluation, in the table's level sort", async () => {
    actAs(f.actors.leadA);
    const rows = await rowsOf(
      await get(teamMembers, `/api/export/team-members?teamId=${f.teams.teamA.id}&sort=level_software&dir=desc`),
    );
    expect(rows[0]).toEqual([
      "Name",
      "Email",
      "Job title",
      "Account",
      "Hardware level",
      "Hardware skill level",
      "Hardware pending level",
      "Software level",
      "Software skill level",
      "Software pending level",
      "Facility Management level",
      "Facility Management skill level",
      "Facility Management pending level",
      "Archived",
    ]);
    const byName = new Map(
      (await h.db.select({ id: members.id, name: members.name }).from(members)).map((m) => [m.name, m.id]),
    );
    const body = rows.slice(1);
    const ids = body.map((r) => byName.get(r[0]) ?? byName.get(r[0].slice(1))!); // the injection guard prefixes "'"
    const [official, provisional] = await Promise.all([
      evaluateMembers(h.db, ids, "official"),
      evaluateMembers(h.db, ids, "provisional"),
    ]);
    body.forEach((r, i) => {
      FIELDS.forEach((field, k) => {
        const o = official.get(ids[i])!.evaluation.fields[field];
        const p = provisional.get(ids[i])!.evaluation.fields[field].level;
        expect(r.slice(4 + 3 * k, 7 + 3 * k), `${r[0]} ${field}`).toEqual([
          String(o.level),
          o.skillLevel === null ? "" : String(o.skillLevel),
          p > o.level ? String(p) : "",
        ]);
      });
    });
    expect(body.map((r) => r[7])).toEqual(["2", "1", "0"]); // software level, highest first
    expect(body[1][7 + 2]).toBe("3"); // A2's submitted AP exam: pending level 3
    expect(body[0][4]).toBe("3"); // A's hardware level 3 by KPI
  });

  it("teams: only the teams the caller may see; users: admin only", async () => {
    actAs(f.actors.head2);
    expect((await rowsOf(await get(teams, "/api/export/teams"))).map((r) => r[0])).toEqual(["Team", "Team C"]);
    actAs(f.actors.memberA);
    expect((await get(teams, "/api/export/teams")).status).toBe(403);
    for (const who of ["head1", "leadA", "memberA"] as const) {
      actAs(f.actors[who]);
      expect((await get(users, "/api/export/users")).status, who).toBe(403);
    }
    actAs(f.actors.admin);
    const all = await rowsOf(await get(users, "/api/export/users?role=lead&sort=email&dir=asc&page=banana"));
    expect(all.map((r) => r[1])).toEqual(["Email", "leada@t.test", "leadb@t.test", "leadc@t.test"]);
  });

  it("audit log: admin only, with the page's filters, newest first, before/after as JSON", async () => {
    await h.db.insert(auditLog).values([
      {
        actorUserId: f.users.leadA.id,
        action: "create",
        entity: "project",
        entityId: "7",
        after: { name: "=HYPERLINK(1)" },
        at: new Date("2026-03-01T10:00:00Z"),
      },
      {
        actorUserId: f.users.admin.id,
        action: "update",
        entity: "member",
        entityId: "3",
        before: { name: "A" },
        after: { name: "B" },
        at: new Date("2026-03-02T10:00:00Z"),
      },
      {
        actorUserId: f.users.admin.id,
        action: "update",
        entity: "member",
        entityId: "4",
        at: new Date("2026-04-01T10:00:00Z"),
      },
    ]);
    actAs(null);
    expect((await get(audit, "/api/export/audit")).status).toBe(401);
    for (const who of [f.actors.head1, f.actors.leadA, f.actors.memberA]) {
      actAs(who);
      expect((await get(audit, "/api/export/audit")).status).toBe(403);
    }
    actAs(f.actors.admin);
    const all = await rowsOf(await get(audit, "/api/export/audit"));
    expect(all[0]).toEqual(["When (UTC)", "Actor", "Actor email", "Action", "Entity", "Entity id", "Before", "After"]);
    expect(all.slice(1).map((r) => r[5])).toEqual(["4", "3", "7"]);
    const filtered = await rowsOf(await get(audit, "/api/export/audit?entity=member&from=2026-03-01&to=2026-03-31"));
    expect(filtered.slice(1)).toEqual([
      [
        "2026-03-02T10:00:00.000Z",
        f.users.admin.name,
        f.users.admin.email,
        "update",
        "member",
        "3",
        '{"name":"A"}',
        '{"name":"B"}',
      ],
    ]);
    const byActor = await rowsOf(await get(audit, `/api/export/audit?actor=${f.users.leadA.id}`));
    expect(byActor).toHaveLength(2);
    expect(byActor[1][7]).toBe('{"name":"=HYPERLINK(1)"}'); // JSON cells start with "{", not a formula
  });
});
