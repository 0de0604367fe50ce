// Each gap list's paged view (gapListPage) is the capped list of /gaps (gapLists) read further: the same total, the
// same first rows, pages that continue each other, filters and sorts that do what they say; its CSV holds exactly its
// rows; the one-step list never promises the level a member already holds; and the heatmap's summary flags exactly
// the gaps /gaps lists (lib/heatmap/gap.ts), on the demo organisation.
import { beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { and, eq, gt, sql } from "drizzle-orm";
import { actorByEmail, useIntegrationDb } from "@/lib/testing/integration";
import type { Db } from "../client";
import * as s from "../schema";
import type { CurrentUser } from "../../auth/session";
import { seedDemo } from "../../../seed/demo";
import { afterSeed } from "../../../seed/after-seed";
import { FIELDS, skillItemsOf, type Field } from "../../itss/fields";
import { resolveScope, type ViewScope } from "../../views/scope";
import { GAP_LIST_SORTS, GAP_LISTS, gapListHref, type GapListKey } from "../../search-params/gaps";
import { gapListPage, gapLists, type GapListRows } from "./gaps";
import { teamItemSummary } from "./heatmap";
import { gapsCsv } from "../../../app/api/export/gaps-csv";
import { refreshOfficialEvaluations } from "../../evaluation/refresh";
import { rewriteAllGapCounts } from "../../evaluation/gap-counts";

/** The value a sort key orders a row by (for the item key: the standard's order). */
function keyOf(list: GapListKey, sort: string, r: Record<string, unknown>): string | number {
  const slot = (f: Field, item: string | null) =>
    FIELDS.indexOf(f) * 10 + (item === null ? 0 : skillItemsOf(f).indexOf(item as never) + 1);
  switch (sort) {
    case "team":
      return r.teamName as string;
    case "member":
      return (list === "singles" ? r.memberName : r.name) as string;
    case "level":
      return (list === "oneStep" ? r.level : r.minLevel) as number;
    case "item":
      return slot(r.field as Field, r.item as string | null);
    case "field":
      return FIELDS.indexOf(r.field as Field);
    case "apart":
      return Math.abs((r.selfLevel as number) - (r.leadLevel as number));
    case "self":
      return r.selfLevel as number;
    case "lead":
      return r.leadLevel as number;
    case "expires":
      return r.expiresOn as string;
    default:
      return r[sort] as string | number;
  }
}

/** The distinct values of the first sort key in the order the rows come (collation-agnostic). */
const runs = (xs: (string | number)[]) => xs.filter((x, i) => i === 0 || x !== xs[i - 1]);

describe("gap lists, whole", () => {
  const h = useIntegrationDb({ fixture: false });
  let db: Db;
  let head: CurrentUser;
  let dept: ViewScope;

  beforeAll(async () => {
    db = h.db;
    await seedDemo(db);
    await afterSeed(db);
    head = await actorByEmail(db, "head@levelboard.test");
    const r = await resolveScope(db, head, {});
    if (!r.ok) throw new Error("scope");
    dept = r.scope;
    // Two Hardware members whose path (to level 3, docs/evaluation.md §5) misses only a project: one at level 0, one
    // at level 3 by exam (AP) — for the exam holder the step would not raise the level ("3 → 3").
    const [hw] = await db.select().from(s.teams).where(eq(s.teams.field, "hardware"));
    const added = await db
      .insert(s.members)
      .values([
        { teamId: hw.id, name: "Zz Step Zero" },
        { teamId: hw.id, name: "Zz Step Exam" },
      ])
      .returning();
    [stepZero, stepExam] = added.map((m) => m.id);
    const approved = { reviewState: "approved" as const };
    await db
      .insert(s.specialties)
      .values(
        added.map((m) => ({ memberId: m.id, field: "hardware" as const, area: "first_support_contact", ...approved })),
      );
    await db.insert(s.exams).values({ memberId: stepExam, exam: "AP", passedOn: "2024-04-01", ...approved });
    await refreshOfficialEvaluations(db, [stepZero, stepExam]);
  });
  let stepZero: number;
  let stepExam: number;

  it("the paged view's total is the capped list's, its first page the capped rows, page 2 continues page 1", async () => {
    const capped = await gapLists(db, head, dept, 25);
    for (const list of GAP_LISTS) {
      const page1 = await gapListPage(db, head, dept, list, { page: { limit: 25, offset: 0 } });
      expect(page1.total, list).toBe(capped[list].total);
      expect(page1.rows, list).toEqual(capped[list].rows);
      const all = await gapListPage(db, head, dept, list, { page: null });
      expect(all.rows, list).toHaveLength(all.total);
      const [a, b] = await Promise.all(
        [0, 3].map((offset) => gapListPage(db, head, dept, list, { page: { limit: 3, offset } })),
      );
      expect([...a.rows, ...b.rows], list).toEqual(all.rows.slice(0, 6));
    }
    expect(capped.singles.total + capped.nobody.total).toBeGreaterThan(0);
    expect(capped.oneStep.total).toBeGreaterThan(0);
    expect(capped.certifications.total + capped.apart.total + capped.stale.total).toBeGreaterThan(0);
  });

  it("a page in a list's default order (found from the per-team counts) is the slice of every row at any offset, teams of one name too", async () => {
    const admin = await actorByEmail(db, "admin@levelboard.test");
    const r = await resolveScope(db, admin, {});
    if (!r.ok || r.scope.kind !== "org") throw new Error("scope");
    const org = r.scope;
    // a team of another department named as one of the head's: the lists order teams by name, so the two are one run
    const [mine] = await db.select().from(s.teams).where(eq(s.teams.departmentId, head.departmentId!)).limit(1);
    const [other] = await db.select().from(s.teams).where(gt(s.teams.departmentId, head.departmentId!)).limit(1);
    const renamed = other ? other.name : null;
    if (other) await db.update(s.teams).set({ name: mine.name }).where(eq(s.teams.id, other.id));
    try {
      for (const [who, scope] of [
        [head, dept],
        [admin, org],
      ] as const) {
        for (const list of GAP_LISTS) {
          const all = await gapListPage(db, who, scope, list, { page: null });
          expect(all.rows, list).toHaveLength(all.total);
          for (const offset of [0, 1, 7, 24, 25, 26, Math.max(all.total - 3, 0)]) {
            const page = await gapListPage(db, who, scope, list, { page: { limit: 10, offset } });
            expect(page.total, `${list} ${offset}`).toBe(all.total);
            expect(page.rows, `${list} ${offset}`).toEqual(all.rows.slice(offset, offset + 10));
          }
        }
      }
    } finally {
      if (other && renamed) await db.update(s.teams).set({ name: renamed }).where(eq(s.teams.id, other.id));
    }
  });

  it("filters by field and level keep exactly the rows that match", async () => {
    for (const list of ["singles", "nobody", "oneStep", "apart"] as const) {
      const all = (await gapListPage(db, head, dept, list, { page: null })).rows as Record<string, unknown>[];
      for (const field of FIELDS) {
        const got = await gapListPage(db, head, dept, list, { field, page: null });
        expect(got.rows, `${list} ${field}`).toEqual(all.filter((r) => r.field === field));
      }
    }
    for (const list of ["singles", "nobody", "oneStep"] as const) {
      const all = (await gapListPage(db, head, dept, list, { page: null })).rows as Record<string, unknown>[];
      for (const level of [0, 3, 4]) {
        const got = await gapListPage(db, head, dept, list, { level, page: null });
        expect(got.rows, `${list} ${level}`).toEqual(
          all.filter((r) => (list === "oneStep" ? r.level : r.minLevel) === level),
        );
      }
    }
    // the field filter of a list without fields is ignored
    const certs = await gapListPage(db, head, dept, "certifications", { field: "software", page: null });
    expect(certs.total).toBe((await gapListPage(db, head, dept, "certifications", { page: null })).total);
  });

  it("every sort orders by its column, both ways, over the same rows", async () => {
    for (const list of GAP_LISTS) {
      for (const sort of GAP_LIST_SORTS[list]) {
        const [asc, desc] = await Promise.all(
          (["asc", "desc"] as const).map((dir) => gapListPage(db, head, dept, list, { sort, dir, page: null })),
        );
        const ka = asc.rows.map((r) => keyOf(list, sort, r as never));
        const kd = desc.rows.map((r) => keyOf(list, sort, r as never));
        const label = `${list} by ${sort}`;
        expect(asc.total, label).toBe(desc.total);
        // each value of the key comes in one run, and descending gives the runs in reverse
        expect(new Set(runs(ka)).size, label).toBe(runs(ka).length);
        expect(runs(kd), label).toEqual(runs(ka).reverse());
        if (typeof ka[0] === "number") expect(ka, label).toEqual([...ka].sort((x, y) => +x - +y));
      }
    }
  });

  it("the CSV holds the paged query's rows, every one, for the same URL", async () => {
    const cases: [GapListKey, Partial<Parameters<typeof gapListHref>[0]>, (r: never) => string][] = [
      ["singles", { field: "hardware" }, (r: GapListRows["singles"]) => `${r.teamName}|${r.minLevel}|${r.memberId}`],
      ["nobody", { sort: "level", dir: "desc" }, (r: GapListRows["nobody"]) => `${r.teamName}|${r.minLevel}`],
      ["oneStep", { sort: "member" }, (r: GapListRows["oneStep"]) => `${r.name}|${r.memberId}|${r.teamName}`],
      ["certifications", {}, (r: GapListRows["certifications"]) => `${r.name}|${r.memberId}|${r.teamName}`],
      ["apart", { sort: "lead" }, (r: GapListRows["apart"]) => `${r.name}|${r.memberId}|${r.teamName}`],
      ["stale", { sort: "items", dir: "desc" }, (r: GapListRows["stale"]) => `${r.name}|${r.memberId}|${r.teamName}`],
    ];
    for (const [list, q, key] of cases) {
      const url = `http://x${gapListHref({ list, ...q }, {}, "/api/export/gaps")}`;
      const res = await gapsCsv(db, head, url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/text\/csv/);
      const [header, ...csv] = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ""), {
        skipEmptyLines: true,
      }).data;
      const expected = await gapListPage(db, head, dept, list, {
        field: q.field ?? null,
        sort: q.sort,
        dir: q.dir,
        page: null,
      });
      expect(csv.length, url).toBe(expected.total);
      const col = (name: string) => header.indexOf(name);
      const csvKey = (row: string[]) => {
        if (list === "singles") return `${row[col("Team")]}|${row[col("At level")]}|${row[col("Member id")]}`;
        if (list === "nobody") return `${row[col("Team")]}|${row[col("At level")]}`;
        return `${row[col("Member")]}|${row[col("Member id")]}|${row[col("Team")]}`;
      };
      expect(csv.map(csvKey), url).toEqual(expected.rows.map((r) => key(r as never)));
    }
  });

  it("the CSV answers 403 to a member and 404 to a scope out of reach, like the other exports", async () => {
    const member = await actorByEmail(db, "member.hw@levelboard.test");
    const leadHw = await actorByEmail(db, "lead.hw@levelboard.test");
    const [sw] = await db.select().from(s.teams).where(eq(s.teams.field, "software"));
    expect((await gapsCsv(db, member, "http://x/api/export/gaps?list=oneStep")).status).toBe(403);
    expect((await gapsCsv(db, leadHw, `http://x/api/export/gaps?list=oneStep&teamId=${sw.id}`)).status).toBe(404);
    expect((await gapsCsv(db, head, `http://x/api/export/gaps?list=oneStep&teamId=${sw.id}`)).status).toBe(200);
    // a formula-looking name stays text
    const [m] = await db
      .select({ id: s.members.id })
      .from(s.memberStandings)
      .innerJoin(s.members, eq(s.members.id, s.memberStandings.memberId))
      .where(and(eq(s.memberStandings.missingCount, 1), gt(s.memberStandings.nextLevel, s.memberStandings.level)))
      .limit(1);
    await db.update(s.members).set({ name: "=HYPERLINK(1)" }).where(eq(s.members.id, m.id));
    const text = await (await gapsCsv(db, head, "http://x/api/export/gaps?list=oneStep")).text();
    expect(text).toContain("'=HYPERLINK(1)");
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('one step from the next level lists only steps that raise the official level (not "3 → 3")', async () => {
    const standing = async (memberId: number) =>
      (
        await db
          .select()
          .from(s.memberStandings)
          .where(and(eq(s.memberStandings.memberId, memberId), eq(s.memberStandings.field, "hardware")))
      )[0];
    expect(await standing(stepExam)).toMatchObject({ level: 3, source: "exam", nextLevel: 3, missingCount: 1 });
    expect(await standing(stepZero)).toMatchObject({ level: 0, nextLevel: 3, missingCount: 1 });
    const got = await gapListPage(db, head, dept, "oneStep", { page: null });
    expect(got.rows.every((r) => r.nextLevel > r.level)).toBe(true);
    expect(got.rows.some((r) => r.memberId === stepZero)).toBe(true);
    expect(got.rows.some((r) => r.memberId === stepExam)).toBe(false);
    expect((await gapListPage(db, head, dept, "oneStep", { level: 3, page: null })).rows).not.toContainEqual(
      expect.objectContaining({ memberId: stepExam }),
    );
  });

  it("the heatmap summary flags exactly the gaps /gaps lists, for each field; teams not serving it have none", async () => {
    const teams = await db.select().from(s.teams);
    for (const field of FIELDS) {
      const gaps = [
        ...(await gapListPage(db, head, dept, "singles", { field, page: null })).rows,
        ...(await gapListPage(db, head, dept, "nobody", { field, page: null })).rows,
      ]
        .filter((p) => p.item !== null)
        .map((p) => `${p.teamId}:${p.item}`)
        .sort();
      const items = skillItemsOf(field);
      for (const servingOnly of [true, false]) {
        const summary = await teamItemSummary(db, {
          actor: head,
          scope: dept,
          field,
          min: 3,
          servingOnly,
          page: { limit: 100, offset: 0 },
        });
        const flagged = summary.rows
          .flatMap((r) => r.gaps.flatMap((g, i) => (g ? [`${r.teamId}:${items[i]}`] : [])))
          .sort();
        expect(flagged, `${field} ${servingOnly ? "serving" : "all teams"}`).toEqual(gaps);
        const shown = summary.rows.map((r) => teams.find((t) => t.id === r.teamId)!);
        if (servingOnly) expect(shown.every((t) => t.field === null || t.field === field)).toBe(true);
        else expect(shown).toHaveLength(teams.filter((t) => t.archivedAt === null).length);
      }
    }
    // The Software team has no flag in the Hardware view, even with every team shown.
    const sw = teams.find((t) => t.field === "software")!;
    const all = await teamItemSummary(db, {
      actor: head,
      scope: dept,
      field: "hardware",
      min: 3,
      page: { limit: 100, offset: 0 },
    });
    expect(all.rows.find((r) => r.teamId === sw.id)!.gaps.some(Boolean)).toBe(false);
  });

  // last: it dates every rating back to one day
  it("the stale list's pages when thousands of ratings share its oldest day (a bulk import): members by name", async () => {
    // 100 members of one team rated in every item (2,100 ratings), then every rating dated to one day
    const [hw] = await db.select().from(s.teams).where(eq(s.teams.field, "hardware"));
    const bulk = await db
      .insert(s.members)
      .values(
        Array.from({ length: 100 }, (_, i) => ({ teamId: hw.id, name: `Bulk ${String(99 - i).padStart(2, "0")}` })),
      )
      .returning();
    await db.insert(s.skillAssessments).values(
      bulk.flatMap((m) =>
        FIELDS.flatMap((field) =>
          skillItemsOf(field).map((item) => ({
            memberId: m.id,
            field,
            item,
            leadLevel: 2,
            leadAssessedOn: "2020-01-15",
          })),
        ),
      ),
    );
    await db.execute(sql`update skill_assessments set lead_assessed_on = '2020-01-15' where lead_level is not null`);
    await db.execute(
      sql`update skill_assessments set self_assessed_on = '2020-01-15' where lead_level is null and self_level is not null`,
    );
    await refreshOfficialEvaluations(
      db,
      bulk.map((m) => m.id),
    );
    await db.transaction((tx) => rewriteAllGapCounts(tx));
    const admin = await actorByEmail(db, "admin@levelboard.test");
    const r = await resolveScope(db, admin, {});
    if (!r.ok) throw new Error("scope");
    for (const [who, scope] of [
      [head, dept],
      [admin, r.scope],
    ] as const) {
      const all = await gapListPage(db, who, scope, "stale", { page: null });
      expect(all.total).toBeGreaterThan(30);
      expect(all.rows.every((row) => row.oldest === "2020-01-15")).toBe(true);
      for (const offset of [0, 10, 25])
        expect(await gapListPage(db, who, scope, "stale", { page: { limit: 10, offset } })).toEqual({
          total: all.total,
          rows: all.rows.slice(offset, offset + 10),
        });
      expect((await gapLists(db, who, scope, 25)).stale).toEqual({ total: all.total, rows: all.rows.slice(0, 25) });
    }
  });
});
