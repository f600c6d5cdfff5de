ALTER TYPE "public"."role" ADD VALUE 'parent_carer';--> statement-breakpoint
CREATE TABLE "parent_carers" (
	"young_person_id" uuid NOT NULL,
	"parent_carer_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "parent_carers_young_person_id_parent_carer_id_pk" PRIMARY KEY("young_person_id","parent_carer_id")
);
--> statement-breakpoint
CREATE TABLE "present_shortlist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"adviser_id" uuid NOT NULL,
	"course_id" uuid,
	"vacancy_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "present_shortlist_items_unique" UNIQUE NULLS NOT DISTINCT("adviser_id","course_id","vacancy_id"),
	CONSTRAINT "present_shortlist_items_target_check" CHECK (("present_shortlist_items"."course_id" is not null) <> ("present_shortlist_items"."vacancy_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "consent_grants" ADD COLUMN "parent_agreed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "consent_grants" ADD COLUMN "parent_agreed_by_id" uuid;--> statement-breakpoint
ALTER TABLE "parent_carers" ADD CONSTRAINT "parent_carers_young_person_id_users_id_fk" FOREIGN KEY ("young_person_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parent_carers" ADD CONSTRAINT "parent_carers_parent_carer_id_users_id_fk" FOREIGN KEY ("parent_carer_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "present_shortlist_items" ADD CONSTRAINT "present_shortlist_items_adviser_id_users_id_fk" FOREIGN KEY ("adviser_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "present_shortlist_items" ADD CONSTRAINT "present_shortlist_items_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "public"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "present_shortlist_items" ADD CONSTRAINT "present_shortlist_items_vacancy_id_vacancies_id_fk" FOREIGN KEY ("vacancy_id") REFERENCES "public"."vacancies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "parent_carers_parent_idx" ON "parent_carers" USING btree ("parent_carer_id");--> statement-breakpoint
CREATE INDEX "present_shortlist_items_adviser_idx" ON "present_shortlist_items" USING btree ("adviser_id","created_at");--> statement-breakpoint
ALTER TABLE "consent_grants" ADD CONSTRAINT "consent_grants_parent_agreed_by_id_users_id_fk" FOREIGN KEY ("parent_agreed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;