// What the gap dashboard reads, aggregated in SQL on the read model (member_standings, member_skill_standings):
// targets against what each team and department has, single points of failure, members one step from their next
// level, expiring certifications, diverging and stale ratings, and the level charts. Each function is one query
// whatever the number of members; lists come capped with their full count.
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { teams } from "../schema";
import type { Actor } from "../../auth/policy";
import { scopeTeamsWhere, type ViewScope } from "../../views/scope";
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field, type SkillItem } from "../../itss/fields";
import type { Missing } from "../../itss/types";

/** Rows of a raw query on either engine (postgres.js answers an array, PGlite an object with rows). */
async function rows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}

/** The active teams of the scope, as a CTE body (`scope_teams`). */
function scopeTeams(actor: Actor, scope: ViewScope): SQL {
  return sql`select ${teams.id} as id, ${teams.name} as name, ${teams.field} as field, ${teams.departmentId} as department_id from ${teams} where ${scopeTeamsWhere(actor, scope) ?? sql`true`}`;
}
/** Active members of the scope's teams (`scope_members`). */
const SCOPE_MEMBERS = sql`select m.id, m.name, m.team_id, st.department_id from members m join scope_teams st on st.id = m.team_id where m.archived_at is null`;

/** Department targets belong to a view that shows the whole department (or the organisation). */
function departmentTargetsWhere(scope: ViewScope): SQL {
  if (scope.kind === "department") return sql`t.department_id = ${scope.departmentId}`;
  if (scope.kind === "org") return sql`t.department_id in (select department_id from scope_teams)`;
  return sql`false`;
}

/** The default level a single point of failure is judged at, where no target of the team names the item. */
export const DEFAULT_CRITICAL_LEVEL = 4;

export type TargetStanding = {
  id: number;
  version: number;
  teamId: number | null;
  departmentId: number;
  /** The team's or the department's name. */
  ownerName: string;
  field: Field;
  kind: "level" | "skill";
  skillItem: SkillItem | null;
  minLevel: number;
  minCount: number;
  /** Active members meeting it now. */
  actual: number;
  /** Active members one level short of it (unassessed counts as 0 for a skill). */
  oneAway: number;
  gap: number;
  met: boolean;
};

type TargetRow = Omit<TargetStanding, "gap" | "met" | "departmentId"> & {
  departmentId: number | null;
  ownerDepartmentId: number;
};

/**
 * Every target of the scope's teams (and, for a department or the organisation, the departments' own targets) with
 * what the group has now, ranked worst first: the largest gap, then the smallest share reached, then by name.
 * The counts come from per-team counts of each level and skill level, joined to the targets by equality.
 */
