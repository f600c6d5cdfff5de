CREATE TYPE "public"."action_step_picture" AS ENUM('course', 'job', 'apprenticeship', 'cv', 'explore', 'talk');--> statement-breakpoint
CREATE TYPE "public"."action_step_status" AS ENUM('to_do', 'done', 'removed');--> statement-breakpoint
CREATE TABLE "action_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"young_person_id" uuid NOT NULL,
	"created_by_id" uuid,
	"text" text NOT NULL,
	"picture" "action_step_picture",
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"due_on" date NOT NULL,
	"status" "action_step_status" DEFAULT 'to_do' NOT NULL,
	"done_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_steps" ADD CONSTRAINT "action_steps_young_person_id_users_id_fk" FOREIGN KEY ("young_person_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_steps" ADD CONSTRAINT "action_steps_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_steps_young_person_idx" ON "action_steps" USING btree ("young_person_id","due_on");--> statement-breakpoint
CREATE INDEX "action_steps_due_idx" ON "action_steps" USING btree ("due_on","status");