CREATE TABLE "team_level_trend" (
	"team_id" integer NOT NULL,
	"field" "field" NOT NULL,
	"month" date NOT NULL,
	"level" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "team_level_trend_team_id_field_month_level_pk" PRIMARY KEY("team_id","field","month","level")
);
--> statement-breakpoint
ALTER TABLE "team_level_trend" ADD CONSTRAINT "team_level_trend_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;