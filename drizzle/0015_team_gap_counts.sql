CREATE TABLE "team_gap_counts" (
	"team_id" integer NOT NULL,
	"list" text NOT NULL,
	"key" integer DEFAULT 0 NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "team_gap_counts_team_id_list_key_pk" PRIMARY KEY("team_id","list","key")
);
--> statement-breakpoint
ALTER TABLE "team_gap_counts" ADD CONSTRAINT "team_gap_counts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "members_name" ON "members" USING btree ("name","id");