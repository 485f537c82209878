CREATE TABLE "public_form_pages" (
	"region_code" text NOT NULL,
	"form_id" uuid NOT NULL,
	"etag" text NOT NULL,
	"body" text NOT NULL,
	"gzip" "bytea" NOT NULL,
	CONSTRAINT "public_form_pages_pkey" PRIMARY KEY("region_code","form_id")
);
--> statement-breakpoint
ALTER TABLE "public_form_pages" ADD CONSTRAINT "public_form_pages_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE cascade ON UPDATE no action;