export async function targetStandings(db: Db | Tx, actor: Actor, scope: ViewScope): Promise<TargetStanding[]> {
  const result = await rows<TargetRow>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)}),
    -- per team, how many active members stand at each level of each field and skill item the targets ask about
    -- (team_level_counts: O(teams) rows, kept in the write transactions)
    team_size as (
      select c.team_id, st.department_id, sum(c.n)::int as n from team_level_counts c join scope_teams st on st.id = c.team_id
       where c.field = 'hardware' and c.item = '' group by 1, 2
    ),
    sel as (
      select t.id, t.version, t.team_id, t.department_id, t.field::text as field, t.kind::text as kind, t.skill_item,
             t.min_level, t.min_count, coalesce(st.name, d.name) as owner_name, coalesce(st.department_id, t.department_id) as owner_department_id,
             case when t.kind = 'skill' then coalesce(t.skill_item, '') else '' end as item_key
        from targets t
        left join scope_teams st on st.id = t.team_id
        left join departments d on d.id = t.department_id and t.team_id is null
       where st.id is not null or (t.team_id is null and ${departmentTargetsWhere(scope)})
    ),
    wanted as (select distinct field, item_key from sel),
    counts as (
      select c.team_id, st.department_id, c.field::text as field, c.item, c.level as v, c.n
        from team_level_counts c join scope_teams st on st.id = c.team_id
       where (c.field::text, c.item) in (select field, item_key from wanted)
    ),
    matched as (
      select sel.id, c.v, c.n from sel join counts c on c.team_id = sel.team_id and c.field = sel.field and c.item = sel.item_key
      union all
      select sel.id, c.v, c.n from sel join counts c on sel.team_id is null and c.department_id = sel.department_id and c.field = sel.field and c.item = sel.item_key
    ),
    sizes as (
      select sel.id, z.n from sel join team_size z on z.team_id = sel.team_id
      union all
      select sel.id, sum(z.n)::int from sel join team_size z on sel.team_id is null and z.department_id = sel.department_id group by sel.id
    ),
    agg as (
      select sel.id,
             coalesce(sum(m.n) filter (where m.v >= sel.min_level), 0)::int as actual,
             coalesce(sum(m.n) filter (where m.v = sel.min_level - 1), 0)::int as at_below,
             coalesce(sum(m.n) filter (where m.v >= 1), 0)::int as rated
        from sel left join matched m on m.id = sel.id group by sel.id
    )
    select sel.id, sel.version, sel.team_id as "teamId", sel.department_id as "departmentId", sel.owner_department_id as "ownerDepartmentId",
           sel.owner_name as "ownerName", sel.field, sel.kind, sel.skill_item as "skillItem", sel.min_level as "minLevel", sel.min_count as "minCount",
           agg.actual,
           -- a skill target at level 1: members never rated in the item are the ones one level short
           case when sel.kind = 'skill' and sel.min_level = 1 then greatest(coalesce(sizes.n, 0) - agg.rated, 0) else agg.at_below end::int as "oneAway"
      from sel join agg on agg.id = sel.id left join sizes on sizes.id = sel.id
     order by greatest(sel.min_count - agg.actual, 0) desc, agg.actual::float / sel.min_count asc, sel.owner_name, sel.field, sel.min_level desc, sel.id`,
  );
  return result.map(({ ownerDepartmentId, departmentId, ...r }) => {
    const gap = Math.max(0, r.minCount - r.actual);
    return { ...r, departmentId: departmentId ?? ownerDepartmentId, gap, met: gap === 0 };
  });
}

export type DepartmentRollup = {
  departmentId: number;
  teamTargets: number;
  teamTargetsMet: number;
  membersMissing: number;
};

/** Team targets rolled up per department: how many are met and how many members they miss in all. */
export function rollUp(standings: readonly TargetStanding[]): DepartmentRollup[] {
  const by = new Map<number, DepartmentRollup>();
  for (const s of standings) {
    if (s.teamId === null) continue;
    const r = by.get(s.departmentId) ?? {
      departmentId: s.departmentId,
      teamTargets: 0,
      teamTargetsMet: 0,
      membersMissing: 0,
    };
    r.teamTargets++;
    if (s.met) r.teamTargetsMet++;
    r.membersMissing += s.gap;
    by.set(s.departmentId, r);
  }
  return [...by.values()];
}

export type SinglePoint = {
  teamId: number;
  teamName: string;
  field: Field;
  /** null: the field level itself. */
  item: SkillItem | null;
  minLevel: number;
  /** Members holding it: 1 (a single point of failure) or 0 (nobody). */
  holders: 0 | 1;
  memberId: number | null;
  memberName: string | null;
};

/** (field, item) pairs a team is checked on: the field level ('' here) and its 7 skill items. */
const SLOT_PAIRS = sql.join(
  FIELDS.flatMap((f) => ["", ...skillItemsOf(f)].map((i) => sql`(${f}::field, ${i}::text)`)),
  sql`, `,
);

/**
 * For each team of the scope, each field level and skill item of the team's field (every field for a mixed team,
 * plus any a team target names) that exactly one active member holds at the team's target level for it (the
 * highest such target; DEFAULT_CRITICAL_LEVEL where none names it), or that nobody holds. Teams without members
 * are left out. Ordered by team, field and the standard's item order.
 */
export async function singlePoints(db: Db | Tx, actor: Actor, scope: ViewScope): Promise<SinglePoint[]> {
  const result = await rows<Omit<SinglePoint, "item"> & { item: string }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)}),
    pairs(field, item) as (values ${SLOT_PAIRS}),
    -- the level each slot is judged at: the highest team target naming it
    named as (
      select t.team_id, t.field, case when t.kind = 'skill' then t.skill_item else '' end as item, max(t.min_level) as min_level
        from targets t join scope_teams st on st.id = t.team_id group by 1, 2, 3
    ),
    -- teams with active members: every active member has a standing in each field
    staffed as (select distinct c.team_id from team_level_counts c join scope_teams st on st.id = c.team_id where c.item = ''),
    slots as (
      select st.id as team_id, p.field, p.item from scope_teams st join staffed on staffed.team_id = st.id join pairs p on st.field is null or st.field = p.field
      union
      select n.team_id, n.field, n.item from named n join staffed on staffed.team_id = n.team_id join pairs p on p.field = n.field and p.item = n.item
    ),
    judged as (
      select s.team_id, s.field, s.item, coalesce(n.min_level, ${DEFAULT_CRITICAL_LEVEL}) as min_level
        from slots s left join named n on n.team_id = s.team_id and n.field = s.field and n.item = s.item
    ),
    -- how many hold each slot, from the per-team level counts (team_level_counts)
    held as (
      select j.team_id, j.field, j.item, j.min_level, coalesce(sum(c.n), 0)::int as holders
        from judged j left join team_level_counts c on c.team_id = j.team_id and c.field = j.field and c.item = j.item and c.level >= j.min_level
       group by 1, 2, 3, 4
    ),
    -- the one holder of each slot exactly one member holds, found among that team's members
    singles as (select * from held where holders = 1),
    who as (
      select x.team_id, x.field, x.item, min(m.id) as member_id
        from singles x join members m on m.team_id = x.team_id and m.archived_at is null
        join member_standings ms on ms.member_id = m.id and ms.field = x.field and ms.level >= x.min_level
       where x.item = '' group by 1, 2, 3
      union all
      select x.team_id, x.field, x.item, min(m.id)
        from singles x join members m on m.team_id = x.team_id and m.archived_at is null
        join member_skill_standings ss on ss.member_id = m.id and ss.field = x.field and ss.item = x.item and ss.level >= x.min_level
       where x.item <> '' group by 1, 2, 3
    )
    select h.team_id as "teamId", st.name as "teamName", h.field, h.item, h.min_level as "minLevel", h.holders,
           m.id as "memberId", m.name as "memberName"
      from held h join scope_teams st on st.id = h.team_id
      left join who on who.team_id = h.team_id and who.field = h.field and who.item = h.item
      left join members m on m.id = who.member_id
     where h.holders <= 1
     order by st.name, h.team_id, h.field, h.item <> '', h.item`,
  );
  const order = (f: Field, i: string) => (i === "" ? -1 : skillItemsOf(f).indexOf(i as SkillItem));
  return result
    .map((r) => ({ ...r, item: r.item === "" ? null : (r.item as SkillItem), holders: r.holders as 0 | 1 }))
    .sort(
      (a, b) =>
        a.teamName.localeCompare(b.teamName) ||
        a.teamId - b.teamId ||
        FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) ||
        order(a.field, a.item ?? "") - order(b.field, b.item ?? ""),
    );
}

