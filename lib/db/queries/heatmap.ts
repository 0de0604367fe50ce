// Reads of the skill heatmap, all from the read model (member_standings, member_skill_standings) in a constant
// number of queries: one page of members with their field level and the 7 item proficiencies (filtered and
// sorted in SQL), the total, the levels of that page in every field, and the team × item summary for one page
// of teams. Joins are one-to-one on primary keys, so no query groups more rows than members in scope, except the
// summary, which aggregates only the members of its page of teams.
import { aliasedTable, and, asc, count, eq, gte, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { likePattern } from "../like";
import { qualified } from "../qualified";
import { departmentNameOrder, teamNameOrder } from "../natural";
import {
  departments,
  members,
  memberSkillStandings,
  memberStandings,
  skillAssessments,
  teamLevelCounts,
  teams,
} from "../schema";
import { ratingCurrency } from "../../itss/currency";
import type { Actor } from "../actor";
import { scopeTeamsWhere, type ViewScope } from "./scope";
import { FIELDS, skillItemsOf, type Field, type SkillItem } from "../../itss/fields";
import type { HeatmapSort, SummarySort } from "../../search-params/heatmap";
import { gapItems } from "./gaps";
import { servesSql } from "../serves";

export type SkillCell = {
  level: number;
  source: "lead" | "self";
  selfLevel: number | null;
  leadLevel: number | null;
  /** The date of the rating that counts (the lead's where given, else the self-rating); null when undated. */
  ratedOn: string | null;
  /** Older than the member's team's assessment interval on the day of the read (lib/itss/currency.ts). */
  stale: boolean;
};
export type HeatmapRow = {
  memberId: number;
  name: string;
  teamId: number;
  teamName: string;
  /** Official level in the field (0 = none yet). */
  level: number;
  /** The field's 7 items in the standard's order; null = unassessed. */
  cells: (SkillCell | null)[];
};

export type HeatmapFilters = {
  /** One team of the scope. */
  team?: number | null;
  /** Teams whose name contains this text (case-insensitive). */
  teamName?: string;
  /** Official level in the field ≥ minLevel (0 = no filter). */
  minLevel?: number;
  /** Members whose proficiency in `item` is ≥ `min`. */
  item?: { item: SkillItem; min: number } | null;
  /** Only the teams that serve the field (lib/heatmap/gap.ts `servesField`). */
  servingOnly?: boolean;
};
export type HeatmapOrder = { sort: HeatmapSort; dir: "asc" | "desc"; group: boolean };
/** The API's and CSV's default: grouped by team (by name), then by member name. */
export const DEFAULT_ORDER: HeatmapOrder = { sort: "team", dir: "asc", group: true };

type Query = { actor: Actor; scope: ViewScope; field: Field; filters?: HeatmapFilters; order?: HeatmapOrder };

/** Members in scope (active members of active teams the actor may read) matching the filters. */
function memberWhere(q: Query): SQL | undefined {
  const f = q.filters ?? {};
  return and(
    scopeTeamsWhere(q.actor, q.scope),
    isNull(members.archivedAt),
    f.team ? eq(teams.id, f.team) : undefined,
    f.teamName ? ilike(teams.name, likePattern(f.teamName)) : undefined,
    f.servingOnly ? servesSql(teams.field, q.field) : undefined,
    f.minLevel ? gte(sql`coalesce(${memberStandings.level}, 0)`, f.minLevel) : undefined,
    // An index lookup per member on the skill standings' primary key.
    f.item
      ? sql`exists (select 1 from ${memberSkillStandings} where ${qualified(memberSkillStandings.memberId)} = ${qualified(members.id)}
      and ${qualified(memberSkillStandings.field)} = ${q.field} and ${qualified(memberSkillStandings.item)} = ${f.item.item} and ${qualified(memberSkillStandings.level)} >= ${f.item.min})`
      : undefined,
  );
}
/** The skill standing a sort by item reads, joined one-to-one on its primary key (a correlated subquery in ORDER BY was not planned as a lookup). */
const sortSkill = aliasedTable(memberSkillStandings, "sort_skill");
const standingJoin = (field: Field) => and(eq(memberStandings.memberId, members.id), eq(memberStandings.field, field));

const dirSql = (dir: "asc" | "desc") => (dir === "asc" ? sql`asc` : sql`desc`);
/** Unassessed / no level sorts below every level: first ascending, last descending. */
const nullsSql = (dir: "asc" | "desc") => (dir === "asc" ? sql`nulls first` : sql`nulls last`);

function orderBy(order: HeatmapOrder): SQL[] {
  const byTeam = (dir: "asc" | "desc") => [...teamNameOrder(dir), sql`${teams.id} ${dirSql(dir)}`];
  const tail = [asc(members.name), asc(members.id)];
  if (order.sort === "team") return [...byTeam(order.dir), ...tail];
  const head = order.group ? byTeam("asc") : [];
  if (order.sort === "name")
    return [...head, sql`${members.name} ${dirSql(order.dir)}`, sql`${members.id} ${dirSql(order.dir)}`];
  const col = order.sort === "level" ? sql`coalesce(${memberStandings.level}, 0)` : sql`${sortSkill.level}`;
  return [...head, sql`${col} ${dirSql(order.dir)} ${nullsSql(order.dir)}`, ...tail];
}

/**
 * One page of the heatmap (or every row with `page: null`, for the CSV export) and the total. Two queries: the
 * page of members with the total, and the page's skill standings in the field.
 */
export async function heatmapPage(
  db: Db | Tx,
  q: Query & { page: { limit: number; offset: number } | null },
): Promise<{ rows: HeatmapRow[]; total: number }> {
  const order = q.order ?? DEFAULT_ORDER;
  const where = memberWhere(q);
  const sortItem = order.sort === "name" || order.sort === "team" || order.sort === "level" ? null : order.sort;
  const pageQuery = db
    .select({
      memberId: members.id,
      name: members.name,
      teamId: teams.id,
      teamName: teams.name,
      level: sql<number>`coalesce(${memberStandings.level}, 0)`.mapWith(Number),
      // The total in the same statement, counted apart (an uncorrelated sub-select, run once): a window count over
      // the rows would make the database sort every member of the scope before the LIMIT; without it the first page
      // walks teams and members in order and stops (at 100,000 members, 115 → 10 ms for the 50,000 of a department).
      total:
        sql<number>`(select cast(count(*) as int) from ${members} inner join ${teams} on ${qualified(teams.id)} = ${qualified(members.teamId)}
        left join ${memberStandings} on ${standingJoin(q.field)} where ${where})`.mapWith(Number),
    })
    .from(members)
    .innerJoin(teams, eq(teams.id, members.teamId))
    .leftJoin(memberStandings, standingJoin(q.field))
    .$dynamic();
  if (sortItem) {
    pageQuery.leftJoin(
      sortSkill,
      and(eq(sortSkill.memberId, members.id), eq(sortSkill.field, q.field), eq(sortSkill.item, sortItem)),
    );
  }
  pageQuery.where(where).orderBy(...orderBy(order));
  const page = await (q.page ? pageQuery.limit(q.page.limit).offset(q.page.offset) : pageQuery);
  // A page past the end has no row to carry the total: count then (rare: a stale link).
  const n =
    page[0]?.total ??
    (q.page && q.page.offset > 0
      ? (
          await db
            .select({ n: count() })
            .from(members)
            .innerJoin(teams, eq(teams.id, members.teamId))
            .leftJoin(memberStandings, standingJoin(q.field))
            .where(where)
        )[0].n
      : 0);
  const ids = page.map((r) => r.memberId);
  // The rating's date from its row (one-to-one on the unique key) and the team's interval: the same query.
  const skills = ids.length
    ? await db
        .select({
          memberId: memberSkillStandings.memberId,
          item: memberSkillStandings.item,
          level: memberSkillStandings.level,
          source: memberSkillStandings.source,
          selfLevel: memberSkillStandings.selfLevel,
          leadLevel: memberSkillStandings.leadLevel,
          ratedOn: sql<string | null>`case when ${memberSkillStandings.source} = 'lead'
            then ${skillAssessments.leadAssessedOn} else ${skillAssessments.selfAssessedOn} end`,
          months: teams.assessmentIntervalMonths,
        })
        .from(memberSkillStandings)
        .innerJoin(members, eq(members.id, memberSkillStandings.memberId))
        .innerJoin(teams, eq(teams.id, members.teamId))
        .leftJoin(
          skillAssessments,
          and(
            eq(skillAssessments.memberId, memberSkillStandings.memberId),
            eq(skillAssessments.field, memberSkillStandings.field),
            eq(skillAssessments.item, memberSkillStandings.item),
          ),
        )
        .where(and(inArray(memberSkillStandings.memberId, ids), eq(memberSkillStandings.field, q.field)))
    : [];
  const today = new Date().toISOString().slice(0, 10);
  const items = skillItemsOf(q.field);
  const byMember = new Map<number, (SkillCell | null)[]>(ids.map((id) => [id, items.map(() => null)]));
  for (const s of skills) {
    const i = items.indexOf(s.item as SkillItem);
    if (i >= 0)
      byMember.get(s.memberId)![i] = {
        level: s.level,
        source: s.source,
        selfLevel: s.selfLevel,
        leadLevel: s.leadLevel,
        ratedOn: s.ratedOn,
        stale: ratingCurrency(s.ratedOn, s.months, today) === "stale",
      };
  }
  return {
    total: Number(n),
    rows: page.map(({ total: _t, ...r }) => (void _t, { ...r, cells: byMember.get(r.memberId)! })),
  };
}

/** Official level per field of the given members (the members × fields summary). One query. */
export async function fieldLevels(
  db: Db | Tx,
  memberIds: readonly number[],
): Promise<Map<number, Record<Field, number>>> {
  const out = new Map<number, Record<Field, number>>(
    memberIds.map((id) => [id, Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>]),
  );
  if (!memberIds.length) return out;
  const rows = await db
    .select({ memberId: memberStandings.memberId, field: memberStandings.field, level: memberStandings.level })
    .from(memberStandings)
    .where(inArray(memberStandings.memberId, [...memberIds]));
  for (const r of rows) out.get(r.memberId)![r.field] = r.level;
  return out;
}

export type TeamSummaryRow = {
  teamId: number;
  teamName: string;
  members: number;
  counts: number[];
  /** Per item, whether it is a gap of the team (lib/heatmap/gap.ts: the same as /gaps's single points and nobody). */
  gaps: boolean[];
};
export type TeamSummaryOrder = { sort: SummarySort; dir: "asc" | "desc" };
/** The whole (filtered) scope, every page of teams together. */
export type ScopeSummary = {
  /** Active members of the scope's teams. */
  members: number;
  /** Per field, how many of them hold each of its 7 items (skillItemsOf order) at proficiency ≥ `min`. */
  counts: Record<Field, number[]>;
};

/**
 * Team × skill item: per team of the scope (one page, in `order`; by name by default), its active members and how
 * many of them hold each of the field's 7 items at proficiency ≥ `min`; the number of teams; the whole scope's
 * counts in every field (the summary's total row and the field comparison); and which items of the page's teams are
 * their gaps (gapItems). Read from the per-team counts (team_level_counts: O(teams) rows, whatever the number of
 * members) in three queries: the teams aggregated, sorted and paged with their count, the scope's sums per field and
 * item, then the page's gaps. A page past the end counts its teams once more.
 */
export async function teamItemSummary(
  db: Db | Tx,
  q: {
    actor: Actor;
    scope: ViewScope;
    field: Field;
    min: number;
    team?: number | null;
    teamName?: string;
    /** Only the teams that serve the field. */
    servingOnly?: boolean;
    order?: TeamSummaryOrder;
    page: { limit: number; offset: number };
  },
): Promise<{ rows: TeamSummaryRow[]; totalTeams: number; scope: ScopeSummary }> {
  const items = skillItemsOf(q.field);
  const order = q.order ?? { sort: "team", dir: "asc" };
  const where = and(
    scopeTeamsWhere(q.actor, q.scope),
    q.team ? eq(teams.id, q.team) : undefined,
    q.teamName ? ilike(teams.name, likePattern(q.teamName)) : undefined,
    q.servingOnly ? servesSql(teams.field, q.field) : undefined,
  );
  // The count rows either query needs: the field level's (every level: the members) and the items' at ≥ min.
  const wanted = or(eq(teamLevelCounts.item, ""), gte(teamLevelCounts.level, q.min));
  // Of a count row: at or above the threshold in the item (a field level row has item '').
  const held = (item: string) => sql`${teamLevelCounts.item} = ${item} and ${teamLevelCounts.level} >= ${q.min}`;
  const perTeam = db
    .select({
      id: teams.id,
      name: teams.name,
      nameSortKey: teams.nameSortKey,
      // every active member has a standing in each field: the field level's counts add up to the team
      members:
        sql<number>`cast(coalesce(sum(${teamLevelCounts.n}) filter (where ${teamLevelCounts.item} = ''), 0) as int)`.as(
          "members",
        ),
      ...Object.fromEntries(
        items.map((item, i) => [
          `c${i}`,
          sql<number>`cast(coalesce(sum(${teamLevelCounts.n}) filter (where ${held(item)}), 0) as int)`.as(`c${i}`),
        ]),
      ),
    })
    .from(teams)
    .leftJoin(teamLevelCounts, and(eq(teamLevelCounts.teamId, teams.id), eq(teamLevelCounts.field, q.field), wanted))
    .where(where)
    .groupBy(teams.id)
    .as("per_team");
  const cols = perTeam as unknown as Record<string, SQL.Aliased<number>>;
  const sortCol =
    order.sort === "team" ? null : order.sort === "members" ? cols.members : cols[`c${items.indexOf(order.sort)}`];
  const byName = (dir: "asc" | "desc") => [
    sql`${perTeam.nameSortKey} ${dirSql(dir)}`,
    sql`${perTeam.name} ${dirSql(dir)}`,
    sql`${perTeam.id} ${dirSql(dir)}`,
  ];
  const teamsCount = () => db.select({ n: count() }).from(teams).where(where);
  const [page, sums] = await Promise.all([
    db
      .select({
        teamId: perTeam.id,
        teamName: perTeam.name,
        members: cols.members,
        ...Object.fromEntries(items.map((_, i) => [`c${i}`, cols[`c${i}`]])),
        totalTeams: sql<number>`cast(count(*) over () as int)`.mapWith(Number),
      })
      .from(perTeam)
      .orderBy(...(sortCol ? [sql`${sortCol} ${dirSql(order.dir)}`, ...byName("asc")] : byName(order.dir)))
      .limit(q.page.limit)
      .offset(q.page.offset),
    db
      .select({
        field: teamLevelCounts.field,
        item: teamLevelCounts.item,
        members:
          sql<number>`cast(coalesce(sum(${teamLevelCounts.n}) filter (where ${teamLevelCounts.item} = ''), 0) as int)`.mapWith(
            Number,
          ),
        holders:
          sql<number>`cast(coalesce(sum(${teamLevelCounts.n}) filter (where ${teamLevelCounts.level} >= ${q.min}), 0) as int)`.mapWith(
            Number,
          ),
      })
      .from(teamLevelCounts)
      .innerJoin(teams, eq(teams.id, teamLevelCounts.teamId))
      .where(and(where, wanted))
      .groupBy(teamLevelCounts.field, teamLevelCounts.item),
  ]);
  const totalTeams = page[0]?.totalTeams ?? (q.page.offset > 0 ? (await teamsCount())[0].n : 0);
  const scope: ScopeSummary = {
    members: 0,
    counts: Object.fromEntries(FIELDS.map((f) => [f, skillItemsOf(f).map(() => 0)])) as Record<Field, number[]>,
  };
  for (const r of sums) {
    if (r.item === "") {
      if (r.field === q.field) scope.members = r.members;
      continue;
    }
    const i = skillItemsOf(r.field).indexOf(r.item as SkillItem);
    if (i >= 0) scope.counts[r.field][i] = r.holders;
  }
  const gaps = new Set(
    (
      await gapItems(
        db,
        q.actor,
        q.scope,
        q.field,
        page.map((r) => r.teamId),
      )
    ).map((g) => `${g.teamId}:${g.item}`),
  );
  return {
    totalTeams: Number(totalTeams),
    scope,
    rows: page.map((r) => ({
      teamId: r.teamId,
      teamName: r.teamName,
      members: Number(r.members),
      counts: items.map((_, i) => Number((r as unknown as Record<string, number>)[`c${i}`])),
      gaps: items.map((item) => gaps.has(`${r.teamId}:${item}`)),
    })),
  };
}

export type ScopeTeam = { id: number; name: string; field: Field | null; departmentId: number; departmentName: string };
/** Every active team the actor may read (the scope and team pickers), by department and name. One query, no member counts. */
export async function pickerTeams(db: Db | Tx, actor: Actor): Promise<ScopeTeam[]> {
  return db
    .select({
      id: teams.id,
      name: teams.name,
      field: teams.field,
      departmentId: teams.departmentId,
      departmentName: departments.name,
    })
    .from(teams)
    .innerJoin(departments, eq(departments.id, teams.departmentId))
    .where(scopeTeamsWhere(actor, { kind: "org" }))
    .orderBy(...departmentNameOrder(), ...teamNameOrder(), asc(teams.id));
}
