// The staffing query against the demo organisation: it returns exactly the candidates that the pure ranking finds
// among facts recomputed from the records (engine level, lead-else-self rating, ongoing projects), in the same
// order, paged, in the actor's scope, never an archived member.
import { loadOrganisationSettings } from "./settings";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { useIntegrationDb } from "@/lib/testing/integration";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client";
import * as s from "../schema";
import { seedDemo } from "@/seed/demo";
import { afterSeed } from "@/seed/after-seed";
import type { CurrentUser } from "@/lib/auth/session";
import { evaluateMembers } from "@/lib/evaluation/current";
import { countingRecords } from "@/lib/evaluation/evidence";
import { readMemberRecords } from "./evidence";
import { refreshAllStandings } from "@/lib/evaluation/refresh";
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field, type SkillItem } from "@/lib/itss/fields";
import type { StaffingNeed } from "@/lib/staffing/need";
import { rankCandidates, type CandidateFacts } from "@/lib/staffing/rank";
import { resolveScope, type ViewScope } from "@/lib/views/scope";
import { findCandidates } from "./staffing";

describe("staffing candidates (SQL) equal the pure ranking over recomputed facts", () => {
  const h = useIntegrationDb({ fixture: false });
  let db: Db;
  let head: CurrentUser;
  let leadHw: CurrentUser;
  let archivedId: number;
  let hwTeamId: number;

  beforeAll(async () => {
    db = h.db;
    await db.transaction(async (tx) => {
      await seedDemo(tx as never);
      await afterSeed(tx as never);
    });
    const users = await db.select().from(s.users);
    const [hw] = await db.select().from(s.teams).where(eq(s.teams.name, "Hardware Service Team"));
    hwTeamId = hw.id;
    const u = (email: string) => users.find((x) => x.email === email)!;
    const actor = (x: (typeof users)[number], leadTeamIds: number[] = []): CurrentUser => ({
      userId: x.id,
      role: x.role,
      departmentId: x.departmentId,
      leadTeamIds,
      memberId: null,
      name: x.name,
      email: x.email,
    });
    head = actor(u("head@levelboard.test"));
    leadHw = actor(u("lead.hw@levelboard.test"), [hw.id]);

    // Workload cases: an approved ongoing project under a submitted revision counts once; a draft one not at all.
    const hwMembers = await db.select().from(s.members).where(eq(s.members.teamId, hw.id)).orderBy(s.members.id);
    const busy = hwMembers[2];
    const [orig] = await db
      .insert(s.projects)
      .values({
        memberId: busy.id,
        field: "software",
        name: "Ongoing A",
        role: "member",
        status: "ongoing",
        complexity: [],
        reviewState: "approved",
      })
      .returning();
    await db.insert(s.projects).values([
      {
        memberId: busy.id,
        field: "software",
        name: "Ongoing A (rev)",
        role: "member",
        status: "ongoing",
        complexity: [],
        reviewState: "submitted",
        revisionOf: orig.id,
      },
      {
        memberId: busy.id,
        field: "hardware",
        name: "Ongoing draft",
        role: "member",
        status: "ongoing",
        complexity: [],
        reviewState: "draft",
      },
      {
        memberId: busy.id,
        field: "hardware",
        name: "Ongoing B",
        role: "member",
        status: "ongoing",
        complexity: [],
        reviewState: "submitted",
      },
    ]);
    // The strongest hardware member leaves: the read model keeps their rows, the planner must not show them.
    archivedId = hwMembers[1].id;
    await db.update(s.members).set({ archivedAt: new Date() }).where(eq(s.members.id, archivedId));
    await refreshAllStandings(db);
  });

  /** Facts of every active member of the scope's teams, from the records (not the read model). */
  async function recomputedFacts(
    field: Field,
    teamIds: number[],
    items: readonly SkillItem[],
  ): Promise<CandidateFacts[]> {
    const { countSelfRatings } = await loadOrganisationSettings(db);
    const rows = await db
      .select({ id: s.members.id, name: s.members.name, teamId: s.members.teamId, teamName: s.teams.name })
      .from(s.members)
      .innerJoin(s.teams, eq(s.teams.id, s.members.teamId))
      .where(and(isNull(s.members.archivedAt), inArray(s.members.teamId, teamIds)));
    const ids = rows.map((r) => r.id);
    const [evaluations, records] = await Promise.all([
      evaluateMembers(db, ids, "official"),
      readMemberRecords(db, ids, "evaluation"),
    ]);
    return rows.map((r) => {
      const rec = records.get(r.id)!;
      const skills: CandidateFacts["skills"] = {};
      for (const item of items) {
        const a = rec.assessments.find((x) => x.field === field && x.item === item);
        const level = a?.leadLevel ?? a?.selfLevel ?? null;
        const source = a?.leadLevel != null ? "lead" : "self";
        // What counts: a lead rating, or a self-rating alone when the organisation counts self-ratings.
        skills[item] = level === null ? null : { level, source, counts: source === "lead" || countSelfRatings };
      }
      return {
        memberId: r.id,
        name: r.name,
        teamId: r.teamId,
        teamName: r.teamName,
        level: evaluations.get(r.id)!.evaluation.fields[field].level,
        skills,
        ongoing: countingRecords(rec.projects, "provisional").filter((p) => p.status === "ongoing").length,
      };
    });
  }

  async function scopeOf(actor: CurrentUser, params: object): Promise<ViewScope> {
    const r = await resolveScope(db, actor, params);
    if (!r.ok) throw new Error("scope not resolved");
    return r.scope;
  }

  const needArb = fc.constantFrom(...FIELDS).chain((field) =>
    fc.record({
      field: fc.constant(field),
      minLevel: fc.option(fc.integer({ min: 1, max: MAX_LEVEL[field] }), { nil: null }),
      skills: fc
        .subarray([...skillItemsOf(field)], { maxLength: 4 })
        .chain((chosen) =>
          fc.tuple(
            ...chosen.map((item) =>
              fc.integer({ min: 1, max: MAX_LEVEL[field] }).map((minLevel) => ({ item, minLevel })),
            ),
          ),
        ),
    }),
  ) as fc.Arbitrary<StaffingNeed>;

  it.each([false, true])(
    "the head's department: same members, same order, same totals, for many needs (self-ratings count: %s)",
    async (countSelfRatings) => {
      await db
        .insert(s.organisationSettings)
        .values({ id: 1, countSelfRatings })
        .onConflictDoUpdate({ target: s.organisationSettings.id, set: { countSelfRatings } });
      const scope = await scopeOf(head, {});
      const teamIds = (await db.select({ id: s.teams.id }).from(s.teams)).map((t) => t.id);
      const needs: StaffingNeed[] = [
        { field: "hardware", minLevel: 4, skills: [{ item: "hardware_technology", minLevel: 3 }] },
        { field: "facility", minLevel: 5, skills: [] },
        { field: "software", minLevel: null, skills: [] },
        ...fc.sample(needArb, { numRuns: 25, seed: 9 }),
      ];
      let nonEmpty = 0;
      for (const need of needs) {
        const expected = rankCandidates(
          need,
          await recomputedFacts(
            need.field,
            teamIds,
            need.skills.map((x) => x.item),
          ),
        );
        const page = await findCandidates(db, head, scope, need, { limit: 500, offset: 0 });
        expect(
          page.rows.map((r) => r.memberId),
          JSON.stringify(need),
        ).toEqual(expected.map((r) => r.memberId));
        expect(rankCandidates(need, page.rows)).toEqual(expected);
        expect(page.total).toBe(expected.length);
        expect(page.qualified).toBe(expected.filter((r) => r.match === "qualified").length);
        if (expected.length) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(10);
      await db.update(s.organisationSettings).set({ countSelfRatings: false });
    },
  );

  it("pages with limit and offset, keeping the totals, also past the end", async () => {
    const scope = await scopeOf(head, {});
    const need: StaffingNeed = { field: "software", minLevel: 2, skills: [] };
    const all = await findCandidates(db, head, scope, need, { limit: 500, offset: 0 });
    expect(all.total).toBeGreaterThan(6);
    const page = await findCandidates(db, head, scope, need, { limit: 3, offset: 2 });
    expect(page.rows.map((r) => r.memberId)).toEqual(all.rows.slice(2, 5).map((r) => r.memberId));
    expect([page.total, page.qualified]).toEqual([all.total, all.qualified]);
    const past = await findCandidates(db, head, scope, need, { limit: 3, offset: 1000 });
    expect(past).toEqual({ rows: [], total: all.total, qualified: all.qualified });
  });

  it("counts ongoing projects as approved or submitted, a revision once, drafts never", async () => {
    const scope = await scopeOf(head, {});
    const page = await findCandidates(
      db,
      head,
      scope,
      { field: "hardware", minLevel: null, skills: [] },
      { limit: 500, offset: 0 },
    );
    const hwMembers = await db.select().from(s.members).where(eq(s.members.teamId, hwTeamId)).orderBy(s.members.id);
    const busy = page.rows.find((r) => r.memberId === hwMembers[2].id)!;
    const seeded = (await db.select().from(s.projects).where(eq(s.projects.memberId, busy.memberId))).filter(
      (p) => p.status === "ongoing" && p.reviewState === "approved" && !p.name.startsWith("Ongoing"),
    ).length;
    expect(busy.ongoing).toBe(seeded + 2);
  });

  it("a lead sees only their team's members; an archived member never appears", async () => {
    const need: StaffingNeed = { field: "hardware", minLevel: null, skills: [] };
    const mine = await findCandidates(db, leadHw, await scopeOf(leadHw, {}), need, { limit: 500, offset: 0 });
    const hwActive = await db
      .select({ id: s.members.id })
      .from(s.members)
      .where(and(eq(s.members.teamId, hwTeamId), isNull(s.members.archivedAt)));
    expect(mine.rows.map((r) => r.memberId).sort()).toEqual(hwActive.map((r) => r.id).sort());
    expect(mine.rows.every((r) => r.teamId === hwTeamId)).toBe(true);
    const all = await findCandidates(db, head, await scopeOf(head, {}), need, { limit: 500, offset: 0 });
    expect(all.rows.some((r) => r.memberId === archivedId)).toBe(false);
    expect(all.total).toBe(29);
    // A lead asking for a scope beyond their teams does not get one.
    const other = await db.select().from(s.teams).where(eq(s.teams.name, "Software Service Team"));
    expect((await resolveScope(db, leadHw, { teamId: other[0].id })).ok).toBe(false);
  });
});
