ALTER TYPE "public"."access_basis" ADD VALUE 'search_permission';--> statement-breakpoint
CREATE TABLE "kiosk_help_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre_id" uuid NOT NULL,
	"kiosk_device_id" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "can_search_young_people" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "access_log" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "kiosk_devices" ADD COLUMN "enrolled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kiosk_help_requests" ADD CONSTRAINT "kiosk_help_requests_centre_id_centres_id_fk" FOREIGN KEY ("centre_id") REFERENCES "public"."centres"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk_help_requests" ADD CONSTRAINT "kiosk_help_requests_kiosk_device_id_kiosk_devices_id_fk" FOREIGN KEY ("kiosk_device_id") REFERENCES "public"."kiosk_devices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kiosk_help_requests_centre_idx" ON "kiosk_help_requests" USING btree ("centre_id","handled_at");