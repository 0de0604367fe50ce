// What the gap dashboard reads, aggregated in SQL on the read model (member_standings, member_skill_standings):
// targets against what each team and department has, single points of failure, members one step from their next
// level, expiring certifications, diverging and stale ratings, and the level charts. Each function is one query
// whatever the number of members; lists come capped with their full count.
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { teams } from "../schema";
import type { Actor } from "../actor";
import { scopeTeamsWhere, type ViewScope } from "./scope";
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field, type SkillItem } from "../../itss/fields";
import type { Missing } from "../../itss/types";
import { countedOf, skillCounts, unconfirmedOf } from "../counting";
import { naturalCompare } from "../../i18n/natural-compare";

/** Rows of a raw query on either engine (postgres.js answers an array, PGlite an object with rows). */
async function rows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}

/** The active teams of the scope, as a CTE body (`scope_teams`). */
function scopeTeams(actor: Actor, scope: ViewScope): SQL {
  return sql`select ${teams.id} as id, ${teams.name} as name, ${teams.nameSortKey} as name_sort_key, ${teams.field} as field, ${teams.departmentId} as department_id from ${teams} where ${scopeTeamsWhere(actor, scope) ?? sql`true`}`;
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
  /** Active members meeting it now (what counts: lib/db/counting.ts). */
  actual: number;
  /** Besides them, members who meet a skill target by their own rating alone: "self-rated, not confirmed" (0 when
   * the organisation counts self-ratings). */
  selfOnly: number;
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
 * The counts come from the per-team counts of each level and skill level (team_level_counts), read through its
 * primary key for each target and each team the target counts (its own, or its department's teams in the scope).
 */
export async function targetStandings(db: Db | Tx, actor: Actor, scope: ViewScope): Promise<TargetStanding[]> {
  const result = await rows<TargetRow>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)}),
    sel as (
      select t.id, t.version, t.team_id, t.department_id, t.field, t.kind, t.skill_item,
             t.min_level, t.min_count, coalesce(st.name, d.name) as owner_name, coalesce(st.department_id, t.department_id) as owner_department_id,
             case when t.kind = 'skill' then coalesce(t.skill_item, '') else '' end as item_key
        from targets t
        left join scope_teams st on st.id = t.team_id
        left join departments d on d.id = t.department_id and t.team_id is null
       where st.id is not null or (t.team_id is null and ${departmentTargetsWhere(scope)})
    ),
    -- the teams whose members each target counts: a team target its own team, a department target the
    -- department's teams in the scope
    counted as (
      select sel.id, sel.team_id from sel where sel.team_id is not null
      union all
      select sel.id, st.id from sel join scope_teams st on st.department_id = sel.department_id where sel.team_id is null
    ),
    -- per counted team, a lateral read of its few counts through the primary key (a join let the planner hash every
    -- team's counts: 60,000 rows at 10,000 members)
    agg as (
      select sel.id,
             coalesce(sum(c.actual), 0)::int as actual,
             coalesce(sum(c.self_only), 0)::int as self_only,
             coalesce(sum(c.at_below), 0)::int as at_below,
             coalesce(sum(c.rated), 0)::int as rated
        from sel left join counted k on k.id = sel.id
        left join lateral (
          select sum(${countedOf(sql`c`)}) filter (where c.level >= sel.min_level) as actual,
                 sum(${unconfirmedOf(sql`c`)}) filter (where c.level >= sel.min_level) as self_only,
                 sum(${countedOf(sql`c`)}) filter (where c.level = sel.min_level - 1) as at_below,
                 sum(${countedOf(sql`c`)}) filter (where c.level >= 1) as rated
            from team_level_counts c where c.team_id = k.team_id and c.field = sel.field and c.item = sel.item_key
        ) c on true
       group by sel.id
    ),
    -- active members of the counted teams (every active member has a standing in each field): only a skill target
    -- at level 1 needs it
    sizes as (
      select sel.id, sum(z.n)::int as n
        from sel join counted k on k.id = sel.id
        join team_level_counts z on z.team_id = k.team_id and z.field = 'hardware' and z.item = ''
       where sel.kind = 'skill' and sel.min_level = 1
       group by sel.id
    )
    select sel.id, sel.version, sel.team_id as "teamId", sel.department_id as "departmentId", sel.owner_department_id as "ownerDepartmentId",
           sel.owner_name as "ownerName", sel.field, sel.kind, sel.skill_item as "skillItem", sel.min_level as "minLevel", sel.min_count as "minCount",
           agg.actual, agg.self_only as "selfOnly",
           -- a skill target at level 1: members never rated in the item are the ones one level short
           case when sel.kind = 'skill' and sel.min_level = 1 then greatest(coalesce(sizes.n, 0) - agg.rated, 0) else agg.at_below end::int as "oneAway"
      from sel join agg on agg.id = sel.id left join sizes on sizes.id = sel.id
     order by greatest(sel.min_count - agg.actual, 0) desc, agg.actual::float / sel.min_count asc, natural_sort_key(sel.owner_name), sel.owner_name, sel.field::text, sel.min_level desc, sel.id`,
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
  /** Members holding it: 1 (a single point of failure) or 0 (nobody); what counts: lib/db/counting.ts. */
  holders: 0 | 1;
  /** Members holding it by their own rating alone ("self-rated, not confirmed"; 0 when self-ratings count). */
  selfOnly: number;
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
      select j.team_id, j.field, j.item, j.min_level, coalesce(sum(${countedOf(sql`c`)}), 0)::int as holders,
             coalesce(sum(${unconfirmedOf(sql`c`)}), 0)::int as self_only
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
       where x.item <> '' and ${skillCounts(sql`ss`)} group by 1, 2, 3
    )
    select h.team_id as "teamId", st.name as "teamName", h.field, h.item, h.min_level as "minLevel", h.holders, h.self_only as "selfOnly",
           m.id as "memberId", m.name as "memberName"
      from held h join scope_teams st on st.id = h.team_id
      left join who on who.team_id = h.team_id and who.field = h.field and who.item = h.item
      left join members m on m.id = who.member_id
     where h.holders <= 1
     order by st.name_sort_key, st.name, h.team_id, h.field, h.item <> '', h.item`,
  );
  const order = (f: Field, i: string) => (i === "" ? -1 : skillItemsOf(f).indexOf(i as SkillItem));
  return result
    .map((r) => ({ ...r, item: r.item === "" ? null : (r.item as SkillItem), holders: r.holders as 0 | 1 }))
    .sort(
      (a, b) =>
        naturalCompare(a.teamName, b.teamName) ||
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

export type ExpiringCertification = {
  memberId: number;
  name: string;
  teamName: string;
  certification: string;
  expiresOn: string;
  days: number;
};

export type RatingGap = {
  memberId: number;
  name: string;
  teamName: string;
  field: Field;
  item: SkillItem;
  selfLevel: number;
  leadLevel: number;
};

export type StaleRatings = { memberId: number; name: string; teamName: string; items: number; oldest: string };

export type GapLists = {
  /** Members one missing requirement away from their next level in their team's field (every field in a mixed team). */
  oneStep: Capped<OneStep>;
  /** Approved certifications of active members that expire within `days` days from today (today included), soonest first. */
  certifications: Capped<ExpiringCertification>;
  /** Skill items where the member's self-rating and the lead's rating are two or more levels apart, widest first. */
  apart: Capped<RatingGap>;
  /**
   * Members whose rating that counts (the lead's where given, else the self-rating) is older than 12 months in at
   * least one skill item: how many such items and the oldest date. Longest-stale first.
   */
  stale: Capped<StaleRatings>;
};

/**
 * One capped list as a jsonb value {total, rows}: `body` selects the first rows in order with the full count in
 * `total` (a window count), `order` orders them again inside jsonb_agg (the same keys, read from the row's columns).
 */
function cappedJson(body: SQL, order: SQL): SQL {
  return sql`(select jsonb_build_object('total', coalesce(max(x.total), 0),
                     'rows', coalesce(jsonb_agg(to_jsonb(x) - 'total' - 'sortId' order by ${order}), '[]'::jsonb))
                from (${body}) as x)`;
}

/**
 * The dashboard's four member lists, each capped at `limit` rows with its full count, in one statement: members one
 * step from their next level, expiring certifications, diverging ratings and stale ratings.
 */
export async function gapLists(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  limit: number,
  days = 90,
): Promise<GapLists> {
  const oneStep = sql`
    select m.id as "memberId", m.name, st.name as "teamName", ms.field, ms.level, ms.next_level as "nextLevel", ms.missing -> 0 as missing,
           count(*) over ()::int as total
      from member_standings ms join members m on m.id = ms.member_id join scope_teams st on st.id = m.team_id
     where m.archived_at is null and ms.missing_count = 1 and ms.next_level is not null and (st.field is null or st.field = ms.field)
     order by st.name_sort_key, st.name, m.name, m.id, ms.field
     limit ${limit}`;
  // expires_on stays a date (jsonb writes it as YYYY-MM-DD); c.id breaks ties and is dropped from the row
  const certifications = sql`
    select m.id as "memberId", m.name, st.name as "teamName", c.name as certification, c.expires_on as "expiresOn",
           (c.expires_on - current_date)::int as days, c.id as "sortId", count(*) over ()::int as total
      from certifications c join members m on m.id = c.member_id join scope_teams st on st.id = m.team_id
     where m.archived_at is null and c.review_state = 'approved' and c.superseded_at is null
       and c.expires_on >= current_date and c.expires_on <= current_date + ${days}::int
     order by c.expires_on, m.name, c.id
     limit ${limit}`;
  // The partial index member_skill_standings_apart holds exactly these ratings. How far apart they are is counted
  // first (apart_counts, in the statement's WITH); the rows shown are then sought only among ratings at least as far
  // apart as the cap-th widest, so the join and the sort see the widest few instead of every diverging rating.
  const apartWhere = sql`m.archived_at is null and ss.self_level is not null and ss.lead_level is not null and abs(ss.self_level - ss.lead_level) >= 2`;
  const apartCounts = sql`
    select abs(ss.self_level - ss.lead_level) as apart, count(*)::int as n
      from member_skill_standings ss join members m on m.id = ss.member_id join scope_teams st on st.id = m.team_id
     where ${apartWhere} group by 1`;
  const apart = sql`
    select m.id as "memberId", m.name, st.name as "teamName", ss.field, ss.item, ss.self_level as "selfLevel", ss.lead_level as "leadLevel",
           (select sum(n) from apart_counts)::int as total
      from member_skill_standings ss join members m on m.id = ss.member_id join scope_teams st on st.id = m.team_id
     where ${apartWhere}
       and abs(ss.self_level - ss.lead_level) >= (
         select coalesce(max(a.apart), 2) from (select apart, sum(n) over (order by apart desc) as reached from apart_counts) as a
          where a.reached >= ${limit})
     order by abs(ss.self_level - ss.lead_level) desc, st.name_sort_key, st.name, m.name, m.id, ss.field, ss.item
     limit ${limit}`;
  // the rating that counts, older than 12 months: the lead's where given, else the self-rating (one partial index
  // each: skill_assessments_lead_rated, skill_assessments_self_rated)
  const stale = sql`
    select m.id as "memberId", m.name, st.name as "teamName", count(*)::int as items, min(r.rated_on) as oldest,
           count(*) over ()::int as total
      from (
        select a.member_id, a.lead_assessed_on as rated_on from skill_assessments a
         where a.lead_level is not null and a.lead_assessed_on < (current_date - interval '12 months')::date
        union all
        select a.member_id, a.self_assessed_on from skill_assessments a
         where a.lead_level is null and a.self_level is not null and a.self_assessed_on < (current_date - interval '12 months')::date
      ) r join members m on m.id = r.member_id join scope_teams st on st.id = m.team_id
     where m.archived_at is null
     group by m.id, m.name, st.name
     order by min(r.rated_on), m.name, m.id
     limit ${limit}`;
  const [result] = await rows<{ [K in keyof GapLists]: { total: number; rows: unknown[] } }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)}),
    apart_counts as (${apartCounts})
    select ${cappedJson(oneStep, sql`natural_sort_key(x."teamName"), x."teamName", x.name, x."memberId", x.field`)} as "oneStep",
           ${cappedJson(certifications, sql`x."expiresOn", x.name, x."sortId"`)} as certifications,
           ${cappedJson(apart, sql`abs(x."selfLevel" - x."leadLevel") desc, natural_sort_key(x."teamName"), x."teamName", x.name, x."memberId", x.field, x.item`)} as apart,
           ${cappedJson(stale, sql`x.oldest, x.name, x."memberId"`)} as stale`,
  );
  return result as unknown as GapLists;
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

/** The trend's months: the current one and the 11 before it. */
const TREND_MONTHS = 12;

/**
 * Level counts at the end of each of the last 12 months (the current month last, as of today), from the evaluation
 * snapshots: each active member of the scope counts at the level of their last snapshot in the field taken by then;
 * a member who was already there but had no snapshot yet counts at level 0. A member counts from their start: when
 * they were added (created_at) or their first snapshot in the field, whichever is earlier — before it they are not
 * counted at all, so a month before anyone's start has no members (the chart says its history starts later).
 *
 * One pass over the scope's snapshots of the field (an index-only scan of evaluation_snapshots_field_member): each
 * snapshot is in force from when it was taken until the member's next one, so it counts at the end of a contiguous
 * run of months, found with width_bucket against the months' ends; SQL adds +1 at the run's first month and −1
 * after its last per level, and +1 at each member's first month; the running sums here give the counts.
 */
export async function levelTrend(db: Db | Tx, actor: Actor, scope: ViewScope, field: Field): Promise<MonthLevels[]> {
  const [result] = await rows<{ labels: string[]; starts: [number, number][]; deltas: [number, number, number][] }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)}),
    scope_members as (${SCOPE_MEMBERS}),
    -- the ends of the 12 months, oldest first: the start of each following month, and now for the current one
    bounds as (
      select array(select date_trunc('month', now()) - make_interval(months => k) from generate_series(${TREND_MONTHS - 2}, 0, -1) as k order by k desc) || now() as ends,
             array(select to_char(date_trunc('month', now()) - make_interval(months => k), 'YYYY-MM') from generate_series(${TREND_MONTHS - 1}, 0, -1) as k order by k desc) as labels
    ),
    spans as (
      select s.member_id, s.level, s.taken_at,
             lead(s.taken_at) over (partition by s.member_id order by s.taken_at, s.id) as next_at
        from evaluation_snapshots s
       where s.field = ${field} and s.member_id in (select id from scope_members)
    ),
    -- the month (0 = the oldest; 11 at the latest) from whose end each member counts: added, or first evaluated
    starts as (
      select least(width_bucket(least(m.created_at, f.first_at), b.ends), ${TREND_MONTHS - 1}) as month, count(*)::int as n
        from scope_members sm join members m on m.id = sm.id
        left join (select member_id, min(taken_at) as first_at from spans group by 1) f on f.member_id = sm.id
        cross join bounds b
       group by 1
    ),
    -- months (0 = the oldest) at whose end the snapshot is the member's last: taken before that end (12: after now),
    -- and the next one not before it
    runs as (
      select sp.level, width_bucket(sp.taken_at, b.ends) as first_month,
             coalesce(width_bucket(sp.next_at, b.ends), ${TREND_MONTHS}) - 1 as last_month
        from spans sp cross join bounds b
    ),
    deltas as (
      select first_month as month, level, count(*)::int as d from runs where first_month <= last_month group by 1, 2
      union all
      select last_month + 1, level, -count(*)::int from runs where first_month <= last_month and last_month < ${TREND_MONTHS - 1} group by 1, 2
    )
    select b.labels,
           (select coalesce(jsonb_agg(jsonb_build_array(month, n)), '[]'::jsonb) from starts) as starts,
           (select coalesce(jsonb_agg(jsonb_build_array(month, level, d)), '[]'::jsonb) from deltas) as deltas
      from bounds b`,
  );
  const top = MAX_LEVEL[field];
  const change = Array.from({ length: TREND_MONTHS }, () => new Array<number>(top + 1).fill(0));
  for (const [month, level, d] of result.deltas) change[month][Math.min(level, top)] += d;
  const joined = new Array<number>(TREND_MONTHS).fill(0);
  for (const [month, n] of result.starts) joined[month] += n;
  const running = new Array<number>(top + 1).fill(0);
  let members = 0;
  // Members who had started by a month's end but had no snapshot yet stood at level 0 then.
  return result.labels.map((month, i) => {
    change[i].forEach((d, level) => (running[level] += d));
    members += joined[i];
    const counts = [...running];
    counts[0] += members - counts.reduce((a, b) => a + b, 0);
    return { month, counts };
  });
}
