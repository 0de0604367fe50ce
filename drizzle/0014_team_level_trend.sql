CREATE TABLE "team_level_trend" (
	"team_id" integer NOT NULL,
	"field" "field" NOT NULL,
	"month" date NOT NULL,
	"level" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "team_level_trend_team_id_field_month_level_pk" PRIMARY KEY("team_id","field","month","level")
);
--> statement-breakpoint
ALTER TABLE "team_level_trend" ADD CONSTRAINT "team_level_trend_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill (hand-written): every team's trend rows from the snapshots, as lib/evaluation/trend.ts recountAllTrend.
INSERT INTO "team_level_trend" ("team_id", "field", "month", "level", "n")
SELECT team_id, field, month, level, n FROM (
    with b as (
      select array(select date_trunc('month', now()) - make_interval(months => k)
                     from generate_series(10, 0, -1) as k order by k desc)
             || (date_trunc('month', now()) + interval '1 month') as ends,
             (date_trunc('month', now()) - make_interval(months => 11))::date as first
    ),
    tm as (select m.id, m.team_id, m.created_at from members m where m.archived_at is null ),
    spans as (
      select tm.team_id, s.member_id, s.field, s.level, s.taken_at,
             lead(s.taken_at) over (partition by s.member_id, s.field order by s.taken_at, s.id) as next_at
        from evaluation_snapshots s join tm on tm.id = s.member_id
    ),
    firsts as (select member_id, field, min(taken_at) as first_at from spans group by 1, 2),
    starts as (
      select tm.team_id, f.field, least(width_bucket(least(tm.created_at, fs.first_at), b.ends), 11) as k
        from tm cross join unnest(enum_range(null::field)) as f(field)
        left join firsts fs on fs.member_id = tm.id and fs.field = f.field
        cross join b
    ),
    runs as (
      select sp.team_id, sp.field, sp.level, width_bucket(sp.taken_at, b.ends) as first_k,
             coalesce(width_bucket(sp.next_at, b.ends), 12) - 1 as last_k
        from spans sp cross join b
    ),
    d as (
      select team_id, field, k, 0 as level, 1 as d from starts
      union all select team_id, field, first_k, level, 1 from runs where first_k <= last_k
      union all select team_id, field, first_k, 0, -1 from runs where first_k <= last_k
      union all select team_id, field, last_k + 1, level, -1 from runs where first_k <= last_k and last_k < 11
      union all select team_id, field, last_k + 1, 0, 1 from runs where first_k <= last_k and last_k < 11
    )
    select d.team_id, d.field, (b.first + make_interval(months => d.k))::date as month, d.level, sum(d.d)::int as n
      from d cross join b
     group by d.team_id, d.field, d.k, d.level, b.first
    having sum(d.d) <> 0
) t;
