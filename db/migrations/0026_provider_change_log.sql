ALTER TABLE "content_changes" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "content_changes" ADD COLUMN "entity_name" text;--> statement-breakpoint
ALTER TABLE "content_changes" ADD CONSTRAINT "content_changes_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "content_changes_provider_idx" ON "content_changes" USING btree ("provider_id","created_at");--> statement-breakpoint
UPDATE "content_changes" SET "provider_id" = "providers"."id", "entity_name" = "providers"."name" FROM "providers" WHERE "content_changes"."entity_type" = 'provider' AND "content_changes"."entity_id" = "providers"."id";--> statement-breakpoint
UPDATE "content_changes" SET "provider_id" = "courses"."provider_id", "entity_name" = "courses"."title" FROM "courses" WHERE "content_changes"."entity_type" = 'course' AND "content_changes"."entity_id" = "courses"."id";--> statement-breakpoint
UPDATE "content_changes" SET "provider_id" = "courses"."provider_id", "entity_name" = "courses"."title" FROM "course_runs" INNER JOIN "courses" ON "courses"."id" = "course_runs"."course_id" WHERE "content_changes"."entity_type" = 'course_run' AND "content_changes"."entity_id" = "course_runs"."id";--> statement-breakpoint
UPDATE "content_changes" SET "provider_id" = "open_days"."provider_id" FROM "open_days" WHERE "content_changes"."entity_type" = 'open_day' AND "content_changes"."entity_id" = "open_days"."id";--> statement-breakpoint
UPDATE "content_changes" SET "provider_id" = "provider_photos"."provider_id" FROM "provider_photos" WHERE "content_changes"."entity_type" = 'photo' AND "content_changes"."entity_id" = "provider_photos"."id";
