// Keeps the currency read model (docs/currency.md): member_currency (per member and assessed field: the last
// assessed date, the day the field becomes due, the status as of the refresh) and team_currency_counts (per team, the
// active members due and overdue). Set-based SQL that mirrors lib/itss/currency.ts dueStatus; callers run it inside
// the change's transaction, after the team rows are locked (members first, then teams, as everywhere).
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "../db/client";
import { memberCurrency, members, teamCurrencyCounts, teams } from "../db/schema";
import { FIELDS, skillItemsOf } from "../itss/fields";
import { OVERDUE_AFTER_DAYS } from "../itss/currency";

/** An ISO calendar date (UTC) of `now`: the day the statuses are taken on. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const intList = (ids: readonly number[]) => `{${[...new Set(ids)].join(",")}}`;

/** The skill items of each field, as a VALUES list (the catalog is code, not a table). */
const ITEMS = sql.raw(
  `(values ${FIELDS.flatMap((f) => skillItemsOf(f).map((i) => `('${f}'::field, '${i}')`)).join(", ")}) as i(field, item)`,
);

/** The status on `today` of a field that becomes due on `dueFrom` (dueStatus's rule, in SQL). */
export function statusSql(dueFrom: SQL, today: string): SQL {
  return sql`case when ${dueFrom} > ${today}::date then 'current'
    when ${dueFrom} + ${sql.raw(String(OVERDUE_AFTER_DAYS))} <= ${today}::date then 'overdue' else 'due' end`;
}

/**
 * The currency rows of the members chosen by `where` (a condition on `m`, the members table): member_id, field,
 * last_assessed_on, due_from. Fields assessed: the team's field; in a mixed team, each field with a rating (self or
 * lead) or a record that shows in the standing (a KPI, exam or provisional level above 0).
 */
export function currencyQuery(where: SQL): SQL {
  return sql`
    with m as (
      select m.id, (m.created_at at time zone 'UTC')::date as since, t.field as team_field,
             t.assessment_interval_months as months
        from ${members} m join ${teams} t on t.id = m.team_id
       where ${where}
    ),
    assessed as (
      select m.id as member_id, m.team_field as field from m where m.team_field is not null
      union
      select a.member_id, a.field from skill_assessments a join m on m.id = a.member_id
       where m.team_field is null and (a.self_level is not null or a.lead_level is not null)
      union
      select s.member_id, s.field from member_standings s join m on m.id = s.member_id
       where m.team_field is null and (s.kpi_level > 0 or s.exam_level > 0 or s.provisional_level > 0)
    ),
    rated as (
      select f.member_id, f.field,
             case when a.lead_level is not null then a.lead_assessed_on
                  when a.self_level is not null then a.self_assessed_on end as rated_on
        from assessed f
        join ${ITEMS} on i.field = f.field
        left join skill_assessments a on a.member_id = f.member_id and a.field = f.field and a.item = i.item
    )
    select r.member_id, r.field, max(r.rated_on) as last_assessed_on,
           min(coalesce((r.rated_on + make_interval(months => m.months))::date, m.since)) as due_from
      from rated r join m on m.id = r.member_id
     group by r.member_id, r.field`;
}

/**
 * Rewrites the currency rows of `memberIds` (one statement: upsert, and delete the fields they are no longer
 * assessed in), then the counts of their teams and of `alsoTeams` (a member's former team). Two statements.
 */
export async function refreshCurrency(
  tx: Db | Tx,
  memberIds: readonly number[],
  opts: { today?: string; alsoTeams?: readonly number[] } = {},
): Promise<void> {
  if (memberIds.length === 0 && !opts.alsoTeams?.length) return;
  const today = opts.today ?? isoDay(new Date());
  const ids = intList(memberIds);
  await tx.execute(sql`
    with fresh as (${currencyQuery(sql`m.id = any(${ids}::int[])`)}),
    gone as (
      delete from ${memberCurrency} o
       where o.member_id = any(${ids}::int[])
         and not exists (select 1 from fresh n where n.member_id = o.member_id and n.field = o.field)
    )
    insert into ${memberCurrency} as c (member_id, field, last_assessed_on, due_from, status)
    select member_id, field, last_assessed_on, due_from, ${statusSql(sql`due_from`, today)} from fresh
    on conflict (member_id, field) do update set last_assessed_on = excluded.last_assessed_on,
      due_from = excluded.due_from, status = excluded.status
     where (c.last_assessed_on, c.due_from, c.status)
           is distinct from (excluded.last_assessed_on, excluded.due_from, excluded.status)`);
  await rewriteCurrencyCounts(
    tx,
    sql`t.id in (select team_id from ${members} where id = any(${ids}::int[]))
        or t.id = any(${intList(opts.alsoTeams ?? [])}::int[])`,
  );
}

