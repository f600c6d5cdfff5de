CREATE TABLE "category_overrides" (
	"la_id" uuid NOT NULL,
	"category_id" uuid NOT NULL,
	"description" text,
	"is_hidden" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "category_overrides_la_id_category_id_pk" PRIMARY KEY("la_id","category_id")
);
--> statement-breakpoint
CREATE TABLE "prospectus_shares" (
	"from_la_id" uuid NOT NULL,
	"to_la_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prospectus_shares_from_la_id_to_la_id_pk" PRIMARY KEY("from_la_id","to_la_id")
);
--> statement-breakpoint
ALTER TABLE "local_authorities" ADD COLUMN "hosts" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD CONSTRAINT "category_overrides_la_id_local_authorities_id_fk" FOREIGN KEY ("la_id") REFERENCES "public"."local_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD CONSTRAINT "category_overrides_category_id_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospectus_shares" ADD CONSTRAINT "prospectus_shares_from_la_id_local_authorities_id_fk" FOREIGN KEY ("from_la_id") REFERENCES "public"."local_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospectus_shares" ADD CONSTRAINT "prospectus_shares_to_la_id_local_authorities_id_fk" FOREIGN KEY ("to_la_id") REFERENCES "public"."local_authorities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "prospectus_shares_to_idx" ON "prospectus_shares" USING btree ("to_la_id");