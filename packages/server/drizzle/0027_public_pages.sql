CREATE TABLE "budget_publication_pages" (
	"region_code" text NOT NULL,
	"publication_id" uuid NOT NULL,
	"body" text NOT NULL,
	CONSTRAINT "budget_publication_pages_pkey" PRIMARY KEY("region_code","publication_id")
);
--> statement-breakpoint
ALTER TABLE "budget_publication_pages" ADD CONSTRAINT "budget_publication_pages_publication_fk" FOREIGN KEY ("region_code","publication_id") REFERENCES "public"."budget_publications"("region_code","id") ON DELETE cascade ON UPDATE no action;