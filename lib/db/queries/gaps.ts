// What the gap dashboard reads, aggregated in SQL on the read model (member_standings, member_skill_standings):
// targets against what each team and department has, single points of failure, members one step from their next
// level, expiring certifications, diverging and stale ratings, and the level charts. Each function is one query
// whatever the number of members; lists come capped (or paged, filtered and sorted: gapListPage) with their full count.
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { teams } from "../schema";
import type { Actor } from "../actor";
import { scopeTeamsWhere, type ViewScope } from "./scope";
import { FIELDS, MAX_LEVEL, skillItemsOf, type Field, type SkillItem } from "../../itss/fields";
import type { Missing } from "../../itss/types";
import { countedOf, skillCounts, unconfirmedOf } from "../counting";
import { DEFAULT_CRITICAL_LEVEL, GAP_BELOW } from "../../heatmap/gap";
import { servesSql } from "../serves";
import {
  GAP_LIST_DEFAULT_DIR,
  GAP_LIST_FILTERS,
  GAP_LIST_SORTS,
  GAP_LISTS,
  type GapListKey,
  type GapListSort,
} from "../../search-params/gaps";

/** Rows of a raw query on either engine (postgres.js answers an array, PGlite an object with rows). */
async function rows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}

/** The active teams of the scope (and of `more`), as a CTE body (`scope_teams`). */
function scopeTeams(actor: Actor, scope: ViewScope, more: SQL = sql`true`): SQL {
  return sql`select ${teams.id} as id, ${teams.name} as name, ${teams.nameSortKey} as name_sort_key, ${teams.field} as field, ${teams.departmentId} as department_id, ${teams.assessmentIntervalMonths} as months from ${teams} where ${scopeTeamsWhere(actor, scope) ?? sql`true`} and ${more}`;
}
/** Active members of the scope's teams (`scope_members`). */
const SCOPE_MEMBERS = sql`select m.id, m.name, m.team_id, st.department_id from members m join scope_teams st on st.id = m.team_id where m.archived_at is null`;

