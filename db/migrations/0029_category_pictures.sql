ALTER TABLE "category_overrides" ADD COLUMN "image_media_id" uuid;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD COLUMN "image_alt" text;--> statement-breakpoint
ALTER TABLE "category_overrides" ADD CONSTRAINT "category_overrides_image_media_id_media_assets_id_fk" FOREIGN KEY ("image_media_id") REFERENCES "public"."media_assets"("id") ON DELETE set null ON UPDATE no action;