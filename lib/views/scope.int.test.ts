// The view scope resolves only to teams and departments the actor may read; anything else is "not found".
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import { teams } from "../db/schema";
import type { Fixture } from "../testing/fixture";
import { resolveScope, scopeTeamsWhere, scopeParamsSchema } from "./scope";

describe("view scope", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
  });
  const teamNames = async (actor: Fixture["actors"][keyof Fixture["actors"]], params: object) => {
    const r = await resolveScope(h.db, actor, scopeParamsSchema.parse(params));
    if (!r.ok) return r.status;
    return (
      await h.db.select({ name: teams.name }).from(teams).where(scopeTeamsWhere(actor, r.scope)).orderBy(teams.name)
    ).map((t) => t.name);
  };

  it("defaults: head → department, lead → own teams, admin → organisation, member → nothing", async () => {
    expect(await teamNames(f.actors.head1, {})).toEqual(["Team A", "Team B"]);
    expect(await teamNames(f.actors.leadA, {})).toEqual(["Team A"]);
    expect(await teamNames(f.actors.admin, {})).toEqual(["Team A", "Team B", "Team C"]);
    expect(await teamNames(f.actors.memberA, {})).toEqual([]);
  });

  it("a team or department outside the actor's reach is 404, like one that does not exist", async () => {
    expect(await teamNames(f.actors.head1, { teamId: f.teams.teamC.id })).toBe(404);
    expect(await teamNames(f.actors.head1, { departmentId: f.departments.dept2.id })).toBe(404);
    expect(await teamNames(f.actors.leadA, { teamId: f.teams.teamB.id })).toBe(404);
    expect(await teamNames(f.actors.leadA, { departmentId: f.departments.dept1.id })).toBe(404);
    expect(await teamNames(f.actors.admin, { teamId: 999999 })).toBe(404);
    expect(await teamNames(f.actors.head1, { teamId: f.teams.teamB.id })).toEqual(["Team B"]);
    expect(await teamNames(f.actors.admin, { departmentId: f.departments.dept2.id })).toEqual(["Team C"]);
  });

  it("refuses both ids at once and ids that are not positive integers", () => {
    expect(scopeParamsSchema.safeParse({ teamId: "1", departmentId: "2" }).success).toBe(false);
    expect(scopeParamsSchema.safeParse({ teamId: "-1" }).success).toBe(false);
    expect(scopeParamsSchema.safeParse({ teamId: "abc" }).success).toBe(false);
  });
});
