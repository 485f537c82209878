-- A published form's public page (GET /api/public/forms/:id), rendered at publication and stored beside
-- the form with the tag it was rendered under (features/public/public-form-page.ts). Forms published before
-- this migration get theirs on first read: the rendering is the route's contract, not SQL.
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