export type Capped<T> = { rows: T[]; total: number };

export type OneStep = {
  memberId: number;
  name: string;
  teamName: string;
  field: Field;
  level: number;
  nextLevel: number;
  missing: Missing;
};

/** Members one missing requirement away from their next level in their team's field (every field in a mixed team). */
export async function oneStepMembers(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  limit: number,
): Promise<Capped<OneStep>> {
  const result = await rows<OneStep & { total: number }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)})
    select m.id as "memberId", m.name, st.name as "teamName", ms.field, ms.level, ms.next_level as "nextLevel", ms.missing -> 0 as missing,
           count(*) over ()::int as total
      from member_standings ms join members m on m.id = ms.member_id join scope_teams st on st.id = m.team_id
     where m.archived_at is null and ms.missing_count = 1 and ms.next_level is not null and (st.field is null or st.field = ms.field)
     order by st.name, m.name, m.id, ms.field
     limit ${limit}`,
  );
  return { rows: result.map(({ total: _t, ...r }) => (void _t, r)), total: result[0]?.total ?? 0 };
}

export type ExpiringCertification = {
  memberId: number;
  name: string;
  teamName: string;
  certification: string;
  expiresOn: string;
  days: number;
};

/** Approved certifications of active members that expire within `days` days from today (today included), soonest first. */
export async function expiringCertifications(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  limit: number,
  days = 90,
): Promise<Capped<ExpiringCertification>> {
  const result = await rows<ExpiringCertification & { total: number }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)})
    select m.id as "memberId", m.name, st.name as "teamName", c.name as certification, c.expires_on::text as "expiresOn",
           (c.expires_on - current_date)::int as days, count(*) over ()::int as total
      from certifications c join members m on m.id = c.member_id join scope_teams st on st.id = m.team_id
     where m.archived_at is null and c.review_state = 'approved' and c.superseded_at is null
       and c.expires_on >= current_date and c.expires_on <= current_date + ${days}::int
     order by c.expires_on, m.name, c.id
     limit ${limit}`,
  );
  return { rows: result.map(({ total: _t, ...r }) => (void _t, r)), total: result[0]?.total ?? 0 };
}

export type RatingGap = {
  memberId: number;
  name: string;
  teamName: string;
  field: Field;
  item: SkillItem;
  selfLevel: number;
  leadLevel: number;
};

