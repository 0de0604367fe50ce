// Staffing candidates read from the read model (member_standings, member_skill_standings) in ONE query: filtered
// to qualified or close in SQL, ordered as lib/staffing/rank.ts ranks, one page of them with the totals.
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { qualified } from "../qualified";
import { members, teams } from "../schema";
import type { Actor } from "../actor";
import { scopeTeamsWhere, type ViewScope } from "./scope";
import type { SkillItem } from "../../itss/fields";
import type { StaffingNeed } from "../../staffing/need";
import type { CandidateFacts } from "../../staffing/rank";
import { skillCounts } from "../counting";

export type CandidatePage = { rows: CandidateFacts[]; total: number; qualified: number };

/** Rows of db.execute on either engine (PGlite answers { rows }, postgres.js an array). */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Shortfall of each requirement (0 = met, 99 = skill not assessed), as SQL over the aliases of `hitsQuery`. */
function hitsQuery(actor: Actor, scope: ViewScope, need: StaffingNeed): SQL {
  const alias = (i: number) => sql.raw(`s${i}`);
  // One primary-key probe per member and item, whatever the planner's statistics say: the embedded database is
  // never ANALYZEd, and without statistics a plain join (or x.field = F) was planned as a walk of the whole
  // (field, item) index per member — 1.2 s at 1,000 members. Comparing field as text keeps that index out.
  const joins = need.skills.map(
    (s, i) =>
      sql`left join lateral (select x.level, x.source from member_skill_standings x where x.member_id = ${qualified(members.id)} and x.field::text = ${need.field} and x.item = ${s.item}) ${alias(i)} on true`,
  );
  const skillCols = need.skills.map(
    (_, i) =>
      sql`, ${alias(i)}.level as ${sql.raw(`s${i}_level`)}, ${alias(i)}.source as ${sql.raw(`s${i}_source`)}, ${skillCounts(alias(i))} as ${sql.raw(`s${i}_counts`)}`,
  );
  const shortfalls: SQL[] = [];
  if (need.minLevel !== null) shortfalls.push(sql`greatest(${need.minLevel}::int - coalesce(ms.level, 0), 0)`);
  need.skills.forEach((s, i) =>
    shortfalls.push(
      // a rating that does not count (self-rated, not confirmed) is one requirement short even at the level asked
      sql`case when ${alias(i)}.level is null then 99 else greatest(${s.minLevel}::int - ${alias(i)}.level, case when ${skillCounts(alias(i))} then 0 else 1 end) end`,
    ),
  );
  const misses = shortfalls.length
    ? sql.join(
        shortfalls.map((d) => sql`(case when ${d} > 0 then 1 else 0 end)`),
        sql` + `,
      )
    : sql`0`;
  const worst = shortfalls.length ? sql`greatest(${sql.join(shortfalls, sql`, `)})` : sql`0`;
  return sql`
    select ${members.id} as member_id, ${members.name} as name, ${members.teamId} as team_id, ${teams.name} as team_name,
      coalesce(ms.level, 0) as level, ${misses} as misses, ${worst} as worst ${sql.join(skillCols, sql``)}
    from ${members}
    join ${teams} on ${teams.id} = ${members.teamId}
    left join member_standings ms on ms.member_id = ${members.id} and ms.field = ${need.field}::field
    ${sql.join(joins, sql` `)}
    where ${members.archivedAt} is null and ${scopeTeamsWhere(actor, scope) ?? sql`true`}`;
}

/**
 * Ongoing projects of a member, counted as the provisional evidence counts records: approved or submitted for
 * review, not superseded, and an approved one under a submitted revision counted once (as the revision). All fields.
 */
const ongoingCount = sql`(
  select count(*)::int from projects p
  where p.member_id = hits.member_id and p.status = 'ongoing' and p.superseded_at is null
    and (p.review_state = 'submitted' or (p.review_state = 'approved' and not exists (
      select 1 from projects r where r.member_id = p.member_id and r.revision_of = p.id and r.review_state = 'submitted' and r.superseded_at is null)))
)`;

type Row = {
  member_id: number;
  name: string;
  team_id: number;
  team_name: string;
  level: number;
  ongoing: number;
  total: number;
  qualified: number;
  [k: string]: unknown;
};

/**
 * The need's candidates in the scope, qualified before close, then fewer ongoing projects, higher level, name
 * (C collation) and id: `page` of them and how many there are. One query (a second only for a page past the end).
 */
export async function findCandidates(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  need: StaffingNeed,
  page: { limit: number; offset: number },
): Promise<CandidatePage> {
  const hits = sql`with judged as (${hitsQuery(actor, scope, need)}),
    hits as (select * from judged where worst = 0 or (misses = 1 and worst = 1))`;
  const rows = rowsOf<Row>(
    await db.execute(sql`${hits}
    select hits.*, ${ongoingCount} as ongoing,
      (count(*) over ())::int as total, (count(*) filter (where misses = 0) over ())::int as qualified
    from hits
    order by misses, ongoing, level desc, name collate "C", member_id
    limit ${page.limit} offset ${page.offset}`),
  );
  let total = rows[0]?.total ?? 0;
  let qualified = rows[0]?.qualified ?? 0;
  if (!rows.length && page.offset > 0) {
    const [c] = rowsOf<{ total: number; qualified: number }>(
      await db.execute(sql`${hits}
      select count(*)::int as total, (count(*) filter (where misses = 0))::int as qualified from hits`),
    );
    total = c.total;
    qualified = c.qualified;
  }
  return {
    total: Number(total),
    qualified: Number(qualified),
    rows: rows.map((r) => ({
      memberId: Number(r.member_id),
      name: r.name,
      teamId: Number(r.team_id),
      teamName: r.team_name,
      level: Number(r.level),
      ongoing: Number(r.ongoing),
      skills: Object.fromEntries(
        need.skills.map((s, i) => {
          const level = r[`s${i}_level`];
          return [
            s.item,
            level === null || level === undefined
              ? null
              : {
                  level: Number(level),
                  source: r[`s${i}_source`] as "lead" | "self",
                  counts: r[`s${i}_counts`] === true || r[`s${i}_counts`] === "t",
                },
          ];
        }),
      ) as Partial<Record<SkillItem, CandidateFacts["skills"][SkillItem]>>,
    })),
  };
}
