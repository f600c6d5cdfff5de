CREATE TYPE "public"."import_kind" AS ENUM('courses', 'vacancies');--> statement-breakpoint
CREATE TABLE "pending_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"la_id" uuid NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"kind" "import_kind" NOT NULL,
	"file_name" text NOT NULL,
	"rows" jsonb NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "external_ref" text;--> statement-breakpoint
ALTER TABLE "vacancies" ADD COLUMN "external_ref" text;--> statement-breakpoint
ALTER TABLE "pending_imports" ADD CONSTRAINT "pending_imports_la_id_local_authorities_id_fk" FOREIGN KEY ("la_id") REFERENCES "public"."local_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pending_imports" ADD CONSTRAINT "pending_imports_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pending_imports_owner_idx" ON "pending_imports" USING btree ("owner_user_id","expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "courses_provider_external_ref_idx" ON "courses" USING btree ("provider_id","external_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "vacancies_employer_external_ref_idx" ON "vacancies" USING btree ("employer_id","external_ref");