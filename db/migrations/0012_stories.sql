CREATE TABLE "stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"la_id" uuid NOT NULL,
	"provider_id" uuid,
	"course_id" uuid,
	"kind_of_work" text,
	"media_id" uuid NOT NULL,
	"teller_name" text NOT NULL,
	"teller_age" integer,
	"transcript" text NOT NULL,
	"captions" text,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stories_has_one_subject" CHECK (("stories"."provider_id" is not null) <> ("stories"."kind_of_work" is not null)),
	CONSTRAINT "stories_course_needs_provider" CHECK ("stories"."course_id" is null or "stories"."provider_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_la_id_local_authorities_id_fk" FOREIGN KEY ("la_id") REFERENCES "public"."local_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_media_id_media_assets_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media_assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stories" ADD CONSTRAINT "stories_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stories_course_idx" ON "stories" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "stories_provider_idx" ON "stories" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "stories_kind_idx" ON "stories" USING btree ("la_id","kind_of_work");