ALTER TYPE "public"."application_status" ADD VALUE 'no_show';--> statement-breakpoint
ALTER TYPE "public"."application_status" ADD VALUE 'did_not_enrol';--> statement-breakpoint
CREATE TABLE "application_attachments" (
	"application_id" uuid NOT NULL,
	"portfolio_item_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_attachments_application_id_portfolio_item_id_pk" PRIMARY KEY("application_id","portfolio_item_id")
);
--> statement-breakpoint
ALTER TABLE "application_profiles" ADD COLUMN "qualifications" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "application_profiles" ADD COLUMN "needs_support" boolean;--> statement-breakpoint
ALTER TABLE "application_profiles" ADD COLUMN "adjustments" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "application_profiles" ADD COLUMN "completed_sections" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "interview_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "offer_conditions" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "decision_reason" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "sent_profile" jsonb;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "reminders_sent" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "application_attachments" ADD CONSTRAINT "application_attachments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_attachments" ADD CONSTRAINT "application_attachments_portfolio_item_id_portfolio_items_id_fk" FOREIGN KEY ("portfolio_item_id") REFERENCES "public"."portfolio_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_per_course_idx" ON "applications" USING btree ("young_person_id","course_id") WHERE "applications"."course_id" is not null and "applications"."status" <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_per_vacancy_idx" ON "applications" USING btree ("young_person_id","vacancy_id") WHERE "applications"."vacancy_id" is not null and "applications"."status" <> 'withdrawn';