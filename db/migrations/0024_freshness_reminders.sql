CREATE TABLE "freshness_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"la_id" uuid NOT NULL,
	"provider_id" uuid,
	"employer_id" uuid,
	"sent_by_id" uuid,
	"recipients" integer NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "freshness_reminders_one_owner" CHECK (("freshness_reminders"."provider_id" is null) <> ("freshness_reminders"."employer_id" is null))
);
--> statement-breakpoint
ALTER TABLE "freshness_reminders" ADD CONSTRAINT "freshness_reminders_la_id_local_authorities_id_fk" FOREIGN KEY ("la_id") REFERENCES "public"."local_authorities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freshness_reminders" ADD CONSTRAINT "freshness_reminders_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freshness_reminders" ADD CONSTRAINT "freshness_reminders_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "freshness_reminders" ADD CONSTRAINT "freshness_reminders_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "freshness_reminders_provider_idx" ON "freshness_reminders" USING btree ("provider_id","sent_at");--> statement-breakpoint
CREATE INDEX "freshness_reminders_employer_idx" ON "freshness_reminders" USING btree ("employer_id","sent_at");