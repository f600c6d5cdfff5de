ALTER TYPE "public"."employer_status" ADD VALUE 'suspended';--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deactivated_at" timestamp with time zone;