/** Department targets belong to a view that shows the whole department (or the organisation). */
function departmentTargetsWhere(scope: ViewScope): SQL {
  if (scope.kind === "department") return sql`t.department_id = ${scope.departmentId}`;
  if (scope.kind === "org") return sql`t.department_id in (select department_id from scope_teams)`;
  return sql`false`;
}

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
             t.min_level, t.min_count, coalesce(st.name, d.name) as owner_name,
             -- the stored sort keys (natural_sort_key() costs 10–17 µs a call: 5,000 team targets at 100,000 members)
             coalesce(st.name_sort_key, d.name_sort_key) as owner_sort_key, coalesce(st.department_id, t.department_id) as owner_department_id,
             case when t.kind = 'skill' then coalesce(t.skill_item, '') else '' end as item_key
        from targets t
        left join scope_teams st on st.id = t.team_id
        left join departments d on d.id = t.department_id and t.team_id is null
       where st.id is not null or (t.team_id is null and ${departmentTargetsWhere(scope)})
    ),
    -- a team target counts its own team: that team's few counts, read through the primary key
    team_agg as (
      select sel.id, sel.field, sel.kind, sel.min_level, sel.team_id, sel.department_id,
             coalesce(sum(${countedOf(sql`c`)}) filter (where c.level >= sel.min_level), 0)::int as actual,
             coalesce(sum(${unconfirmedOf(sql`c`)}) filter (where c.level >= sel.min_level), 0)::int as self_only,
             coalesce(sum(${countedOf(sql`c`)}) filter (where c.level = sel.min_level - 1), 0)::int as at_below,
             coalesce(sum(${countedOf(sql`c`)}) filter (where c.level >= 1), 0)::int as rated
        from sel left join team_level_counts c on c.team_id = sel.team_id and c.field = sel.field and c.item = sel.item_key
       where sel.team_id is not null
       group by sel.id, sel.field, sel.kind, sel.min_level, sel.team_id, sel.department_id
    ),
    -- a department target counts the department's teams in the scope: each (department, field, item) the department
    -- targets name is summed once per level over those teams (not once per target and team: 2,500 teams at 100,000
    -- members), then each target takes the levels it needs
    dept_keys as (select distinct department_id, field, item_key from sel where team_id is null),
    dept_levels as (
      select k.department_id, k.field, k.item_key, c.level,
             sum(${countedOf(sql`c`)})::int as counted, sum(${unconfirmedOf(sql`c`)})::int as self_only
        from dept_keys k join ${teams} dt on dt.department_id = k.department_id and dt.archived_at is null
        join team_level_counts c on c.team_id = dt.id and c.field = k.field and c.item = k.item_key
       group by 1, 2, 3, 4
    ),
    dept_agg as (
      select sel.id, sel.field, sel.kind, sel.min_level, sel.team_id, sel.department_id,
             coalesce(sum(d.counted) filter (where d.level >= sel.min_level), 0)::int as actual,
             coalesce(sum(d.self_only) filter (where d.level >= sel.min_level), 0)::int as self_only,
             coalesce(sum(d.counted) filter (where d.level = sel.min_level - 1), 0)::int as at_below,
             coalesce(sum(d.counted) filter (where d.level >= 1), 0)::int as rated
        from sel left join dept_levels d on d.department_id = sel.department_id and d.field = sel.field and d.item_key = sel.item_key
       where sel.team_id is null
       group by sel.id, sel.field, sel.kind, sel.min_level, sel.team_id, sel.department_id
    ),
    agg as (select * from team_agg union all select * from dept_agg),
    -- active members (every active member has a standing in each field), only for a skill target at level 1: of its
    -- team, or of its department's teams
    sizes as (
      select sel.id, sum(z.n)::int as n
        from sel join team_level_counts z on z.team_id = sel.team_id and z.field = 'hardware' and z.item = ''
       where sel.kind = 'skill' and sel.min_level = 1 and sel.team_id is not null group by sel.id
      union all
      select sel.id, sum(z.n)::int
        from sel join ${teams} dt on dt.department_id = sel.department_id and dt.archived_at is null
        join team_level_counts z on z.team_id = dt.id and z.field = 'hardware' and z.item = ''
       where sel.kind = 'skill' and sel.min_level = 1 and sel.team_id is null group by sel.id
    )
    select sel.id, sel.version, sel.team_id as "teamId", sel.department_id as "departmentId", sel.owner_department_id as "ownerDepartmentId",
           sel.owner_name as "ownerName", sel.field, sel.kind, sel.skill_item as "skillItem", sel.min_level as "minLevel", sel.min_count as "minCount",
           agg.actual, agg.self_only as "selfOnly",
           -- a skill target at level 1: members never rated in the item are the ones one level short
           case when sel.kind = 'skill' and sel.min_level = 1 then greatest(coalesce(sizes.n, 0) - agg.rated, 0) else agg.at_below end::int as "oneAway"
      from sel join agg on agg.id = sel.id left join sizes on sizes.id = sel.id
     order by greatest(sel.min_count - agg.actual, 0) desc, agg.actual::float / sel.min_count asc, sel.owner_sort_key, sel.owner_name, sel.field::text, sel.min_level desc, sel.id`,
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

/** Every field level and skill item as "field:item" ('' for the field level), in the standard's order. */
const SLOT_KEYS = FIELDS.flatMap((f) => ["", ...skillItemsOf(f)].map((i) => `${f}:${i}`));
/** The standard's position of a field level or skill item (for ordering in SQL). */
const slotOrder = (field: SQL, item: SQL): SQL =>
  sql`array_position(array[${sql.join(
    SLOT_KEYS.map((k) => sql`${k}`),
    sql`, `,
  )}]::text[], (${field})::text || ':' || (${item}))`;
const fieldOrder = (field: SQL): SQL =>
  sql`array_position(array[${sql.join(
    FIELDS.map((f) => sql`${f}`),
    sql`, `,
  )}]::text[], (${field})::text)`;

/** (field, item) pairs a team is checked on: the field level ('' here) and its 7 skill items. */
const SLOT_PAIRS = sql.join(
  FIELDS.flatMap((f) => ["", ...skillItemsOf(f)].map((i) => sql`(${f}::field, ${i}::text)`)),
  sql`, `,
);

/**
 * The one definition of a gap in SQL (lib/heatmap/gap.ts): CTEs that give `held`, each slot of each staffed team of
 * `scope_teams` — the field level and 7 skill items of every field the team serves — with its critical level (the
 * highest team target naming it, else DEFAULT_CRITICAL_LEVEL) and how many active members hold it there (what counts:
 * lib/db/counting.ts), from the per-team level counts. A slot is a gap when `holders < GAP_BELOW`. With a prefix and
 * another teams CTE (same columns), the same CTEs named `<prefix>held` and so on, over those teams.
 */
const heldCtes = (prefix = "", teamsCte = "scope_teams"): [string, SQL][] => {
  const t = sql.raw(teamsCte);
  const n = (name: string) => sql.raw(`${prefix}${name}`);
  return [
    [`${prefix}pairs`, sql`select * from (values ${SLOT_PAIRS}) as v(field, item)`],
    [
      `${prefix}named`,
      sql`select t.team_id, t.field, case when t.kind = 'skill' then t.skill_item else '' end as item, max(t.min_level) as min_level
          from targets t join ${t} st on st.id = t.team_id group by 1, 2, 3`,
    ],
    // teams with active members: every active member has a standing in each field
    [
      `${prefix}staffed`,
      sql`select distinct c.team_id from team_level_counts c join ${t} st on st.id = c.team_id where c.item = ''`,
    ],
    [
      `${prefix}held`,
      sql`select j.team_id, j.team_name, j.team_name_sort_key, j.field, j.item, j.min_level, coalesce(sum(${countedOf(sql`c`)}), 0)::int as holders,
               coalesce(sum(${unconfirmedOf(sql`c`)}), 0)::int as self_only
          from (select st.id as team_id, st.name as team_name, st.name_sort_key as team_name_sort_key, p.field, p.item, coalesce(n.min_level, ${DEFAULT_CRITICAL_LEVEL}) as min_level
                  from ${t} st join ${n("staffed")} staffed on staffed.team_id = st.id join ${n("pairs")} p on ${servesSql(sql`st.field`, sql`p.field`)}
                  left join ${n("named")} n on n.team_id = st.id and n.field = p.field and n.item = p.item) as j
          left join team_level_counts c on c.team_id = j.team_id and c.field = j.field and c.item = j.item and c.level >= j.min_level
         group by 1, 2, 3, 4, 5, 6`,
    ],
  ];
};
const HELD_CTES = heldCtes();

/** A step from member_standings `ms` (member `m`, team `st`) that lists the member as one step from a new level. */
const ONE_STEP_WHERE = sql`m.archived_at is null and ms.missing_count = 1 and ms.next_level is not null and ms.next_level > ms.level
       and ${servesSql(sql`st.field`, sql`ms.field`)}`;

/** How far apart a skill standing's (`ss`) self-rating and lead rating are. */
const APART_OF = sql`abs(ss.self_level - ss.lead_level)`;
/** A diverging rating (the partial index member_skill_standings_apart holds exactly these) of an active member `m`. */
const APART_WHERE = sql`m.archived_at is null and ss.self_level is not null and ss.lead_level is not null and ${APART_OF} >= 2`;

/**
 * The stale list's day (`stale_day`: today) and the bound below which its ratings lie (`stale_bound`): no stale rating
 * is younger than the shortest interval of the scope's teams (less the up to 3 days a month's end clamps). That bound
 * keeps the range scans on the partial indexes (skill_assessments_lead_rated, skill_assessments_self_rated) as narrow
 * as the intervals allow — a year's worth at the default 12 months.
 */
const STALE_BOUND: [string, SQL] = [
  "stale_bound",
  sql`select ((select day from stale_day) - make_interval(months => coalesce(min(months), 1)))::date + 3 as bound from scope_teams`,
];
const STALE_TODAY: [string, SQL][] = [["stale_day", sql`select current_date as day`], STALE_BOUND];
/**
 * The rating that counts of each skill item (`r`: member_id, rated_on) up to the bound (or only those of the day `on`):
 * the lead's where given, else the self-rating.
 */
const staleRatings = (on?: SQL): SQL => sql`(
        select a.member_id, a.lead_assessed_on as rated_on from skill_assessments a
         where a.lead_level is not null and a.lead_assessed_on <= (select bound from stale_bound)${on ? sql` and a.lead_assessed_on = ${on}` : sql``}
        union all
        select a.member_id, a.self_assessed_on from skill_assessments a
         where a.lead_level is null and a.self_level is not null and a.self_assessed_on <= (select bound from stale_bound)${on ? sql` and a.self_assessed_on = ${on}` : sql``}
      ) r`;
/** A rating `r` of member `m` in team `st` that is stale by the team's assessment interval (lib/itss/currency.ts). */
const STALE_WHERE = sql`m.archived_at is null and (r.rated_on + make_interval(months => st.months))::date <= (select day from stale_day)`;

/**
 * The per-team counts of the gap lists (team_gap_counts: team_id, list, key, n; only non-zero ones) of the teams in
 * `scope_teams`, with the stale list as of `stale_day`: the CTEs it needs besides those two, and the SELECT. The same
 * definitions as the lists (lib/evaluation/gap-counts.ts keeps them; npm run db:check-standings recounts them).
 * `few`: the stale count reads each of the teams' members' ratings through the member's key (a write recounts one
 * team: the range scan over every rating up to the bound took 50 ms of each approval at 100,000 members, the key
 * 4 ms); for the whole organisation (the daily job) that range scan is the faster (1.9 against 4.1 s at 100,000).
 */
function gapCountsSql(few: boolean): { ctes: [string, SQL][]; body: SQL } {
  const staleRows = few
    ? sql`scope_teams st join members m on m.team_id = st.id
      join lateral (
        select case when a.lead_level is not null then a.lead_assessed_on else a.self_assessed_on end as rated_on
          from skill_assessments a
         where a.member_id = m.id and (a.lead_level is not null or a.self_level is not null)
      ) r on true`
    : sql`${staleRatings()} join members m on m.id = r.member_id join scope_teams st on st.id = m.team_id`;
  return {
    ctes: [...HELD_CTES, STALE_BOUND],
    body: sql`
    select h.team_id, case when h.holders = 1 then 'singles' else 'nobody' end as list, 0 as key, count(*)::int as n
      from held h where h.holders < ${GAP_BELOW} group by 1, 2
    union all
    select m.team_id, 'oneStep', 0, count(*)::int
      from scope_teams st join members m on m.team_id = st.id join member_standings ms on ms.member_id = m.id
     where ${ONE_STEP_WHERE} group by 1
    union all
    select m.team_id, 'apart', ${APART_OF}, count(*)::int
      from scope_teams st join members m on m.team_id = st.id join member_skill_standings ss on ss.member_id = m.id
     where ${APART_WHERE} group by 1, 3
    union all
    select m.team_id, 'stale', 0, count(distinct m.id)::int
      from ${staleRows}
     where ${STALE_WHERE} group by 1`,
  };
}
/** The two forms of gapCountsSql: for a few teams (a write) and for many (the daily job, a backfill). */
export const GAP_COUNTS = { few: gapCountsSql(true), many: gapCountsSql(false) } as const;

/** The one holder of a single point of failure `h`, found among its team's members. */
const SINGLE_HOLDER = sql`case when h.holders <> 1 then null when h.item = '' then
    (select min(m.id) from members m join member_standings ms on ms.member_id = m.id and ms.field = h.field and ms.level >= h.min_level
      where m.team_id = h.team_id and m.archived_at is null)
  else
    (select min(m.id) from members m join member_skill_standings ss on ss.member_id = m.id and ss.field = h.field and ss.item = h.item and ss.level >= h.min_level
      where m.team_id = h.team_id and m.archived_at is null and ${skillCounts(sql`ss`)})
  end`;

/** Slots of `held` matching `where` as SinglePoint rows (item '' for the field level), with the extra `columns`. */
const slotRows = (where: SQL, columns: SQL = sql``, held = "held"): SQL => sql`
    select h.team_id as "teamId", h.team_name as "teamName", h.field, h.item, h.min_level as "minLevel", h.holders, h.self_only as "selfOnly",
           m.id as "memberId", m.name as "memberName"${columns}
      from ${sql.raw(held)} h
      left join lateral (select ${SINGLE_HOLDER} as member_id) w on true
      left join members m on m.id = w.member_id
     where ${where}`;

const asSinglePoint = (r: Omit<SinglePoint, "item"> & { item: string }): SinglePoint => ({
  ...r,
  item: r.item === "" ? null : (r.item as SkillItem),
  holders: r.holders as 0 | 1,
});

/**
 * Every gap of the scope's teams (lib/heatmap/gap.ts): each field level and skill item of a field the team serves
 * that exactly one active member holds at its critical level (a single point of failure), or that nobody holds.
 * Teams without members are left out. Ordered by team, then the standard's order.
 */
export async function singlePoints(db: Db | Tx, actor: Actor, scope: ViewScope): Promise<SinglePoint[]> {
  const result = await rows<Omit<SinglePoint, "item"> & { item: string }>(
    db,
    sql`with scope_teams as (${scopeTeams(actor, scope)}), ${withCtes(HELD_CTES)}
    ${slotRows(sql`h.holders < ${GAP_BELOW}`)}
     order by h.team_name_sort_key, h.team_name, h.team_id, ${slotOrder(sql`h.field`, sql`h.item`)}`,
  );
  return result.map(asSinglePoint);
}

/**
 * The heatmap summary's flags: of the given teams of the scope, the skill items of `field` that are gaps (the same
 * `held` as singlePoints). A team that does not serve the field has none.
 */
export async function gapItems(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  field: Field,
  teamIds: readonly number[],
): Promise<{ teamId: number; item: SkillItem }[]> {
  if (!teamIds.length) return [];
  return rows(
    db,
    sql`with scope_teams as (${scopeTeams(
      actor,
      scope,
      sql`${teams.id} in (${sql.join(
        teamIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    )}), ${withCtes(HELD_CTES)}
    select h.team_id as "teamId", h.item from held h
     where h.holders < ${GAP_BELOW} and h.field = ${field} and h.item <> ''`,
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

/** The row of each list. */
export type GapListRows = {
  /** Single points of failure: slots exactly one member holds at their critical level. */
  singles: SinglePoint;
  /** Slots nobody holds at their critical level. */
  nobody: SinglePoint;
  /** Members one missing requirement away from a level above their official one, in a field their team serves. */
  oneStep: OneStep;
  /** Approved certifications of active members that expire within `days` days from today (today included). */
  certifications: ExpiringCertification;
  /** Skill items where the member's self-rating and the lead's rating are two or more levels apart. */
  apart: RatingGap;
  /**
   * Members whose rating that counts (the lead's where given, else the self-rating) is stale by their team's
   * assessment interval in at least one skill item: how many such items and the oldest date.
   */
  stale: StaleRatings;
};

export type GapLists = { [K in GapListKey]: Capped<GapListRows[K]> };

/** What one list reads: filters (a list without one ignores it), the sort, and a page (null: every row). */
export type GapListQuery = {
  field?: Field | null;
  level?: number | null;
  sort?: GapListSort;
  dir?: "asc" | "desc";
  page: { limit: number; offset: number } | null;
  /** Certifications expiring within this many days (default 90). */
  days?: number;
};

/** `with` definitions from named CTE bodies. */
const withCtes = (ctes: [string, SQL][]): SQL =>
  sql.join(
    ctes.map(([name, body]) => sql`${sql.raw(name)} as (${body})`),
    sql`, `,
  );

/** Teams in natural order ("Team 2" before "Team 10"): the stored key, then the name (lib/db/natural.ts). */
const TEAM_ORDER = [sql`st.name_sort_key`, sql`st.name`];

/** A list's SQL: the CTEs it needs besides scope_teams, and its body (rows with `total` and `sortId`, in order, paged). */
type ListSql = { ctes: [string, SQL][]; body: SQL };

/** ORDER BY keys: the sort's first key in the asked direction, the rest (tie-breakers) ascending. */
function orderBy(keys: SQL[], dir: "asc" | "desc"): SQL {
  return sql.join(
    keys.map((k, i) => (i === 0 && dir === "desc" ? sql`${k} desc` : sql`${k} asc`)),
    sql`, `,
  );
}

const limitOf = (page: GapListQuery["page"]): SQL => (page ? sql`limit ${page.limit} offset ${page.offset}` : sql``);

/** Above this many ratings on the stale list's last date read, its members there are found in name order. */
const STALE_EDGE_LISTED = 2000;

/** The most skill items a member is rated in (a member's stale items in the stale list). */
const ITEMS_PER_MEMBER = FIELDS.reduce((n, f) => n + skillItemsOf(f).length, 0);

/** The scope's teams' gap counts, read once for every list of a statement. */
const SCOPE_GAP_COUNTS: [string, SQL] = [
  "scope_gap_counts",
  sql`select g.team_id, g.list, g.key, g.n, st.name_sort_key, st.name from team_gap_counts g join scope_teams st on st.id = g.team_id`,
];

/**
 * The default order's page of a list kept in team_gap_counts, found from the counts: its buckets (a key — how far
 * apart, for apart — and a team name, in the list's order) each with the rows before it, and the teams of the buckets
 * that hold rows of the page (`<list>_walk`: team_id, key, before), and the list's total (`<list>_total`). The list's
 * rows are then read from those teams only. Teams of one name are one bucket: the lists order teams by name.
 */
function walkCtes(list: GapListKey, page: { limit: number; offset: number }, keyDesc: boolean): [string, SQL][] {
  return [
    SCOPE_GAP_COUNTS,
    [
      `${list}_walk`,
      sql`
    select st.id as team_id, r.key, r.before from (
      select g.key, g.name_sort_key, g.name, sum(g.n)::int as n,
             (sum(sum(g.n)) over (order by g.key ${keyDesc ? sql`desc` : sql`asc`}, g.name_sort_key, g.name) - sum(g.n))::int as before
        from scope_gap_counts g where g.list = ${list}${
          keyDesc
            ? sql` and g.key >= (
          -- the page lies among the widest keys: the smallest key whose rows and all wider ones reach its end
          select coalesce(max(k.key), 0) from (
            select key, sum(sum(n)) over (order by key desc) as reached from scope_gap_counts where list = ${list} group by key
          ) k where k.reached >= ${page.offset + page.limit})`
            : sql``
        } group by 1, 2, 3) r
    join scope_teams st on st.name_sort_key = r.name_sort_key and st.name = r.name
     where r.before < ${page.offset + page.limit} and r.before + r.n > ${page.offset}`,
    ],
    [`${list}_total`, sql`select coalesce(sum(g.n), 0)::int as n from scope_gap_counts g where g.list = ${list}`],
  ];
}

/** The total and row number of a walked list's rows, and its page within the walked teams. */
const walkedPage = (list: GapListKey, o: SQL, page: { limit: number; offset: number }) => ({
  window: sql`, (select n from ${sql.raw(`${list}_total`)})::int as total, row_number() over (order by ${o})::int as "sortId"`,
  limit: sql`limit ${page.limit} offset greatest(${page.offset} - (select coalesce(min(before), 0) from ${sql.raw(`${list}_walk`)}), 0)`,
});

/**
 * The SQL of one list for a query: its filters in WHERE, its sort in ORDER BY (the same order numbers each row in
 * `sortId`), the full count in `total`, and the page. The capped lists of /gaps, the paged view and the CSV all read
 * through this one function. A page in a list's default order without filters (what /gaps shows) takes its total from
 * team_gap_counts and reads only the rows near the page (walkCtes; the stale list, oldest first, from the oldest
 * ratings on); any other query counts its rows with a window over every row.
 */
function listSql(list: GapListKey, q: GapListQuery): ListSql {
  const sorts: readonly GapListSort[] = GAP_LIST_SORTS[list];
  const sort = q.sort && sorts.includes(q.sort) ? q.sort : sorts[0];
  const dir = q.dir ?? (sort === sorts[0] ? GAP_LIST_DEFAULT_DIR[list] : "asc");
  const field = GAP_LIST_FILTERS[list].field ? (q.field ?? null) : null;
  const level = GAP_LIST_FILTERS[list].level ? (q.level ?? null) : null;
  const walked =
    q.page && sort === sorts[0] && dir === GAP_LIST_DEFAULT_DIR[list] && field === null && level === null
      ? q.page
      : null;
  const paged = (order: SQL[]) => {
    const o = orderBy(order, dir);
    return { o, window: sql`, count(*) over ()::int as total, row_number() over (order by ${o})::int as "sortId"` };
  };
  switch (list) {
    case "singles":
    case "nobody": {
      const slot = slotOrder(sql`h.field`, sql`h.item`);
      const team = [sql`h.team_name_sort_key`, sql`h.team_name`, sql`h.team_id`];
      const order = {
        team: [...team, slot],
        item: [slot, ...team],
        level: [sql`h.min_level`, ...team, slot],
        member: [sql`m.name`, ...team, slot],
      }[sort as "team" | "item" | "level" | "member"];
      const where = sql.join(
        [
          sql`h.holders = ${list === "singles" ? 1 : 0}`,
          field ? sql`h.field = ${field}` : sql`true`,
          level !== null ? sql`h.min_level = ${level}` : sql`true`,
        ],
        sql` and `,
      );
      if (walked) {
        // the slots of the walked teams only: `<list>_held` over `<list>_teams`
        const o = orderBy(order, dir);
        const { window, limit } = walkedPage(list, o, walked);
        return {
          ctes: [
            ...walkCtes(list, walked, false),
            [
              `${list}_teams`,
              sql`select * from scope_teams where id in (select team_id from ${sql.raw(`${list}_walk`)})`,
            ],
            ...heldCtes(`${list}_`, `${list}_teams`),
          ],
          body: sql`${slotRows(where, window, `${list}_held`)} order by ${o} ${limit}`,
        };
      }
      const { o, window } = paged(order);
      return { ctes: HELD_CTES, body: sql`${slotRows(where, window)} order by ${o} ${limitOf(q.page)}` };
    }
    case "oneStep": {
      const member = [sql`m.name`, sql`m.id`];
      const order = {
        team: [...TEAM_ORDER, ...member, fieldOrder(sql`ms.field`)],
        member: [...member, fieldOrder(sql`ms.field`)],
        field: [fieldOrder(sql`ms.field`), ...TEAM_ORDER, ...member],
        level: [sql`ms.level`, ...TEAM_ORDER, ...member, fieldOrder(sql`ms.field`)],
      }[sort as "team" | "member" | "field" | "level"];
      const columns = sql`m.id as "memberId", m.name, st.name as "teamName", ms.field, ms.level, ms.next_level as "nextLevel", ms.missing -> 0 as missing`;
      // only steps that raise the official level: a member at level 3 by exam whose achievements are the first step
      // toward level 4 has next_level 3 (docs/evaluation.md §5) and is not one step from a new level
      if (walked) {
        const o = orderBy(order, dir);
        const { window, limit } = walkedPage(list, o, walked);
        return {
          ctes: walkCtes(list, walked, false),
          body: sql`
    select ${columns}${window}
      from oneStep_walk w join scope_teams st on st.id = w.team_id join members m on m.team_id = st.id
      join member_standings ms on ms.member_id = m.id
     where ${ONE_STEP_WHERE}
     order by ${o} ${limit}`,
        };
      }
      const { o, window } = paged(order);
      return {
        ctes: [],
        body: sql`
    select ${columns}${window}
      from member_standings ms join members m on m.id = ms.member_id join scope_teams st on st.id = m.team_id
     where ${ONE_STEP_WHERE}
       ${field ? sql`and ms.field = ${field}` : sql``} ${level !== null ? sql`and ms.level = ${level}` : sql``}
     order by ${o} ${limitOf(q.page)}`,
      };
    }
    case "certifications": {
      const order = {
        expires: [sql`c.expires_on`, sql`m.name`, sql`c.id`],
        member: [sql`m.name`, sql`m.id`, sql`c.expires_on`, sql`c.id`],
        team: [...TEAM_ORDER, sql`m.name`, sql`m.id`, sql`c.expires_on`, sql`c.id`],
        certification: [sql`c.name`, sql`c.expires_on`, sql`m.name`, sql`c.id`],
      }[sort as "expires" | "member" | "team" | "certification"];
      const { o, window } = paged(order);
      return {
        ctes: [],
        body: sql`
    select m.id as "memberId", m.name, st.name as "teamName", c.name as certification, c.expires_on::text as "expiresOn",
           (c.expires_on - current_date)::int as days${window}
      from certifications c
      -- each expiring certification's member by key ("offset 0" keeps it a lookup, not a hash of every member)
      cross join lateral (select m.id, m.name, m.team_id from members m where m.id = c.member_id and m.archived_at is null offset 0) m
      join scope_teams st on st.id = m.team_id
     where c.review_state = 'approved' and c.superseded_at is null
       and c.expires_on >= current_date and c.expires_on <= current_date + ${q.days ?? 90}::int
     order by ${o} ${limitOf(q.page)}`,
      };
    }
    case "apart": {
      const member = [sql`m.name`, sql`m.id`];
      const slot = slotOrder(sql`ss.field`, sql`ss.item`);
      const order = {
        apart: [APART_OF, ...TEAM_ORDER, ...member, slot],
        member: [...member, slot],
        team: [...TEAM_ORDER, ...member, slot],
        item: [slot, ...TEAM_ORDER, ...member],
        self: [sql`ss.self_level`, ...TEAM_ORDER, ...member, slot],
        lead: [sql`ss.lead_level`, ...TEAM_ORDER, ...member, slot],
      }[sort as "apart" | "member" | "team" | "item" | "self" | "lead"];
      const columns = sql`m.id as "memberId", m.name, st.name as "teamName", ss.field, ss.item, ss.self_level as "selfLevel", ss.lead_level as "leadLevel"`;
      if (walked) {
        // widest first: the walk's buckets are (how far apart, team), so a page reads the ratings of a few teams
        const o = orderBy(order, dir);
        const { window, limit } = walkedPage(list, o, walked);
        return {
          ctes: walkCtes(list, walked, true),
          body: sql`
    select ${columns}${window}
      from apart_walk w join scope_teams st on st.id = w.team_id join members m on m.team_id = st.id
      join member_skill_standings ss on ss.member_id = m.id
     where ${APART_WHERE} and ${APART_OF} = w.key
     order by ${o} ${limit}`,
        };
      }
      const { o, window } = paged(order);
      return {
        ctes: [],
        body: sql`
    select ${columns}${window}
      from member_skill_standings ss join members m on m.id = ss.member_id join scope_teams st on st.id = m.team_id
     where ${APART_WHERE} ${field ? sql`and ss.field = ${field}` : sql``}
     order by ${o} ${limitOf(q.page)}`,
      };
    }
    case "stale": {
      const member = [sql`m.name`, sql`m.id`];
      const order = {
        oldest: [sql`min(r.rated_on)`, ...member],
        member,
        team: [...TEAM_ORDER, ...member],
        items: [sql`count(*)`, ...member],
      }[sort as "oldest" | "member" | "team" | "items"];
      const columns = sql`m.id as "memberId", m.name, st.name as "teamName", count(*)::int as items, min(r.rated_on)::text as oldest`;
      const groupBy = sql`group by m.id, m.name, st.name_sort_key, st.name`;
      // the rating that counts, stale by the member's team's assessment interval (lib/itss/currency.ts
      // ratingCurrency: the interval after it is today or earlier): the lead's where given, else the self-rating.
      if (walked) {
        // Oldest first: the stale ratings in date order (the partial indexes' order) until enough members are seen
        // — each has at most ITEMS_PER_MEMBER ratings, so the first (offset + limit) × that many hold at least as
        // many members, unless there are fewer. Every member whose oldest stale rating is before the last date read
        // is among them, and those at that date are all read again by it: the page lies among these candidates,
        // and only its members' ratings are then counted.
        const o = orderBy(order, dir);
        const reach = (walked.offset + walked.limit) * ITEMS_PER_MEMBER;
        return {
          ctes: [
            ...STALE_TODAY,
            [
              // the partial indexes in date order (a merge of the two), each rating's team looked up by key, so the
              // scan stops at `reach` rows ("is true" keeps the scope a hashed set instead of a join per rating)
              "stale_stream",
              sql`select r.member_id, r.rated_on from (
                    (select a.member_id, a.lead_assessed_on as rated_on from skill_assessments a
                      where a.lead_level is not null and a.lead_assessed_on <= (select bound from stale_bound) order by 2)
                    union all
                    (select a.member_id, a.self_assessed_on from skill_assessments a
                      where a.lead_level is null and a.self_level is not null and a.self_assessed_on <= (select bound from stale_bound) order by 2)
                  ) r
                  where (r.rated_on + make_interval(months => (
                          select t.assessment_interval_months from members m join teams t on t.id = m.team_id
                           where m.id = r.member_id and m.archived_at is null and (t.id in (select id from scope_teams)) is true)))::date
                        <= (select day from stale_day)
                  order by r.rated_on limit ${reach}`,
            ],
            // the last date read, and whether more ratings that count than STALE_EDGE_LISTED fall on it (any member:
            // the partial indexes, counted no further)
            [
              "stale_edge",
              sql`select e.day,
                   (select count(*) from (select 1 from skill_assessments a where a.lead_level is not null and a.lead_assessed_on = e.day
                                           limit ${STALE_EDGE_LISTED + 1}) x)
                   + (select count(*) from (select 1 from skill_assessments a where a.lead_level is null and a.self_level is not null and a.self_assessed_on = e.day
                                           limit ${STALE_EDGE_LISTED + 1}) x) as n
                  from (select max(rated_on) as day from stale_stream) e`,
            ],
            [
              // each member's oldest stale rating, of the members whose oldest is before the last date read (all of
              // them), and of those whose oldest is on it: every one where few ratings fall on that day, else the
              // first in name order (the index members_name; a busy day of a bulk import holds thousands)
              "stale_candidates",
              sql`select member_id, min(rated_on) as oldest from stale_stream where rated_on < (select day from stale_edge) group by 1
                  union all
                  select m.id, (select day from stale_edge) from ${staleRatings(sql`(select day from stale_edge)`)}
                    join members m on m.id = r.member_id join scope_teams st on st.id = m.team_id
                   where ${STALE_WHERE} and (select n from stale_edge) <= ${STALE_EDGE_LISTED}
                     and not exists (select 1 from stale_stream s where s.member_id = m.id and s.rated_on < (select day from stale_edge))
                  union all
                  (select m.id, (select day from stale_edge) from members m
                    where (select n from stale_edge) > ${STALE_EDGE_LISTED} and m.archived_at is null
                      and (m.team_id in (select id from scope_teams)) is true
                      and (m.id in (select member_id from stale_stream where rated_on < (select day from stale_edge))) is not true
                      and ((select day from stale_edge)
                           + make_interval(months => (select t.assessment_interval_months from teams t where t.id = m.team_id)))::date
                          <= (select day from stale_day)
                      and exists (select 1 from skill_assessments a where a.member_id = m.id
                                     and ((a.lead_level is not null and a.lead_assessed_on = (select day from stale_edge))
                                       or (a.lead_level is null and a.self_level is not null and a.self_assessed_on = (select day from stale_edge))))
                    order by m.name, m.id limit ${walked.offset + walked.limit})`,
            ],
            [
              "stale_page",
              sql`select c.member_id from stale_candidates c join members m on m.id = c.member_id
                   order by c.oldest, m.name, m.id limit ${walked.limit} offset ${walked.offset}`,
            ],
            SCOPE_GAP_COUNTS,
            ["stale_total", sql`select coalesce(sum(g.n), 0)::int as n from scope_gap_counts g where g.list = 'stale'`],
          ],
          body: sql`
    select ${columns}, (select n from stale_total) as total, row_number() over (order by ${o})::int as "sortId"
      from stale_page p join members m on m.id = p.member_id join scope_teams st on st.id = m.team_id
      join lateral (
        select a.lead_assessed_on as rated_on from skill_assessments a where a.member_id = m.id and a.lead_level is not null
        union all
        select a.self_assessed_on from skill_assessments a where a.member_id = m.id and a.lead_level is null and a.self_level is not null
      ) r on true
     where ${STALE_WHERE}
     ${groupBy}
     order by ${o}`,
        };
      }
      const { o, window } = paged(order);
      return {
        ctes: STALE_TODAY,
        body: sql`
    select ${columns}${window}
      from ${staleRatings()} join members m on m.id = r.member_id join scope_teams st on st.id = m.team_id
     where ${STALE_WHERE}
     ${groupBy}
     order by ${o} ${limitOf(q.page)}`,
      };
    }
  }
}

/** Drops the bookkeeping columns of a list row and gives the row its type. */
function listRow<K extends GapListKey>(list: K, r: Record<string, unknown>): GapListRows[K] {
  const { total: _t, sortId: _s, ...row } = r;
  void _t;
  void _s;
  return (list === "singles" || list === "nobody" ? asSinglePoint(row as never) : row) as GapListRows[K];
}

/**
 * One page of a list (or every row with `page: null`, for the CSV export and workbooks) with its full count, in one
 * statement (a page past the end counts again). The same SQL as the capped lists of gapLists.
 */
export async function gapListPage<K extends GapListKey>(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  list: K,
  q: GapListQuery,
): Promise<Capped<GapListRows[K]>> {
  const read = ({ ctes, body }: ListSql) =>
    rows<Record<string, unknown>>(
      db,
      sql`with scope_teams as (${scopeTeams(actor, scope)})${ctes.length ? sql`, ${withCtes(ctes)}` : sql``} ${body}`,
    );
  const result = await read(listSql(list, q));
  let total = Number(result[0]?.total ?? 0);
  if (!result.length && q.page && q.page.offset > 0) {
    const [first] = await read(listSql(list, { ...q, page: { limit: 1, offset: 0 } }));
    total = Number(first?.total ?? 0);
  }
  return { total, rows: result.map((r) => listRow(list, r)) };
}

/**
 * One capped list as a jsonb value {total, rows}: the list's first rows with the full count in `total`, put in the
 * list's order again inside jsonb_agg by their `sortId`.
 */
function cappedJson(body: SQL): SQL {
  return sql`(select jsonb_build_object('total', coalesce(max(x.total), 0),
                     'rows', coalesce(jsonb_agg(to_jsonb(x) - 'total' - 'sortId' order by x."sortId"), '[]'::jsonb))
                from (${body}) as x)`;
}

/**
 * The dashboard's six lists, each in its default order capped at `limit` rows with its full count, in one
 * statement: single points of failure, slots nobody holds, members one step from their next level, expiring
 * certifications, diverging ratings and stale ratings. Each is listSql's, as gapListPage reads it.
 */
export async function gapLists(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  limit: number,
  days = 90,
): Promise<GapLists> {
  const lists = GAP_LISTS.map((list) => [list, listSql(list, { page: { limit, offset: 0 }, days })] as const);
  const ctes = new Map<string, SQL>();
  for (const [, l] of lists) for (const [name, body] of l.ctes) ctes.set(name, body);
  const [result] = await rows<Record<GapListKey, { total: number; rows: Record<string, unknown>[] }>>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)}), ${withCtes([...ctes])}
    select ${sql.join(
      lists.map(([list, l]) => sql`${cappedJson(l.body)} as ${sql.raw(`"${list}"`)}`),
      sql`, `,
    )}`,
  );
  return Object.fromEntries(
    GAP_LISTS.map((list) => [
      list,
      { total: result[list].total, rows: result[list].rows.map((r) => listRow(list, r)) },
    ]),
  ) as unknown as GapLists;
}

/** Active members of the scope due and overdue for re-assessment (each once), from the per-team counts. */
export async function dueCounts(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
): Promise<{ due: number; overdue: number }> {
  const [r] = await rows<{ due: number; overdue: number }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)})
    select coalesce(sum(c.due), 0)::int as due, coalesce(sum(c.overdue), 0)::int as overdue
      from team_currency_counts c join scope_teams st on st.id = c.team_id`,
  );
  return r;
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
 * Membership is by the member's current team.
 *
 * Read from team_level_trend (lib/evaluation/trend.ts): per team, field and level the changes month by month, kept
 * in every write's transaction by the same rule; a month's count is the sum of the scope's teams' rows up to it (rows
 * older than the 12 months fold into the first, so a read before the daily job rolled the month is right). On a
 * database whose trend was never filled (an upgrade before the job ran) the same statement counts from the snapshots
 * instead: one pass over the scope's snapshots of the field, each in force from when it was taken until the
 * member's next one, counted at the end of a contiguous run of months found with width_bucket against the months'
 * ends: +1 at the run's first month and −1 after its last per level, and +1 at each member's first month.
 */
