CREATE TABLE "search_counts" (
	"la_id" uuid NOT NULL,
	"key" text NOT NULL,
	"counts" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "search_counts_la_id_key_pk" PRIMARY KEY("la_id","key")
);
--> statement-breakpoint
ALTER TABLE "search_counts" ADD CONSTRAINT "search_counts_la_id_local_authorities_id_fk" FOREIGN KEY ("la_id") REFERENCES "public"."local_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vacancies_la_checked_idx" ON "vacancies" USING btree ("la_id","last_checked_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "vacancies_la_location_idx" ON "vacancies" USING btree ("la_id","latitude","longitude");