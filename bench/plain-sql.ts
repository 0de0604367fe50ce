// The plain SQL of each bench target: the data the page (or API, or action) shows, written by hand as the
// straightforward queries over the same tables, with no app around them. `npm run bench` times them with postgres.js
// on the same database and reports page time / plain SQL time. Parameters: $1… (postgres.js unsafe).
import { BENCH_ACCOUNTS } from "../seed/bench-org";

export type PlainContext = {
  departmentId: number;
  teamId: number;
  leadUserId: number;
  memberId: number;
  skill: string;
};
export type Statement = { text: string; params: unknown[] };

const dept = (ctx: PlainContext, text: string): Statement => ({ text, params: [ctx.departmentId] });

/** Active members of department $1 (or of every department when $1 is null). */
const MEMBERS_IN = `select m.id, m.name, m.team_id from members m join teams t on t.id = m.team_id
  where m.archived_at is null and t.archived_at is null and ($1::int is null or t.department_id = $1)`;

/** Per team: members per level in the team's field; per target: members at or above its level. */
const TEAM_LEVELS = `
  select t.id, t.name, ms.level, count(m.id)::int as n
    from teams t left join members m on m.team_id = t.id and m.archived_at is null
    left join member_standings ms on ms.member_id = m.id and ms.field = t.field
   where t.archived_at is null and ($1::int is null or t.department_id = $1)
   group by t.id, t.name, ms.level`;
const TARGET_COUNTS = `
  with sm as (select m.id, m.team_id, t.department_id from members m join teams t on t.id = m.team_id
               where m.archived_at is null and t.archived_at is null and ($1::int is null or t.department_id = $1)),
  g as (select g.*, coalesce(t.department_id, g.department_id) as dept from targets g left join teams t on t.id = g.team_id
         where $1::int is null or coalesce(t.department_id, g.department_id) = $1)
  select g.id, g.min_count, count(*) filter (where ms.level >= g.min_level) as actual
    from g join sm on sm.team_id = g.team_id join member_standings ms on ms.member_id = sm.id and ms.field = g.field
   where g.kind = 'level' group by 1, 2
  union all
  select g.id, g.min_count, count(*) filter (where ss.level >= g.min_level)
    from g join sm on sm.team_id = g.team_id join member_skill_standings ss on ss.member_id = sm.id and ss.field = g.field and ss.item = g.skill_item
   where g.kind = 'skill' group by 1, 2
  union all
  select g.id, g.min_count, count(*) filter (where ms.level >= g.min_level)
    from g join sm on sm.department_id = g.dept join member_standings ms on ms.member_id = sm.id and ms.field = g.field
   where g.kind = 'level' and g.team_id is null group by 1, 2
  union all
  select g.id, g.min_count, count(*) filter (where ss.level >= g.min_level)
    from g join sm on sm.department_id = g.dept join member_skill_standings ss on ss.member_id = sm.id and ss.field = g.field and ss.item = g.skill_item
   where g.kind = 'skill' and g.team_id is null group by 1, 2`;
const DISTRIBUTION = `
  with sm as (${MEMBERS_IN})
  select ms.field, ms.level, count(*)::int from sm join member_standings ms on ms.member_id = sm.id group by 1, 2`;

/** The gap dashboard: targets, single points of failure, lists capped at 20, the charts. */
function gaps(departmentId: number | null): Statement[] {
  const p = [departmentId];
  return [
    { text: TARGET_COUNTS, params: p },
    {
      text: `with sm as (${MEMBERS_IN})
      select sm.team_id, ss.field, ss.item, count(*) filter (where ss.level >= 4)::int as holders
        from sm join teams t on t.id = sm.team_id join member_skill_standings ss on ss.member_id = sm.id and (t.field is null or ss.field = t.field)
       group by 1, 2, 3 having count(*) filter (where ss.level >= 4) <= 1`,
      params: p,
    },
    {
      text: `with sm as (${MEMBERS_IN})
      select sm.id, sm.name, ms.field, ms.level, ms.next_level, ms.missing -> 0, count(*) over ()
        from sm join member_standings ms on ms.member_id = sm.id where ms.missing_count = 1 and ms.next_level is not null
       order by sm.name, sm.id limit 20`,
      params: p,
    },
    {
      text: `with sm as (${MEMBERS_IN})
      select sm.id, c.name, c.expires_on, count(*) over () from sm join certifications c on c.member_id = sm.id
       where c.review_state = 'approved' and c.expires_on between current_date and current_date + 90 order by c.expires_on limit 20`,
      params: p,
    },
    {
      text: `with sm as (${MEMBERS_IN})
      select sm.id, ss.field, ss.item, ss.self_level, ss.lead_level, count(*) over () from sm join member_skill_standings ss on ss.member_id = sm.id
       where abs(ss.self_level - ss.lead_level) >= 2 order by abs(ss.self_level - ss.lead_level) desc, sm.name limit 20`,
      params: p,
    },
    {
      text: `with sm as (${MEMBERS_IN})
      select sm.id, count(*), min(coalesce(a.lead_assessed_on, a.self_assessed_on)), count(*) over () from sm join skill_assessments a on a.member_id = sm.id
       where coalesce(a.lead_assessed_on, a.self_assessed_on) < current_date - interval '12 months' group by sm.id order by 3 limit 20`,
      params: p,
    },
    { text: DISTRIBUTION, params: p },
    {
      text: `with sm as (${MEMBERS_IN})
      select to_char(s.taken_at, 'YYYY-MM'), s.level, count(distinct s.member_id) from sm join evaluation_snapshots s on s.member_id = sm.id
       where s.field = 'hardware' and s.taken_at > now() - interval '12 months' group by 1, 2`,
      params: p,
    },
  ];
}

