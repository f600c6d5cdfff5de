CREATE TABLE "safety_named_staff" (
	"young_person_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"added_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "safety_named_staff_young_person_id_staff_id_pk" PRIMARY KEY("young_person_id","staff_id")
);
--> statement-breakpoint
ALTER TABLE "safety_named_staff" ADD CONSTRAINT "safety_named_staff_young_person_id_users_id_fk" FOREIGN KEY ("young_person_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_named_staff" ADD CONSTRAINT "safety_named_staff_staff_id_users_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "safety_named_staff" ADD CONSTRAINT "safety_named_staff_added_by_id_users_id_fk" FOREIGN KEY ("added_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;