CREATE TABLE "member_currency" (
	"member_id" integer NOT NULL,
	"field" "field" NOT NULL,
	"last_assessed_on" date,
	"due_from" date NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "member_currency_member_id_field_pk" PRIMARY KEY("member_id","field")
);
--> statement-breakpoint
CREATE TABLE "team_currency_counts" (
	"team_id" integer PRIMARY KEY NOT NULL,
	"due" integer DEFAULT 0 NOT NULL,
	"overdue" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "member_currency" ADD CONSTRAINT "member_currency_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_currency_counts" ADD CONSTRAINT "team_currency_counts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_currency_due_from" ON "member_currency" USING btree ("due_from");