export async function levelTrend(db: Db | Tx, actor: Actor, scope: ViewScope, field: Field): Promise<MonthLevels[]> {
  const [result] = await rows<{
    labels: string[];
    filled: boolean;
    stored: [string, number, number][];
    starts: [number, number][];
    deltas: [number, number, number][];
  }>(
    db,
    sql`
    with scope_teams as (${scopeTeams(actor, scope)}),
    filled as (select exists (select 1 from team_level_trend) as yes),
    scope_members as (${SCOPE_MEMBERS} and not (select yes from filled)),
    -- the ends of the 12 months, oldest first: the start of each following month, and now for the current one
    bounds as (
      select array(select date_trunc('month', now()) - make_interval(months => k) from generate_series(${TREND_MONTHS - 2}, 0, -1) as k order by k desc) || now() as ends,
             array(select to_char(date_trunc('month', now()) - make_interval(months => k), 'YYYY-MM') from generate_series(${TREND_MONTHS - 1}, 0, -1) as k order by k desc) as labels,
             (date_trunc('month', now()) - make_interval(months => ${TREND_MONTHS - 1}))::date as first,
             date_trunc('month', now())::date as last
    ),
    -- the kept counts: each row from its month on (older rows from the first month), summed before anything else
    stored as (
      select to_char(greatest(k.month, b.first), 'YYYY-MM') as month, k.level, sum(k.n)::int as n
        from (select c.month, c.level, sum(c.n) as n
                from team_level_trend c join scope_teams st on st.id = c.team_id
               where c.field = ${field} and (select yes from filled)
               group by 1, 2) k cross join bounds b
       where k.month <= b.last
       group by 1, 2
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
    select b.labels, (select yes from filled) as filled,
           (select coalesce(jsonb_agg(jsonb_build_array(month, level, n)), '[]'::jsonb) from stored) as stored,
           (select coalesce(jsonb_agg(jsonb_build_array(month, n)), '[]'::jsonb) from starts) as starts,
           (select coalesce(jsonb_agg(jsonb_build_array(month, level, d)), '[]'::jsonb) from deltas) as deltas
      from bounds b`,
  );
  const top = MAX_LEVEL[field];
  const change = Array.from({ length: TREND_MONTHS }, () => new Array<number>(top + 1).fill(0));
  if (result.filled) {
    for (const [month, level, n] of result.stored) change[result.labels.indexOf(month)][Math.min(level, top)] += n;
    const running = new Array<number>(top + 1).fill(0);
    return result.labels.map((month, i) => {
      change[i].forEach((d, level) => (running[level] += d));
      return { month, counts: [...running] };
    });
  }
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
