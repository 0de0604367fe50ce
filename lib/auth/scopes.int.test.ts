// The SQL scopes the list queries filter by are the policy as SQL: on the fixture organisation, for every actor,
// visibleMembersWhere, visibleTeamsWhere and reviewableWhere return exactly the rows can() allows, no more, no less.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDb } from "../db/test-db";
import type { DbHandle } from "../db/client";
import { members, teams } from "../db/schema";
import { visibleMembersWhere } from "../db/queries/members";
import { visibleTeamsWhere } from "../db/queries/org";
import { reviewableWhere } from "../db/queries/review";
import { buildFixture, type Fixture } from "../testing/fixture";
import { can, type Actor, type RowScope } from "./policy";

describe("SQL scopes agree with the policy", () => {
  let h: DbHandle;
  let f: Fixture;
  let actors: [string, Actor][];
  let memberRows: { id: number; teamId: number; departmentId: number; archived: boolean }[];
  let teamRows: { id: number; departmentId: number }[];

  beforeAll(async () => {
    h = await createTestDb();
    f = await buildFixture(h.db);
    // An archived member of team A: readable like any other, never in a review queue.
    await h.db.insert(members).values({ teamId: f.teams.teamA.id, name: "Archived A", archivedAt: new Date() });
    const { admin, leadA, memberA } = f.actors;
    actors = [
      ...Object.entries(f.actors),
      // The edges the policy treats specially: actors who are members themselves, and a lead of no team.
      ["admin who is member B", { ...admin, memberId: f.members.memberB.id }],
      ["lead A who is member A2", { ...leadA, memberId: f.members.memberA2.id }],
      ["lead of no team", { ...leadA, leadTeamIds: [] }],
      ["member without a member record", { ...memberA, memberId: null }],
    ];
    memberRows = (
      await h.db
        .select({ id: members.id, teamId: members.teamId, departmentId: teams.departmentId, at: members.archivedAt })
        .from(members)
        .innerJoin(teams, eq(teams.id, members.teamId))
    ).map(({ at, ...m }) => ({ ...m, archived: at !== null }));
    teamRows = await h.db.select({ id: teams.id, departmentId: teams.departmentId }).from(teams);
  });
  afterAll(async () => h.close());

  const scopeOf = (m: (typeof memberRows)[number]): RowScope => ({
    departmentId: m.departmentId,
    teamId: m.teamId,
    memberId: m.id,
  });
  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

  it("runs over every role, and over members the policy both allows and refuses to each non-admin", async () => {
    expect(new Set(actors.map(([, a]) => a.role))).toEqual(new Set(["admin", "head", "lead", "member"]));
    for (const [name, actor] of actors.filter(([, a]) => a.role !== "admin")) {
      const readable = memberRows.filter((m) => can(actor, "member.read", scopeOf(m))).length;
      expect(readable, name).toBeLessThan(memberRows.length);
    }
    expect(memberRows.filter((m) => can(f.actors.leadA, "member.records.review", scopeOf(m))).length).toBeGreaterThan(
      0,
    );
  });

  it("visibleMembersWhere returns the members can(member.read) allows", async () => {
    for (const [name, actor] of actors) {
      const rows = await h.db
        .select({ id: members.id })
        .from(members)
        .innerJoin(teams, eq(teams.id, members.teamId))
        .where(visibleMembersWhere(actor));
      const expected = memberRows.filter((m) => can(actor, "member.read", scopeOf(m))).map((m) => m.id);
      expect(sorted(rows.map((r) => r.id)), name).toEqual(sorted(expected));
    }
  });

  it("visibleTeamsWhere returns the teams can(team.read) allows", async () => {
    for (const [name, actor] of actors) {
      const rows = await h.db.select({ id: teams.id }).from(teams).where(visibleTeamsWhere(actor));
      const expected = teamRows
        .filter((t) => can(actor, "team.read", { departmentId: t.departmentId, teamId: t.id }))
        .map((t) => t.id);
      expect(sorted(rows.map((r) => r.id)), name).toEqual(sorted(expected));
    }
  });

  it("reviewableWhere returns the members whose records can(member.records.review) allows, archived ones aside", async () => {
    for (const [name, actor] of actors) {
      const where = reviewableWhere(actor);
      const rows =
        where === null
          ? []
          : await h.db
              .select({ id: members.id })
              .from(members)
              .innerJoin(teams, eq(teams.id, members.teamId))
              .where(where);
      // An archived member's records cannot change (lib/records/access.ts), so no queue shows them.
      const expected = memberRows
        .filter((m) => !m.archived && can(actor, "member.records.review", scopeOf(m)))
        .map((m) => m.id);
      expect(sorted(rows.map((r) => r.id)), name).toEqual(sorted(expected));
    }
  });
});
