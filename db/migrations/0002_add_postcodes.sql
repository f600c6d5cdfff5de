CREATE TABLE "postcodes" (
	"postcode" text PRIMARY KEY NOT NULL,
	"outcode" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL
);
--> statement-breakpoint
CREATE INDEX "postcodes_outcode_idx" ON "postcodes" USING btree ("outcode");