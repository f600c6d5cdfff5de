CREATE TYPE "public"."vacancy_review" AS ENUM('not_needed', 'waiting', 'approved');--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "review_status" "vacancy_review" DEFAULT 'not_needed' NOT NULL;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "flagged_words" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
CREATE INDEX "vacancies_employer_idx" ON "vacancies" USING btree ("employer_id");