// The reminders the hourly job run sends (docs/notifications.md): certifications about to expire (30 and 7 days
// before, to the member and the team's leads) and ratings that have come due (to the member). Each is one
// set-based statement whatever the number of members, keyed by (kind, subject, period, user) so that a second run,
// or a run in another process at the same time, notifies nobody twice.
import { sql } from "drizzle-orm";
import { FIELDS, skillItemsOf } from "../itss/fields";
import { notifyFromSelect } from "../notify/bulk";
import type { Db } from "../db/client";

/** What a reminder needs of a job run (lib/jobs/registry.ts ReminderContext, which registers these). */
type ReminderContext = { db: Db; now: Date };

/** Days before expiry at which a certification's reminders go out: the first at 30, the second at 7. */
export const CERTIFICATION_REMINDER_DAYS = [30, 7] as const;

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Approved, current (not superseded) certifications of active members expiring within 30 days (and not yet expired):
 * the member is told once while more than 7 days are left ("30d") and once within 7 days ("7d"); the leads of the
 * member's team the same, in their own words.
 */
export async function remindExpiringCertifications({ db, now }: ReminderContext): Promise<number> {
  const day = today(now);
  return notifyFromSelect(
    db,
    "certificationExpiring",
    sql`
      with due as (
        select c.id, c.name, c.expires_on, m.id as member_id, m.name as member_name, m.user_id, m.team_id,
               case when c.expires_on <= ${day}::date + 7 then '7d' else '30d' end as period
          from certifications c
          join members m on m.id = c.member_id and m.archived_at is null
         where c.review_state = 'approved' and c.superseded_at is null
           and c.expires_on between ${day}::date and ${day}::date + 30
      ),
      audience as (
        select d.*, d.user_id as recipient, true as own from due d where d.user_id is not null
        union all
        select d.*, tl.user_id as recipient, false as own
          from due d join team_leads tl on tl.team_id = d.team_id
         where tl.user_id is distinct from d.user_id
      )
      select a.recipient as user_id,
             case when a.own
               then jsonb_build_object('key', 'notifications.events.certificationExpiringSelf',
                      'values', jsonb_build_object('name', a.name, 'date', a.expires_on::text))
               else jsonb_build_object('key', 'notifications.events.certificationExpiring',
                      'values', jsonb_build_object('member', a.member_name, 'name', a.name, 'date', a.expires_on::text))
             end as text,
             '/members/' || a.member_id as href,
             'certificationExpiring|certification:' || a.id || '|' || a.period || '|' || a.recipient as dedupe_key
        from audience a`,
    now,
  );
}

/**
 * Active members with an account who are due in a field they are assessed in (lib/itss/currency dueStatus, with their
 * team's interval): their team's field, or for a mixed team each field they have a rating in. Due since the earliest
 * of: the day they joined, when an item of the field is unrated; the day the oldest rating that counts (the lead's
 * where given, else the self-rating) went stale. Keyed per member, field and that day, so a member re-rated and due
 * again later is told again.
 */
export async function remindRatingsDue({ db, now }: ReminderContext): Promise<number> {
  const day = today(now);
  const itemCounts = sql.join(
    FIELDS.map((f) => sql`(${f}::field, ${skillItemsOf(f).length}::int)`),
    sql`, `,
  );
  return notifyFromSelect(
    db,
    "ratingsDue",
    sql`
      with item_counts(field, items) as (values ${itemCounts}),
      ratings as (
        select s.member_id, s.field,
               count(*) filter (where s.lead_level is not null or s.self_level is not null) as rated,
               min(case when s.lead_level is not null then s.lead_assessed_on else s.self_assessed_on end)
                 filter (where s.lead_level is not null or s.self_level is not null) as oldest
          from skill_assessments s
         group by s.member_id, s.field
      ),
      assessed as (
        select m.id as member_id, m.user_id, m.created_at::date as since, t.assessment_interval_months as months,
               coalesce(t.field, r.field) as field
          from members m
          join teams t on t.id = m.team_id
          left join ratings r on t.field is null and r.member_id = m.id
         where m.archived_at is null and m.user_id is not null and (t.field is not null or r.field is not null)
      ),
      status as (
        select a.member_id, a.user_id, a.field,
               least(
                 case when coalesce(r.rated, 0) < c.items then a.since end,
                 (r.oldest + make_interval(months => a.months))::date
               ) as due_since
          from assessed a
          join item_counts c on c.field = a.field
          left join ratings r on r.member_id = a.member_id and r.field = a.field
      )
      select s.user_id,
             jsonb_build_object('key', 'notifications.events.ratingsDue',
               'values', jsonb_build_object('field', jsonb_build_object('key', 'records.field.' || s.field))) as text,
             '/members/' || s.member_id || '/quick-update?field=' || s.field as href,
             'ratingsDue|member:' || s.member_id || ':' || s.field || '|' || s.due_since || '|' || s.user_id
               as dedupe_key
        from status s
       where s.due_since <= ${day}::date`,
    now,
  );
}

/** The reminder jobs, in the shape lib/jobs/registry.ts's Job takes (registered there). */
export const REMINDER_JOBS: { name: string; run: (ctx: ReminderContext) => Promise<{ notified: number }> }[] = [
  { name: "certificationExpiring", run: async (ctx) => ({ notified: await remindExpiringCertifications(ctx) }) },
  { name: "ratingsDue", run: async (ctx) => ({ notified: await remindRatingsDue(ctx) }) },
];
