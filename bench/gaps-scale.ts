// Times the gap dashboard's and the dashboard's reads on the demo organisation grown N× (copies of its teams with
// their members' standings, ratings, certifications, snapshots and targets), on PGlite in memory.
// Usage: npx tsx bench/gaps-scale.ts 11 111   (copies per team; 11 → ~1,000 members, 111 → ~10,000)
import { sql } from "drizzle-orm";
import { createTestDb } from "../lib/db/test-db";
import { seedDemo } from "../seed/demo";
import { afterSeed } from "../seed/after-seed";
import * as s from "../lib/db/schema";
import type { Actor } from "../lib/auth/policy";
import type { ViewScope } from "../lib/views/scope";
import {
  gapListPage,
  gapLists,
  levelDistribution,
  levelTrend,
  singlePoints,
  targetStandings,
} from "../lib/db/queries/gaps";
import { recountTeams } from "../lib/evaluation/team-counts";
import { loadDashboard } from "../lib/db/queries/dashboard";

export async function grow(db: Parameters<typeof seedDemo>[0], copies: number) {
  await db.execute(sql`create temp table orig_teams as select id, department_id, name, field from teams`);
  await db.execute(
    sql`insert into teams (department_id, name, field) select t.department_id, t.name || ' ' || g, t.field from orig_teams t, generate_series(1, ${copies}) g`,
  );
  await db.execute(
    sql`insert into members (team_id, name) select nt.id, m.name || ' #' || nt.id from teams nt join orig_teams ot on ot.field = nt.field and nt.id not in (select id from orig_teams) join members m on m.team_id = ot.id`,
  );
  const pair = sql`members nm join members om on nm.name = om.name || ' #' || nm.team_id`;
  await db.execute(
    sql`insert into member_standings (member_id, field, level, source, kpi_level, exam_level, skill_level, next_level, missing, missing_count, provisional_level) select nm.id, x.field, x.level, x.source, x.kpi_level, x.exam_level, x.skill_level, x.next_level, x.missing, x.missing_count, x.provisional_level from ${pair} join member_standings x on x.member_id = om.id`,
  );
  await db.execute(
    sql`insert into member_skill_standings (member_id, field, item, level, source, self_level, lead_level) select nm.id, x.field, x.item, x.level, x.source, x.self_level, x.lead_level from ${pair} join member_skill_standings x on x.member_id = om.id`,
  );
  await db.execute(
    sql`insert into skill_assessments (member_id, field, item, self_level, self_assessed_on, lead_level, lead_assessed_on) select nm.id, x.field, x.item, x.self_level, x.self_assessed_on, x.lead_level, x.lead_assessed_on from ${pair} join skill_assessments x on x.member_id = om.id`,
  );
  await db.execute(
    sql`insert into certifications (member_id, name, issuer, obtained_on, expires_on, review_state) select nm.id, x.name, x.issuer, x.obtained_on, x.expires_on, x.review_state from ${pair} join certifications x on x.member_id = om.id`,
  );
  await db.execute(
    sql`insert into evaluation_snapshots (member_id, field, taken_at, level, source, kpi_level, exam_level, skill_level, evaluation) select nm.id, x.field, x.taken_at, x.level, x.source, x.kpi_level, x.exam_level, x.skill_level, x.evaluation from ${pair} join evaluation_snapshots x on x.member_id = om.id`,
  );
  await db.execute(
    sql`insert into targets (team_id, field, kind, skill_item, min_level, min_count) select nt.id, t.field, t.kind, t.skill_item, t.min_level, t.min_count from teams nt join orig_teams ot on ot.field = nt.field and nt.id not in (select id from orig_teams) join targets t on t.team_id = ot.id`,
  );
  await db.execute(sql`analyze`);
}

