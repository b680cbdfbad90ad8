CREATE TABLE "improvement_item_updates" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"client_id" uuid NOT NULL,
	"changes" jsonb NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"exercise_id" uuid NOT NULL,
	"report_item_id" text NOT NULL,
	"objective_id" text,
	"objective_text" text,
	"threat_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"issue" text NOT NULL,
	"corrective_action" text,
	"capability" text,
	"owner_user_id" uuid,
	"owner_name" text,
	"start_date" text,
	"due_date" text,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "report_drafts" ADD COLUMN "shared_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "report_drafts" ADD COLUMN "shared_by" uuid;--> statement-breakpoint
ALTER TABLE "improvement_item_updates" ADD CONSTRAINT "improvement_item_updates_item_id_improvement_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."improvement_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_item_updates" ADD CONSTRAINT "improvement_item_updates_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_items" ADD CONSTRAINT "improvement_items_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_items" ADD CONSTRAINT "improvement_items_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_items" ADD CONSTRAINT "improvement_items_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_item_updates_client_idx" ON "improvement_item_updates" USING btree ("item_id","client_id");--> statement-breakpoint
CREATE INDEX "improvement_item_updates_item_idx" ON "improvement_item_updates" USING btree ("item_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_items_report_item_idx" ON "improvement_items" USING btree ("exercise_id","report_item_id");--> statement-breakpoint
CREATE INDEX "improvement_items_team_status_idx" ON "improvement_items" USING btree ("team_id","status");--> statement-breakpoint
ALTER TABLE "report_drafts" ADD CONSTRAINT "report_drafts_shared_by_users_id_fk" FOREIGN KEY ("shared_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;