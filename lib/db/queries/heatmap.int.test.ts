// The heatmap's numbers against the same numbers recomputed independently from the records: proficiencies from
// skill_assessments (the lead's rating, else the self-rating), levels from a fresh evaluation of each member,
// team counts by hand. The demo department, plus an archived member and a second department that must not show.
import { beforeAll, describe, expect, it } from "vitest";
import { actorByEmail, countingDb, useIntegrationDb } from "@/lib/testing/integration";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import * as s from "../schema";
import type { CurrentUser } from "../../auth/session";
import { seedDemo } from "@/seed/demo";
import { afterSeed } from "@/seed/after-seed";
import { refreshAllStandings } from "../../evaluation/refresh";
import { evaluateMembers } from "../../evaluation/current";
import { skillItemsOf, type Field } from "../../itss/fields";
import { resolveScope } from "../../views/scope";
import { fieldLevels, heatmapPage, teamItemSummary, type HeatmapOrder, type HeatmapRow } from "./heatmap";

type Expected = {
  memberId: number;
  name: string;
  teamId: number;
  teamName: string;
  level: number;
  cells: ({ level: number; source: "lead" | "self" } | null)[];
};

describe("heatmap reads", () => {
  const h = useIntegrationDb({ fixture: false });
  let db: Db;
  let head: CurrentUser;
  let leadHw: CurrentUser;
  let admin: CurrentUser;
  let deptId: number;
  let otherTeamId: number;

  beforeAll(async () => {
    db = h.db;
    await db.transaction(async (tx) => {
      await seedDemo(tx as never);
      await afterSeed(tx as never);
    });
    [deptId] = (await db.select().from(s.departments)).map((d) => d.id);
    const [hwTeam] = await db.select().from(s.teams).where(eq(s.teams.field, "hardware"));
    // An archived member with ratings (must never show) and a second department (outside the head's reach).
    const [gone] = await db
      .insert(s.members)
      .values({ teamId: hwTeam.id, name: "Archived Person", archivedAt: new Date() })
      .returning();
    const [dept2] = await db.insert(s.departments).values({ name: "Other Department" }).returning();
    const [other] = await db
      .insert(s.teams)
      .values({ departmentId: dept2.id, name: "Aaa Other Team", field: "hardware" })
      .returning();
    otherTeamId = other.id;
    const [stranger] = await db.insert(s.members).values({ teamId: other.id, name: "Stranger" }).returning();
    await db.insert(s.skillAssessments).values(
      [gone.id, stranger.id].flatMap((memberId) =>
        skillItemsOf("hardware").map((item) => ({
          memberId,
          field: "hardware" as const,
          item,
          selfLevel: 5,
          leadLevel: 5,
        })),
      ),
    );
    await refreshAllStandings(db);
    head = await actorByEmail(db, "head@levelboard.test");
    leadHw = await actorByEmail(db, "lead.hw@levelboard.test");
    admin = { ...head, role: "admin", departmentId: null, userId: head.userId };
  });

  /** The expected heatmap of a department in a field, from the records alone, ordered by team then name. */
  async function expectedRows(field: Field, departmentId: number): Promise<Expected[]> {
    const people = await db
      .select({
        id: s.members.id,
        name: s.members.name,
        teamId: s.teams.id,
        teamName: s.teams.name,
        archivedAt: s.members.archivedAt,
      })
      .from(s.members)
      .innerJoin(s.teams, eq(s.teams.id, s.members.teamId))
      .where(eq(s.teams.departmentId, departmentId));
    const active = people.filter((p) => !p.archivedAt);
    const ids = active.map((p) => p.id);
    const ratings = await db.select().from(s.skillAssessments).where(inArray(s.skillAssessments.memberId, ids));
    const evaluations = await evaluateMembers(db, ids, "official");
    const items = skillItemsOf(field);
    return active
      .map((p) => ({
        memberId: p.id,
        name: p.name,
        teamId: p.teamId,
        teamName: p.teamName,
        level: evaluations.get(p.id)!.evaluation.fields[field].level,
        cells: items.map((item) => {
          const r = ratings.find((x) => x.memberId === p.id && x.field === field && x.item === item);
          if (!r || (r.leadLevel === null && r.selfLevel === null)) return null;
          return r.leadLevel !== null
            ? { level: r.leadLevel, source: "lead" as const }
            : { level: r.selfLevel!, source: "self" as const };
        }),
      }))
      .sort((a, b) => a.teamName.localeCompare(b.teamName) || a.name.localeCompare(b.name) || a.memberId - b.memberId);
  }
  const plain = (rows: HeatmapRow[]) =>
    rows.map((r) => ({ ...r, cells: r.cells.map((c) => (c ? { level: c.level, source: c.source } : null)) }));
  const scopeOf = async (actor: CurrentUser, params: object = {}) => {
    const r = await resolveScope(db, actor, params);
    if (!r.ok) throw new Error("scope not found");
    return r.scope;
  };

  for (const field of ["hardware", "software", "facility"] as const) {
    it(`${field}: every active member of the department, cells = lead ?? self, level = a fresh evaluation`, async () => {
      const scope = await scopeOf(head);
      const { rows, total } = await heatmapPage(db, { actor: head, scope, field, page: null });
      const expected = await expectedRows(field, deptId);
      expect(expected.length).toBe(30);
      expect(total).toBe(30);
      expect(plain(rows)).toEqual(expected);
      // The demo is not trivial: both sources, unassessed cells and several levels occur.
      const cells = rows.flatMap((r) => r.cells);
      expect(
        cells.some((c) => c?.source === "lead") && cells.some((c) => c?.source === "self") && cells.includes(null),
      ).toBe(true);
    });
  }

  it("filters by level ≥ N, by item ≥ N and by team, as the records say", async () => {
    const scope = await scopeOf(head);
    const expected = await expectedRows("hardware", deptId);
    const [hwTeam] = await db.select().from(s.teams).where(eq(s.teams.field, "hardware"));
    const cases: [object, (e: Expected) => boolean][] = [
      [{ minLevel: 3 }, (e) => e.level >= 3],
      [{ item: { item: "hardware_technology", min: 4 } }, (e) => (e.cells[6]?.level ?? 0) >= 4],
      [{ item: { item: "leadership", min: 2 }, minLevel: 2 }, (e) => (e.cells[3]?.level ?? 0) >= 2 && e.level >= 2],
      [{ team: hwTeam.id }, (e) => e.teamId === hwTeam.id],
      [{ team: otherTeamId }, () => false], // a team outside the scope filters to nothing
      [{ teamName: "SOFTWARE service" }, (e) => e.teamName === "Software Service Team"],
      [{ teamName: "%" }, () => false], // wildcards are text
    ];
    for (const [filters, keep] of cases) {
      const { rows, total } = await heatmapPage(db, { actor: head, scope, field: "hardware", filters, page: null });
      const want = expected.filter(keep);
      expect(plain(rows), JSON.stringify(filters)).toEqual(want);
      expect(total).toBe(want.length);
    }
    expect(expected.filter((e) => e.level >= 3).length).toBeGreaterThan(0);
    expect(expected.filter((e) => e.level >= 3).length).toBeLessThan(30);
  });

  it("sorts by any column in SQL: items and level with unassessed lowest, grouped by team or not", async () => {
    const scope = await scopeOf(head);
    const expected = await expectedRows("hardware", deptId);
    const run = async (order: HeatmapOrder) =>
      (await heatmapPage(db, { actor: head, scope, field: "hardware", order, page: null })).rows;
    const key = (c: { level: number } | null) => c?.level ?? -1;

    const byItemDesc = await run({ sort: "hardware_technology", dir: "desc", group: false });
    expect(byItemDesc.map((r) => key(r.cells[6]))).toEqual(expected.map((e) => key(e.cells[6])).sort((a, b) => b - a));
    const byItemAsc = await run({ sort: "hardware_technology", dir: "asc", group: false });
    expect(byItemAsc.map((r) => key(r.cells[6]))).toEqual(expected.map((e) => key(e.cells[6])).sort((a, b) => a - b));

    const byLevel = await run({ sort: "level", dir: "desc", group: true });
    const teamOrder = [...new Set(expected.map((e) => e.teamName))];
    expect([...new Set(byLevel.map((r) => r.teamName))]).toEqual(teamOrder);
    for (const team of teamOrder) {
      const levels = byLevel.filter((r) => r.teamName === team).map((r) => r.level);
      expect(levels).toEqual([...levels].sort((a, b) => b - a));
    }
    const byName = await run({ sort: "name", dir: "desc", group: false });
    expect(byName.map((r) => r.name)).toEqual(expected.map((e) => e.name).sort((a, b) => b.localeCompare(a)));
    const teamsDesc = await run({ sort: "team", dir: "desc", group: true });
    expect([...new Set(teamsDesc.map((r) => r.teamName))]).toEqual([...teamOrder].reverse());
  });

  it("pages add up to the whole, in the same order", async () => {
    const scope = await scopeOf(head);
    const order: HeatmapOrder = { sort: "communication", dir: "desc", group: false };
    const all = (await heatmapPage(db, { actor: head, scope, field: "software", order, page: null })).rows;
    const pages: HeatmapRow[] = [];
    for (let offset = 0; offset < 30; offset += 7) {
      const p = await heatmapPage(db, { actor: head, scope, field: "software", order, page: { limit: 7, offset } });
      expect(p.total).toBe(30);
      pages.push(...p.rows);
    }
    expect(pages).toEqual(all);
  });

  it("scope: a lead sees their team only; an admin's organisation includes the other department", async () => {
    const mine = await heatmapPage(db, { actor: leadHw, scope: await scopeOf(leadHw), field: "hardware", page: null });
    expect(new Set(mine.rows.map((r) => r.teamId))).toEqual(new Set(leadHw.leadTeamIds));
    expect(mine.total).toBe(10);
    const org = await heatmapPage(db, { actor: admin, scope: await scopeOf(admin), field: "hardware", page: null });
    expect(org.total).toBe(31);
    expect(org.rows[0]).toMatchObject({
      name: "Stranger",
      teamName: "Aaa Other Team",
      cells: Array(7).fill({ level: 5, source: "lead", selfLevel: 5, leadLevel: 5 }),
    });
    expect(org.rows.some((r) => r.name === "Archived Person")).toBe(false);
  });

  it("team × item summary: members with proficiency ≥ N per team, counted by hand", async () => {
    const scope = await scopeOf(head);
    const expected = await expectedRows("hardware", deptId);
    for (const min of [1, 3, 4]) {
      const { rows, totalTeams } = await teamItemSummary(db, {
        actor: head,
        scope,
        field: "hardware",
        min,
        page: { limit: 25, offset: 0 },
      });
      expect(totalTeams).toBe(3);
      const teamNames = [...new Set(expected.map((e) => e.teamName))].sort((a, b) => a.localeCompare(b));
      expect(rows.map((r) => r.teamName)).toEqual(teamNames);
      for (const row of rows) {
        const people = expected.filter((e) => e.teamId === row.teamId);
        expect(row.members).toBe(people.length);
        expect(row.counts).toEqual(
          skillItemsOf("hardware").map((_, i) => people.filter((p) => (p.cells[i]?.level ?? 0) >= min).length),
        );
      }
      if (min === 3)
        expect(rows.some((r) => r.counts.some((c) => c > 1)) && rows.some((r) => r.counts.some((c) => c < 2))).toBe(
          true,
        );
    }
    const named = await teamItemSummary(db, {
      actor: head,
      scope,
      field: "hardware",
      min: 3,
      teamName: "hardware",
      page: { limit: 25, offset: 0 },
    });
    expect([named.totalTeams, named.rows.map((r) => r.teamName)]).toEqual([1, ["Hardware Service Team"]]);
    const paged = await teamItemSummary(db, {
      actor: head,
      scope,
      field: "hardware",
      min: 3,
      page: { limit: 2, offset: 2 },
    });
    expect(paged.rows).toHaveLength(1);
    expect(paged.totalTeams).toBe(3);
  });

  it("reads in a constant number of queries: twice the members, the same count", async () => {
    // A second drizzle instance on the same connection, counting the statements it sends.
    const { db: counted, count, reset } = await countingDb(h.handle);
    const scope = await scopeOf(head);
    const read = async () => {
      reset();
      const order: HeatmapOrder = { sort: "leadership", dir: "desc", group: false };
      const page = await heatmapPage(counted, {
        actor: head,
        scope,
        field: "hardware",
        filters: { item: { item: "technology", min: 1 } },
        order,
        page: { limit: 100, offset: 0 },
      });
      await fieldLevels(
        counted,
        page.rows.map((r) => r.memberId),
      );
      await teamItemSummary(counted, { actor: head, scope, field: "hardware", min: 2, page: { limit: 25, offset: 0 } });
      return { queries: count(), rows: page.rows.length };
    };
    const before = await read();
    // Double the department: a copy of every member with the same ratings, in a new team.
    const [hwTeam] = await db.select().from(s.teams).where(eq(s.teams.name, "Hardware Service Team"));
    const originals = await db.select().from(s.members).where(eq(s.members.teamId, hwTeam.id));
    const [team] = await db
      .insert(s.teams)
      .values({ departmentId: deptId, name: "Zz Copy Team", field: "hardware" })
      .returning();
    for (const m of originals.filter((x) => !x.archivedAt)) {
      const [copy] = await db
        .insert(s.members)
        .values({ teamId: team.id, name: `${m.name} (copy)` })
        .returning();
      const ratings = await db.select().from(s.skillAssessments).where(eq(s.skillAssessments.memberId, m.id));
      if (ratings.length)
        await db.insert(s.skillAssessments).values(ratings.map((r) => ({ ...r, id: undefined, memberId: copy.id })));
    }
    await refreshAllStandings(db);
    const after = await read();
    expect(after.rows).toBeGreaterThan(before.rows);
    expect(after.queries).toBe(before.queries);
    // page with its total + the page's ratings; the field levels; the summary + its team count + its gaps (gapItems)
    expect(before.queries).toBe(6);
  });

  it("members × fields: the official level in each field equals a fresh evaluation", async () => {
    const scope = await scopeOf(head);
    const { rows } = await heatmapPage(db, { actor: head, scope, field: "facility", page: { limit: 12, offset: 5 } });
    const ids = rows.map((r) => r.memberId);
    const levels = await fieldLevels(db, ids);
    const evaluations = await evaluateMembers(db, ids, "official");
    for (const id of ids) {
      const e = evaluations.get(id)!.evaluation.fields;
      expect(levels.get(id)).toEqual({
        hardware: e.hardware.level,
        software: e.software.level,
        facility: e.facility.level,
      });
    }
    expect([...levels.values()].some((l) => l.hardware + l.software + l.facility > 0)).toBe(true);
  });
});