export const PLAIN_SQL: Record<string, (ctx: PlainContext) => Statement[]> = {
  "head-dashboard": (ctx) => [dept(ctx, TEAM_LEVELS), dept(ctx, TARGET_COUNTS), dept(ctx, DISTRIBUTION)],
  "head-heatmap": (ctx) => [
    {
      text: `with sm as (${MEMBERS_IN})
      select sm.id, sm.name, t.name, ms.level, ss.item, ss.level, ss.self_level, ss.lead_level
        from (select sm.* from sm join teams t on t.id = sm.team_id order by t.name, sm.name, sm.id limit 25) sm
        join teams t on t.id = sm.team_id left join member_standings ms on ms.member_id = sm.id and ms.field = 'hardware'
        left join member_skill_standings ss on ss.member_id = sm.id and ss.field = 'hardware'`,
      params: [ctx.departmentId],
    },
    dept(ctx, `with sm as (${MEMBERS_IN}) select count(*) from sm`),
    {
      text: `with sm as (${MEMBERS_IN})
      select sm.team_id, ss.item, avg(ss.level), count(*) filter (where ss.level >= 3)
        from sm join member_skill_standings ss on ss.member_id = sm.id and ss.field = 'hardware'
       where sm.team_id in (select id from teams where department_id = $1 order by name limit 25) group by 1, 2`,
      params: [ctx.departmentId],
    },
  ],
  "head-gaps": (ctx) => gaps(ctx.departmentId),
  "admin-gaps": () => gaps(null),
  "member-page": (ctx) =>
    [
      "select * from members m join teams t on t.id = m.team_id where m.id = $1",
      "select * from projects where member_id = $1",
      "select * from exams where member_id = $1",
      "select * from certifications where member_id = $1",
      "select * from specialties where member_id = $1",
      "select * from successions where member_id = $1",
      "select * from mentorings where member_id = $1",
      "select * from skill_assessments where member_id = $1",
      "select * from member_standings where member_id = $1",
      "select * from evaluation_snapshots where member_id = $1 order by taken_at",
    ].map((text) => ({ text, params: [ctx.memberId] })),
  staffing: (ctx) => [
    {
      text: `with sm as (${MEMBERS_IN})
      select sm.id, sm.name, coalesce(ms.level, 0) as level, ss.level as skill, count(*) over ()
        from sm left join member_standings ms on ms.member_id = sm.id and ms.field = 'hardware'
        left join member_skill_standings ss on ss.member_id = sm.id and ss.field = 'hardware' and ss.item = $2
       where coalesce(ms.level, 0) >= 2 or ss.level >= 2
       order by (coalesce(ms.level, 0) >= 3 and ss.level >= 3) desc, ms.level desc nulls last, sm.name limit 25`,
      params: [ctx.departmentId, ctx.skill],
    },
  ],
  "api-members": () => [
    {
      text: `select m.id, m.name, t.name, h.level, s.level, f.level from members m join teams t on t.id = m.team_id
        left join member_standings h on h.member_id = m.id and h.field = 'hardware'
        left join member_standings s on s.member_id = m.id and s.field = 'software'
        left join member_standings f on f.member_id = m.id and f.field = 'facility' order by m.id limit 100`,
      params: [],
    },
    { text: "select count(*) from members", params: [] },
  ],
  // The fixed cost's page (/standard) reads only the signed-in user.
  floor: () => [{ text: "select * from users where email = $1", params: [BENCH_ACCOUNTS.head] }],
  // The write: approve one submitted project with its audit row, then read what re-evaluating the member needs.
  "approve-project": (ctx) => [
    {
      text: `update projects set review_state = 'approved', reviewed_by = $2, reviewed_at = now(), version = version + 1
              where id = (select p.id from projects p join members m on m.id = p.member_id where m.team_id = $1 and p.review_state = 'submitted' order by p.id limit 1)`,
      params: [ctx.teamId, ctx.leadUserId],
    },
    {
      text: `insert into audit_log (actor_user_id, action, entity, entity_id, before, after) values ($1, 'approve', 'project', '0', '{}', '{}')`,
      params: [ctx.leadUserId],
    },
    ...["projects", "exams", "specialties", "successions", "mentorings", "skill_assessments", "member_standings"].map(
      (table) => ({ text: `select * from ${table} where member_id = $1`, params: [ctx.memberId] }),
    ),
  ],
};
