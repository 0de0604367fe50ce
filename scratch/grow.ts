// Scratch (not committed): the demo department grown FACTOR× into LEVELBOARD_DATA_DIR/pglite, copying teams,
// members, ratings and standings in SQL (the read model copied with them, as a refresh would write it).
import path from "node:path";
import { openDatabase } from "../lib/db/client";
import { migrateDatabase } from "../lib/db/migrate";
import { seedDemo } from "../seed/demo";
import { afterSeed } from "../seed/after-seed";
import { sql } from "drizzle-orm";

const factor = Number(process.argv[2] ?? 34);
const dir = path.resolve(process.env.LEVELBOARD_DATA_DIR!, "pglite");
const h = await openDatabase({ pgliteDir: dir });
await migrateDatabase(h);
const db = h.db;
await db.transaction(async (tx) => { await seedDemo(tx as never); await afterSeed(tx as never); });
const t0 = Date.now();
for (let k = 1; k < factor; k++) {
  await db.execute(sql`
    with nt as (
      insert into teams (department_id, name, field) select department_id, name || ' ' || ${k}::text, field from teams where id <= 3 returning id, name, field
    ), tmap as (
      select o.id as old_id, nt.id as new_id from teams o join nt on nt.name = o.name || ' ' || ${k}::text where o.id <= 3
    ), nm as (
      insert into members (team_id, name, email, job_title)
      select tmap.new_id, m.name || ' ' || ${k}::text, null, m.job_title from members m join tmap on tmap.old_id = m.team_id where m.id <= 30
      returning id, name
    ), mmap as (
      select o.id as old_id, nm.id as new_id from members o join nm on nm.name = o.name || ' ' || ${k}::text where o.id <= 30
    ), a as (
      insert into skill_assessments (member_id, field, item, self_level, self_assessed_on, lead_level, lead_assessed_on)
      select mmap.new_id, s.field, s.item, s.self_level, s.self_assessed_on, s.lead_level, s.lead_assessed_on from skill_assessments s join mmap on mmap.old_id = s.member_id
    ), b as (
      insert into member_standings (member_id, field, level, source, kpi_level, exam_level, skill_level, next_level, missing, missing_count, provisional_level)
      select mmap.new_id, s.field, s.level, s.source, s.kpi_level, s.exam_level, s.skill_level, s.next_level, s.missing, s.missing_count, s.provisional_level from member_standings s join mmap on mmap.old_id = s.member_id
    )
    insert into member_skill_standings (member_id, field, item, level, source, self_level, lead_level)
    select mmap.new_id, s.field, s.item, s.level, s.source, s.self_level, s.lead_level from member_skill_standings s join mmap on mmap.old_id = s.member_id
  `);
}
const [{ n }] = (await db.execute(sql`select count(*)::int as n from members`)).rows as { n: number }[];
console.log(`grown ×${factor}: ${n} members in ${Date.now() - t0} ms`);
await h.close();