/** Skill items where the member's self-rating and the lead's rating are two or more levels apart, widest first. */
export async function divergentRatings(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  limit: number,
): Promise<Capped<RatingGap>> {
  const result = await rows<RatingGap & { total: number }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)})
    select m.id as "memberId", m.name, st.name as "teamName", ss.field, ss.item, ss.self_level as "selfLevel", ss.lead_level as "leadLevel",
           count(*) over ()::int as total
      from member_skill_standings ss join members m on m.id = ss.member_id join scope_teams st on st.id = m.team_id
     where m.archived_at is null and ss.self_level is not null and ss.lead_level is not null and abs(ss.self_level - ss.lead_level) >= 2
     order by abs(ss.self_level - ss.lead_level) desc, st.name, m.name, m.id, ss.field, ss.item
     limit ${limit}`,
  );
  return { rows: result.map(({ total: _t, ...r }) => (void _t, r)), total: result[0]?.total ?? 0 };
}

export type StaleRatings = { memberId: number; name: string; teamName: string; items: number; oldest: string };

/**
 * Members whose rating that counts (the lead's where given, else the self-rating) is older than 12 months in at
 * least one skill item: how many such items and the oldest date. Longest-stale first.
 */
export async function staleRatings(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  limit: number,
): Promise<Capped<StaleRatings>> {
  const result = await rows<StaleRatings & { total: number }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)}),
    rated as (
      select a.member_id, case when a.lead_level is not null then a.lead_assessed_on else a.self_assessed_on end as rated_on
        from skill_assessments a where a.lead_level is not null or a.self_level is not null
    )
    select m.id as "memberId", m.name, st.name as "teamName", count(*)::int as items, min(r.rated_on)::text as oldest,
           count(*) over ()::int as total
      from rated r join members m on m.id = r.member_id join scope_teams st on st.id = m.team_id
     where m.archived_at is null and r.rated_on < current_date - interval '12 months'
     group by m.id, m.name, st.name
     order by min(r.rated_on), m.name, m.id
     limit ${limit}`,
  );
  return { rows: result.map(({ total: _t, ...r }) => (void _t, r)), total: result[0]?.total ?? 0 };
}

/** Active members per level in each field: counts[field][level] for levels 0..the field's highest (from the per-team counts). */
export async function levelDistribution(db: Db | Tx, actor: Actor, scope: ViewScope): Promise<Record<Field, number[]>> {
  const result = await rows<{ field: Field; level: number; n: number }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)})
    select c.field, c.level, sum(c.n)::int as n
      from team_level_counts c join scope_teams st on st.id = c.team_id
     where c.item = '' group by 1, 2`,
  );
  const out = Object.fromEntries(FIELDS.map((f) => [f, new Array<number>(MAX_LEVEL[f] + 1).fill(0)])) as Record<
    Field,
    number[]
  >;
  for (const r of result) out[r.field][Math.min(r.level, MAX_LEVEL[r.field])] += r.n;
  return out;
}

export type MonthLevels = { month: string; counts: number[] };

/**
 * Level counts at the end of each of the last 12 months (the current month last, as of today), from the evaluation
 * snapshots: each active member of the scope counts at the level of their last snapshot in the field taken by then;
 * members with no snapshot by then count at level 0.
 */
export async function levelTrend(db: Db | Tx, actor: Actor, scope: ViewScope, field: Field): Promise<MonthLevels[]> {
  const result = await rows<{ month: string; level: number | null; n: number; members: number }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)}),
    scope_members as (${SCOPE_MEMBERS}),
    -- twelve months as a VALUES list: the planner knows it is 12 rows (it guessed 1,000 for generate_series over
    -- timestamps, costed the join at millions of rows, and PostgreSQL spent 2 s JIT-compiling a 50 ms query)
    months as (
      select to_char(m, 'YYYY-MM') as month, least(m + interval '1 month', now()) as until
        from (select date_trunc('month', now()) - make_interval(months => k.i) as m
                from (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11)) as k(i)) as mm
    ),
    spans as (
      select s.member_id, s.level, s.taken_at,
             lead(s.taken_at) over (partition by s.member_id order by s.taken_at, s.id) as next_at
        from evaluation_snapshots s join scope_members sm on sm.id = s.member_id
       where s.field = ${field}
    ),
    at_month as (
      select mo.month, sp.member_id, sp.level
        from months mo join spans sp on sp.taken_at < mo.until and (sp.next_at is null or sp.next_at >= mo.until)
    )
    select mo.month, a.level, count(a.member_id)::int as n, (select count(*) from scope_members)::int as members
      from months mo left join at_month a on a.month = mo.month
     group by 1, 2 order by 1, 2`,
  );
  const byMonth = new Map<string, number[]>();
  for (const r of result) {
    const counts = byMonth.get(r.month) ?? new Array<number>(MAX_LEVEL[field] + 1).fill(0);
    if (r.level !== null) counts[Math.min(r.level, MAX_LEVEL[field])] += r.n;
    byMonth.set(r.month, counts);
  }
  const members = result[0]?.members ?? 0;
  // Members with no snapshot by a month's end stood at level 0 then.
  return [...byMonth.entries()].map(([month, counts]) => {
    counts[0] += members - counts.reduce((a, b) => a + b, 0);
    return { month, counts };
  });
}
