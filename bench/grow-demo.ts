// Scratch tool for measuring: an embedded database with the demo organisation grown N× (members and all their
// records cloned into the same teams), standings refreshed. Usage: tsx bench/grow-demo.ts DIR FACTOR
import { sql } from "drizzle-orm";
import { openDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { seedDemo } from "../seed/demo";
import { refreshAllStandings } from "../lib/evaluation/refresh";

const [dir, factorArg] = process.argv.slice(2);
const factor = Number(factorArg);
if (!dir || !(factor >= 1)) throw new Error("usage: tsx bench/grow-demo.ts DIR FACTOR");
const h = await openDatabase({ pgliteDir: dir });
await migrateDatabase(h);
const db = h.db;
await db.transaction(async (tx) => { await seedDemo(tx as never); });
const rows = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[];
await db.execute(sql`create table clone_map (src int, dst int)`);
await db.execute(sql`
  with src as (select id, team_id, name, job_title from members),
  ins as (
    insert into members (team_id, name, job_title)
    select team_id, name || ' ' || k, job_title from src, generate_series(1, ${factor - 1}::int) k
    returning id, team_id, name)
  insert into clone_map select s.id, i.id from ins i join src s on i.team_id = s.team_id and i.name ~ ('^' || s.name || ' [0-9]+$')`);
for (const table of ["projects", "specialties", "successions", "mentorings", "exams", "certifications", "skill_assessments"]) {
  const cols = rows(await db.execute(sql`select column_name from information_schema.columns where table_name = ${table} and column_name not in ('id', 'member_id') order by ordinal_position`))
    .map((c) => `"${c.column_name as string}"`).join(", ");
  await db.execute(sql.raw(`insert into ${table} (member_id, ${cols}) select m.dst, ${cols.split(", ").map((c) => `t.${c}`).join(", ")} from ${table} t join clone_map m on m.src = t.member_id`));
}
await db.execute(sql`drop table clone_map`);
const t0 = Date.now();
const n = await refreshAllStandings(db, { takenAt: new Date(Date.UTC(2026, 5, 30)) });
console.log(`grown ×${factor}: ${n} members, standings in ${Date.now() - t0} ms`);
await h.close();
