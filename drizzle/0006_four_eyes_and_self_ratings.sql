CREATE TABLE "organisation_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"count_self_ratings" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_settings_one_row" CHECK ("organisation_settings"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "certifications" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "exams" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "mentorings" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "specialties" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "successions" ADD COLUMN "created_by" integer;--> statement-breakpoint
ALTER TABLE "team_level_counts" ADD COLUMN "self_only" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exams" ADD CONSTRAINT "exams_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorings" ADD CONSTRAINT "mentorings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "specialties" ADD CONSTRAINT "specialties_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "successions" ADD CONSTRAINT "successions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Hand-written backfill: the self-only part of the existing skill counts (the same recount as lib/evaluation/team-counts.ts).
UPDATE "team_level_counts" c SET "self_only" = x.n FROM (
  SELECT m.team_id, ss.field, ss.item, ss.level, count(*)::int AS n
    FROM "members" m JOIN "member_skill_standings" ss ON ss.member_id = m.id
   WHERE m.archived_at IS NULL AND ss.source = 'self' GROUP BY 1, 2, 3, 4
) x WHERE c.team_id = x.team_id AND c.field = x.field AND c.item = x.item AND c.level = x.level;
--> statement-breakpoint
-- Hand-written: the one settings row, at its defaults (lead ratings alone count).
INSERT INTO "organisation_settings" ("id") VALUES (1) ON CONFLICT DO NOTHING;
