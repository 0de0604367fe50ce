// The view scope resolves only to teams and departments the actor may read; anything else is "not found".
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import { teams } from "../db/schema";
import type { Fixture } from "../testing/fixture";
import { createLoader } from "nuqs/server";
import { scopeOf, scopeParsers } from "../search-params/scope";
import { resolveScope, scopeTeamsWhere } from "./scope";

const parseScope = (sp: Record<string, string>) => scopeOf(createLoader(scopeParsers)(sp));

describe("view scope", () => {
  const h = useIntegrationDb();
  let f: Fixture;
  beforeAll(async () => {
    f = h.fixture;
  });
  const teamNames = async (actor: Fixture["actors"][keyof Fixture["actors"]], params: object) => {
    const r = await resolveScope(h.db, actor, parseScope(params as Record<string, string>));
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
    expect(await teamNames(f.actors.head1, { teamId: String(f.teams.teamC.id) })).toBe(404);
    expect(await teamNames(f.actors.head1, { departmentId: String(f.departments.dept2.id) })).toBe(404);
    expect(await teamNames(f.actors.leadA, { teamId: String(f.teams.teamB.id) })).toBe(404);
    expect(await teamNames(f.actors.leadA, { departmentId: String(f.departments.dept1.id) })).toBe(404);
    expect(await teamNames(f.actors.admin, { teamId: "999999" })).toBe(404);
    expect(await teamNames(f.actors.head1, { teamId: String(f.teams.teamB.id) })).toEqual(["Team B"]);
    expect(await teamNames(f.actors.admin, { departmentId: String(f.departments.dept2.id) })).toEqual(["Team C"]);
  });

  it("an id that is not a positive integer is answered like a missing one; a team wins over a department", async () => {
    for (const bad of ["-1", "abc", "0", "3000000000"])
      expect(await teamNames(f.actors.admin, { teamId: bad })).toBe(404);
    expect(
      await teamNames(f.actors.admin, {
        teamId: String(f.teams.teamB.id),
        departmentId: String(f.departments.dept2.id),
      }),
    ).toEqual(["Team B"]);
  });
});
