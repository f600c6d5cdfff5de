CREATE TABLE "cv_build_progress" (
	"owner_id" uuid PRIMARY KEY NOT NULL,
	"next_step" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "media_assets" ADD COLUMN "transcript_by_id" uuid;--> statement-breakpoint
ALTER TABLE "cv_build_progress" ADD CONSTRAINT "cv_build_progress_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_assets" ADD CONSTRAINT "media_assets_transcript_by_id_users_id_fk" FOREIGN KEY ("transcript_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;