// The reads behind "what approving would change" (lib/evaluation/impact.ts): the level targets of members' teams and
// departments with their counts now, and the read API's page of records the actor may review. Each is one statement
// whatever the number of members or records.
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../client";
import type { Actor } from "../actor";
import type { Field } from "../../itss/fields";
import { countedOf } from "../counting";
import { qualified } from "../qualified";
import { members, teams } from "../schema";
import { visibleTeamsWhere } from "./org";
import { reviewableWhere } from "./review";
import { scopeTeamsWhere, type ViewScope } from "./scope";

/** Rows of a raw query on either engine (postgres.js answers an array, PGlite an object with rows). */
async function rows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}

/** A level target with its count now (what counts: lib/db/counting.ts, as targetStandings reads it). */
export type LevelTargetCount = {
  id: number;
  teamId: number | null;
  departmentId: number | null;
  field: Field;
  minLevel: number;
  minCount: number;
  actual: number;
  /** The team's or the department's name. */
  ownerName: string;
};

/**
 * Per member (active, in an active team the actor may read), the level targets of their team and of their department,
 * each with `actual` counted as targetStandings counts it: the team_level_counts rows (item '') of the counted teams
 * at level ≥ minLevel, through countedOf; a team target counts its own team, a department target every active team of
 * the department (as the department's gap view shows it). Members out of the actor's reach get no entry.
 */
export async function levelTargetsOfMembers(
  db: Db | Tx,
  actor: Actor,
  memberIds: readonly number[],
): Promise<Map<number, LevelTargetCount[]>> {
  const out = new Map<number, LevelTargetCount[]>();
  const ids = [...new Set(memberIds)].filter((id) => Number.isSafeInteger(id));
  if (ids.length === 0) return out;
  const result = await rows<LevelTargetCount & { memberId: number }>(
    db,
    sql`
    with mem as (
      select ${qualified(members.id)} as member_id, ${qualified(members.teamId)} as team_id, ${qualified(teams.departmentId)} as department_id
        from ${members} join ${teams} on ${qualified(teams.id)} = ${qualified(members.teamId)}
       where ${qualified(members.id)} = any(${`{${ids.join(",")}}`}::int[]) and ${qualified(members.archivedAt)} is null
         and ${qualified(teams.archivedAt)} is null and ${visibleTeamsWhere(actor) ?? sql`true`}
    ),
    sel as (
      select distinct t.id, t.team_id, t.department_id, t.field, t.min_level, t.min_count,
             coalesce(ot.name, od.name) as owner_name
        from targets t join mem on t.team_id = mem.team_id or (t.team_id is null and t.department_id = mem.department_id)
        left join teams ot on ot.id = t.team_id
        left join departments od on od.id = t.department_id
       where t.kind = 'level'
    ),
    counted as (
      select sel.id, sel.team_id from sel where sel.team_id is not null
      union all
      select sel.id, ct.id from sel join teams ct on ct.department_id = sel.department_id and ct.archived_at is null
       where sel.team_id is null
    ),
    agg as (
      select sel.id, coalesce(sum(${countedOf(sql`c`)}) filter (where c.level >= sel.min_level), 0)::int as actual
        from sel left join counted k on k.id = sel.id
        left join team_level_counts c on c.team_id = k.team_id and c.field = sel.field and c.item = ''
       group by sel.id
    )
    select mem.member_id as "memberId", sel.id, sel.team_id as "teamId", sel.department_id as "departmentId",
           sel.field, sel.min_level as "minLevel", sel.min_count as "minCount", agg.actual,
           sel.owner_name as "ownerName"
      from mem join sel on sel.team_id = mem.team_id or (sel.team_id is null and sel.department_id = mem.department_id)
      join agg on agg.id = sel.id
     order by mem.member_id, sel.team_id nulls last, sel.field, sel.min_level, sel.id`,
  );
  for (const { memberId, ...t } of result) {
    const list = out.get(memberId) ?? [];
    list.push(t);
    out.set(memberId, list);
  }
  return out;
}

/** The record kinds the read API lists (a certification changes no level, and the API's kinds leave it out). */
const API_KINDS = ["project", "specialty", "succession", "mentoring", "exam"] as const;
export type ReviewableKind = (typeof API_KINDS)[number];
const KIND_TABLE: Record<ReviewableKind, string> = {
  project: "projects",
  specialty: "specialties",
  succession: "successions",
  mentoring: "mentorings",
  exam: "exams",
};

export type ReviewableRecord = {
  kind: ReviewableKind;
  id: number;
  memberId: number;
  /** null for an exam, which counts in every field */
  field: Field | null;
  submittedAt: Date;
  revisionOf: number | null;
};

/**
 * A page of the submitted records the actor may review in the scope: members the actor reviews (reviewableWhere: the
 * policy's review right in SQL), not the actor's own records (four eyes), in the scope's teams; oldest first (as the
 * queue), then by kind and id. One statement with the total.
 */
export async function reviewableRecordsPage(
  db: Db | Tx,
  actor: Actor,
  scope: ViewScope,
  page: { limit: number; offset: number },
): Promise<{ total: number; items: ReviewableRecord[] }> {
  const where = reviewableWhere(actor);
  if (where === null) return { total: 0, items: [] };
  const union = sql.join(
    API_KINDS.map(
      (k) =>
        sql`select ${k}::text as kind, r.id, r.member_id, ${k === "exam" ? sql`null::text` : sql`r.field::text`} as field, r.updated_at, r.revision_of
              from ${sql.identifier(KIND_TABLE[k])} r
             where r.review_state = 'submitted' and r.created_by is distinct from ${actor.userId}`,
    ),
    sql` union all `,
  );
  const result = await rows<{
    kind: ReviewableKind;
    id: number;
    memberId: number;
    field: Field | null;
    submittedAt: string | Date;
    revisionOf: number | null;
    total: number;
  }>(
    db,
    sql`
    with recs as (
      select r.* from (${union}) r
        join ${members} on ${qualified(members.id)} = r.member_id
        join ${teams} on ${qualified(teams.id)} = ${qualified(members.teamId)}
       where ${where ?? sql`true`} and ${scopeTeamsWhere(actor, scope) ?? sql`true`}
    )
    select kind, id, member_id as "memberId", field, updated_at as "submittedAt", revision_of as "revisionOf",
           (count(*) over ())::int as total
      from recs
     order by updated_at, kind, id
     limit ${page.limit} offset ${page.offset}`,
  );
  // An offset past the end returns no row, hence no total: count again only then.
  let total = result[0]?.total ?? 0;
  if (result.length === 0 && page.offset > 0) {
    const [c] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (${union}) r join ${members} on ${qualified(members.id)} = r.member_id
          join ${teams} on ${qualified(teams.id)} = ${qualified(members.teamId)}
          where ${where ?? sql`true`} and ${scopeTeamsWhere(actor, scope) ?? sql`true`}`,
    );
    total = c?.n ?? 0;
  }
  return {
    total,
    items: result.map((r) => ({
      kind: r.kind,
      id: r.id,
      memberId: r.memberId,
      field: r.field,
      submittedAt: new Date(r.submittedAt),
      revisionOf: r.revisionOf,
    })),
  };
}
