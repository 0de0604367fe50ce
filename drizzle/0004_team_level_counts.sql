CREATE TABLE "team_level_counts" (
	"team_id" integer NOT NULL,
	"field" "field" NOT NULL,
	"item" text NOT NULL,
	"level" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "team_level_counts_team_id_field_item_level_pk" PRIMARY KEY("team_id","field","item","level")
);
--> statement-breakpoint
ALTER TABLE "team_level_counts" ADD CONSTRAINT "team_level_counts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill from the standings already stored (the same counting as lib/evaluation/team-counts.ts).
INSERT INTO "team_level_counts" ("team_id", "field", "item", "level", "n")
SELECT m."team_id", ms."field", '', ms."level", count(*)::int FROM "members" m JOIN "member_standings" ms ON ms."member_id" = m."id"
 WHERE m."archived_at" IS NULL GROUP BY 1, 2, 4
UNION ALL
SELECT m."team_id", ss."field", ss."item", ss."level", count(*)::int FROM "members" m JOIN "member_skill_standings" ss ON ss."member_id" = m."id"
 WHERE m."archived_at" IS NULL GROUP BY 1, 2, 3, 4;