async function main() {
  // `--grow-data-dir N`: grow the embedded database under LEVELBOARD_DATA_DIR (seeded by prepare-db) N× and stop.
  if (process.argv[2] === "--grow-data-dir") {
    const { openMigratedDatabase } = await import("../scripts/open-db");
    const handle = await openMigratedDatabase();
    await grow(handle.db, Number(process.argv[3]));
    await handle.close();
    return;
  }
  for (const copies of process.argv.slice(2).map(Number)) {
    const h = await createTestDb();
    await seedDemo(h.db);
    await afterSeed(h.db);
    await grow(h.db, copies);
    // the copied teams' per-team counts (the single points of failure and targets read them)
    await recountTeams(
      h.db,
      (await h.db.select({ id: s.teams.id }).from(s.teams)).map((t) => t.id),
    );
    const [{ n }] = (await h.db.select({ n: sql<number>`count(*)::int` }).from(s.members)) as { n: number }[];
    const [head] = await h.db
      .select()
      .from(s.users)
      .where(sql`email = 'head@levelboard.test'`);
    const actor: Actor = {
      userId: head.id,
      role: "head",
      departmentId: head.departmentId,
      leadTeamIds: [],
      memberId: null,
    };
    const scope: ViewScope = { kind: "department", departmentId: head.departmentId!, name: "" };
    const steps: [string, () => Promise<unknown>][] = [
      ["targetStandings", () => targetStandings(h.db, actor, scope)],
      ["singlePoints", () => singlePoints(h.db, actor, scope)],
      ["gapLists", () => gapLists(h.db, actor, scope, 25)],
      ["levelDistribution", () => levelDistribution(h.db, actor, scope)],
      ["levelTrend", () => levelTrend(h.db, actor, scope, "hardware")],
      ["loadDashboard (head)", () => loadDashboard(h.db, actor)],
      // a whole list's paged view: the first page, the 100th page of 50, a sort by name, every row (the CSV)
      ["apart p1", () => gapListPage(h.db, actor, scope, "apart", { page: { limit: 50, offset: 0 } })],
      ["apart p100", () => gapListPage(h.db, actor, scope, "apart", { page: { limit: 50, offset: 4950 } })],
      [
        "apart by member desc p50",
        () =>
          gapListPage(h.db, actor, scope, "apart", { sort: "member", dir: "desc", page: { limit: 50, offset: 2450 } }),
      ],
      ["apart all", () => gapListPage(h.db, actor, scope, "apart", { page: null })],
      ["singles p20", () => gapListPage(h.db, actor, scope, "singles", { page: { limit: 50, offset: 950 } })],
      ["nobody all", () => gapListPage(h.db, actor, scope, "nobody", { page: null })],
      [
        "certifications p10",
        () => gapListPage(h.db, actor, scope, "certifications", { page: { limit: 50, offset: 450 } }),
      ],
      [
        "oneStep field p1",
        () => gapListPage(h.db, actor, scope, "oneStep", { field: "hardware", page: { limit: 50, offset: 0 } }),
      ],
    ];
    if (process.env.EXPLAIN) {
      const original = h.db.execute.bind(h.db);
      let captured: unknown = null;
      (h.db as unknown as { execute: unknown }).execute = async (q: unknown) => {
        captured = q;
        return original(q as never);
      };
      await steps.find(([name]) => name === process.env.EXPLAIN)![1]();
      (h.db as unknown as { execute: unknown }).execute = original;
      const plan = (await original(sql`explain analyze ${captured}` as never)) as unknown as {
        rows?: Record<string, string>[];
      } & Record<string, string>[];
      console.log((plan.rows ?? plan).map((r) => Object.values(r)[0]).join("\n"));
    }
    const out: string[] = [];
    let total = 0;
    for (const [name, run] of steps) {
      await run(); // warm
      const t0 = performance.now();
      await run();
      const ms = performance.now() - t0;
      if (!/loadDashboard|p\d|all/.test(name)) total += ms;
      const size = (await run()) as { total?: number };
      out.push(`${name} ${ms.toFixed(0)} ms${size && typeof size.total === "number" ? ` (${size.total} rows)` : ""}`);
    }
    console.log(`${n} members: ${out.join(", ")}; /gaps reads in all ${total.toFixed(0)} ms`);
    await h.close();
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
