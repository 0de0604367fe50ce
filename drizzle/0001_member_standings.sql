CREATE TABLE "member_skill_standings" (
	"member_id" integer NOT NULL,
	"field" "field" NOT NULL,
	"item" text NOT NULL,
	"level" integer NOT NULL,
	"source" text NOT NULL,
	"self_level" integer,
	"lead_level" integer,
	CONSTRAINT "member_skill_standings_member_id_field_item_pk" PRIMARY KEY("member_id","field","item")
);
--> statement-breakpoint
CREATE TABLE "member_standings" (
	"member_id" integer NOT NULL,
	"field" "field" NOT NULL,
	"level" integer NOT NULL,
	"source" text NOT NULL,
	"kpi_level" integer NOT NULL,
	"exam_level" integer NOT NULL,
	"skill_level" integer,
	"next_level" integer,
	"missing" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"missing_count" integer DEFAULT 0 NOT NULL,
	"provisional_level" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_standings_member_id_field_pk" PRIMARY KEY("member_id","field")
);
--> statement-breakpoint
ALTER TABLE "member_skill_standings" ADD CONSTRAINT "member_skill_standings_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_standings" ADD CONSTRAINT "member_standings_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_skill_standings_field_item_level" ON "member_skill_standings" USING btree ("field","item","level");--> statement-breakpoint
CREATE INDEX "member_standings_field_level" ON "member_standings" USING btree ("field","level");