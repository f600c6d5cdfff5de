DROP INDEX "saved_items_unique_idx";--> statement-breakpoint
ALTER TABLE "saved_items" ADD CONSTRAINT "saved_items_unique" UNIQUE NULLS NOT DISTINCT("user_id","course_id","vacancy_id");