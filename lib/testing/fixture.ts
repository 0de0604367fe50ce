// An organisation for integration tests: two departments, three teams, one user of each role, members with
// and without accounts — the rows the authorization matrix runs against.
import type { Db } from "../db/client";
import * as s from "../db/schema";
import type { CurrentUser } from "../auth/session";

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

export async function buildFixture(db: Db) {
  const [dept1] = await db.insert(s.departments).values({ name: "Dept One" }).returning();
  const [dept2] = await db.insert(s.departments).values({ name: "Dept Two" }).returning();
  const [teamA] = await db
    .insert(s.teams)
    .values({ departmentId: dept1.id, name: "Team A", field: "hardware" })
    .returning();
  const [teamB] = await db
    .insert(s.teams)
    .values({ departmentId: dept1.id, name: "Team B", field: "software" })
    .returning();
  const [teamC] = await db
    .insert(s.teams)
    .values({ departmentId: dept2.id, name: "Team C", field: "facility" })
    .returning();

  const user = async (email: string, role: s.Role, departmentId: number | null) =>
    (
      await db
        .insert(s.users)
        .values({ email, name: email.split("@")[0], role, departmentId, passwordHash: null })
        .returning()
    )[0];
  const admin = await user("admin@t.test", "admin", null);
  const head1 = await user("head1@t.test", "head", dept1.id);
  const head2 = await user("head2@t.test", "head", dept2.id);
  const leadA = await user("leada@t.test", "lead", dept1.id);
  const leadB = await user("leadb@t.test", "lead", dept1.id);
  const leadC = await user("leadc@t.test", "lead", dept2.id);
  const memberUserA = await user("membera@t.test", "member", dept1.id);
  await db.insert(s.teamLeads).values([
    { teamId: teamA.id, userId: leadA.id },
    { teamId: teamB.id, userId: leadB.id },
    { teamId: teamC.id, userId: leadC.id },
  ]);

  const member = async (teamId: number, name: string, userId: number | null = null) =>
    (await db.insert(s.members).values({ teamId, name, userId }).returning())[0];
  const memberA = await member(teamA.id, "Member A (has account)", memberUserA.id);
  const memberA2 = await member(teamA.id, "Member A2 (no account)");
  const memberB = await member(teamB.id, "Member B");
  const memberC = await member(teamC.id, "Member C");

  const actor = (u: typeof admin, leadTeamIds: number[] = [], memberId: number | null = null): CurrentUser => ({
    userId: u.id,
    role: u.role,
    departmentId: u.departmentId,
    leadTeamIds,
    memberId,
    name: u.name,
    email: u.email,
  });
  return {
    departments: { dept1, dept2 },
    teams: { teamA, teamB, teamC },
    users: { admin, head1, head2, leadA, leadB, leadC, memberUserA },
    members: { memberA, memberA2, memberB, memberC },
    actors: {
      admin: actor(admin),
      head1: actor(head1),
      head2: actor(head2),
      leadA: actor(leadA, [teamA.id]),
      leadB: actor(leadB, [teamB.id]),
      leadC: actor(leadC, [teamC.id]),
      memberA: actor(memberUserA, [], memberA.id),
    },
  };
}