/** Every team's currency rows and counts at once (a restore, the backfill of an existing database). */
export async function refreshAllCurrency(tx: Db | Tx, today = isoDay(new Date())): Promise<void> {
  await tx.execute(sql`
    with fresh as (${currencyQuery(sql`true`)}),
    gone as (
      delete from ${memberCurrency} o
       where not exists (select 1 from fresh n where n.member_id = o.member_id and n.field = o.field)
    )
    insert into ${memberCurrency} as c (member_id, field, last_assessed_on, due_from, status)
    select member_id, field, last_assessed_on, due_from, ${statusSql(sql`due_from`, today)} from fresh
    on conflict (member_id, field) do update set last_assessed_on = excluded.last_assessed_on,
      due_from = excluded.due_from, status = excluded.status`);
  await rewriteCurrencyCounts(tx, sql`true`);
}

/** Per team (chosen by a condition on `t`), the active members due and overdue, each at their worst field. */
export function currencyCountsQuery(teamWhere: SQL): SQL {
  // The chosen teams first, so only their members are grouped (a join condition is not pushed into a GROUP BY).
  return sql`
    select t.id as team_id,
           count(w.worst) filter (where w.worst = 1)::int as due,
           count(w.worst) filter (where w.worst = 2)::int as overdue
      from ${teams} t
      left join (
        select m.team_id, max(case c.status when 'overdue' then 2 when 'due' then 1 else 0 end) as worst
          from ${members} m join ${memberCurrency} c on c.member_id = m.id
         where m.archived_at is null and m.team_id in (select t.id from ${teams} t where ${teamWhere})
         group by m.id, m.team_id
      ) w on w.team_id = t.id
     where ${teamWhere}
     group by t.id`;
}

/** Rewrites the counts of the teams chosen by `teamWhere` (a condition on `t`) in one statement. */
export async function rewriteCurrencyCounts(tx: Db | Tx, teamWhere: SQL): Promise<void> {
  await tx.execute(sql`
    insert into ${teamCurrencyCounts} as c (team_id, due, overdue)
    select team_id, due, overdue from (${currencyCountsQuery(teamWhere)}) n
    on conflict (team_id) do update set due = excluded.due, overdue = excluded.overdue
     where c.due <> excluded.due or c.overdue <> excluded.overdue`);
}

/**
 * The daily move: the rows whose status the date changes (due_from passed, or 30 days after it) take their status on
 * `today`, and the teams of the members that changed are recounted. The teams are locked first, in id order, so a
 * write recounting the same team waits or is waited for. Returns the number of rows whose status changed.
 */
export async function advanceCurrency(tx: Db | Tx, today: string): Promise<number> {
  const status = statusSql(sql`c.due_from`, today);
  // Only a row already due, or one whose day has come, can change with the date (the index on due_from finds them).
  const candidates = sql`(c.status <> 'current' or c.due_from <= ${today}::date)`;
  const result = (await tx.execute(sql`
    with locked as (
      select t.id from ${teams} t
       where t.id in (select m.team_id from ${memberCurrency} c join ${members} m on m.id = c.member_id
                       where ${candidates} and c.status is distinct from ${status})
       order by t.id for no key update of t
    )
    select coalesce(json_agg(id), '[]')::text as ids from locked`)) as unknown as
    { ids: string }[] | { rows: { ids: string }[] };
  const teamIds = JSON.parse((Array.isArray(result) ? result : result.rows)[0].ids) as number[];
  if (teamIds.length === 0) return 0;
  const updated = (await tx.execute(sql`
    with moved as (
      update ${memberCurrency} c set status = ${status}
       where ${candidates} and c.status is distinct from ${status}
      returning 1
    )
    select count(*)::int as n from moved`)) as unknown as { n: number }[] | { rows: { n: number }[] };
  await rewriteCurrencyCounts(tx, sql`t.id = any(${intList(teamIds)}::int[])`);
  return (Array.isArray(updated) ? updated : updated.rows)[0].n;
}
