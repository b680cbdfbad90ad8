CREATE TABLE "exercise_events" (
	"exercise_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"actor" jsonb NOT NULL,
	"payload" jsonb NOT NULL,
	"client_id" uuid NOT NULL,
	"created_at" text NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "exercise_events_exercise_id_seq_pk" PRIMARY KEY("exercise_id","seq")
);
--> statement-breakpoint
CREATE TABLE "exercise_guests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"exercise_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"token_hash" text NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exercise_guests_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "exercises" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"team_id" uuid NOT NULL,
	"scenario_id" text NOT NULL,
	"scenario_hash" text NOT NULL,
	"scenario" jsonb NOT NULL,
	"title" text NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'lobby' NOT NULL,
	"join_code" text,
	"created_by" uuid,
	"head_seq" integer DEFAULT 0 NOT NULL,
	"head_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "exercises_join_code_unique" UNIQUE("join_code"),
	CONSTRAINT "exercises_mode_check" CHECK ("exercises"."mode" in ('team', 'solo')),
	CONSTRAINT "exercises_status_check" CHECK ("exercises"."status" in ('lobby', 'running', 'paused', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "join_attempts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"client_key" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exercise_events" ADD CONSTRAINT "exercise_events_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercise_guests" ADD CONSTRAINT "exercise_guests_exercise_id_exercises_id_fk" FOREIGN KEY ("exercise_id") REFERENCES "public"."exercises"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exercises" ADD CONSTRAINT "exercises_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "exercise_events_client_idx" ON "exercise_events" USING btree ("exercise_id","client_id");--> statement-breakpoint
CREATE INDEX "exercise_guests_exercise_idx" ON "exercise_guests" USING btree ("exercise_id");--> statement-breakpoint
CREATE INDEX "exercises_team_idx" ON "exercises" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "join_attempts_client_idx" ON "join_attempts" USING btree ("client_key","created_at");