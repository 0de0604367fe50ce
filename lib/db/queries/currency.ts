// A member's own due fields (docs/currency.md), for their dashboard: one query over the read model (member_currency)
// with the ratings of those fields; which items need a rating is worked out by lib/itss/currency.ts on today's date.
import { sql } from "drizzle-orm";
import type { Db, Tx } from "../client";
import { skillItemsOf, type Field } from "../../itss/fields";
import { countingRatingDate, ratingCurrency, type DueStatus } from "../../itss/currency";

export type OwnDueField = {
  field: Field;
  status: Exclude<DueStatus, "current">;
  /** The day the field became due, and the day it is (or will be) overdue. */
  dueSince: string;
  overdueFrom: string;
  /** Items of the field that are unrated or stale today. */
  items: number;
};

type Row = {
  field: Field;
  status: DueStatus;
  due_from: string;
  overdue_from: string;
  months: number;
  ratings: {
    item: string;
    self_level: number | null;
    self_on: string | null;
    lead_level: number | null;
    lead_on: string | null;
  }[];
};

/** The fields in which the member is due or overdue, as the read model last stored them (field order). */
export async function ownDueFields(db: Db | Tx, memberId: number, today = new Date()): Promise<OwnDueField[]> {
  const result = (await db.execute(sql`
    select c.field, c.status, c.due_from::text as due_from, (c.due_from + 30)::text as overdue_from,
           t.assessment_interval_months as months,
           coalesce(json_agg(json_build_object('item', a.item, 'self_level', a.self_level,
             'self_on', a.self_assessed_on, 'lead_level', a.lead_level, 'lead_on', a.lead_assessed_on))
             filter (where a.id is not null), '[]') as ratings
      from member_currency c
      join members m on m.id = c.member_id
      join teams t on t.id = m.team_id
      left join skill_assessments a on a.member_id = c.member_id and a.field = c.field
     where c.member_id = ${memberId} and c.status <> 'current'
     group by c.field, c.status, c.due_from, t.assessment_interval_months
     order by c.field`)) as unknown as Row[] | { rows: Row[] };
  const rows = Array.isArray(result) ? result : result.rows;
  const day = today.toISOString().slice(0, 10);
  return rows.map((r) => {
    const byItem = new Map(r.ratings.map((x) => [x.item, x]));
    const items = skillItemsOf(r.field).filter((item) => {
      const x = byItem.get(item);
      const on = x
        ? countingRatingDate({
            leadLevel: x.lead_level,
            leadAssessedOn: x.lead_on,
            selfLevel: x.self_level,
            selfAssessedOn: x.self_on,
          })
        : null;
      return ratingCurrency(on, r.months, day) !== "current";
    }).length;
    return {
      field: r.field,
      status: r.status as OwnDueField["status"],
      dueSince: r.due_from,
      overdueFrom: r.overdue_from,
      items,
    };
  });
}
