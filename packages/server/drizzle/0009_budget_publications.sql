CREATE TABLE "budget_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"generation" integer NOT NULL,
	"content" jsonb NOT NULL,
	"findings" jsonb NOT NULL,
	"budget_version" integer NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_disclosures" DROP CONSTRAINT "budget_disclosures_published_by_users_id_fk";
--> statement-breakpoint
DROP INDEX "budget_disclosures_status";--> statement-breakpoint
ALTER TABLE "budget_disclosures" ADD COLUMN "generation" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_publications" ADD CONSTRAINT "budget_publications_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_publications" ADD CONSTRAINT "budget_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_publications_version" ON "budget_publications" USING btree ("org_id","year","version");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_publications_generation" ON "budget_publications" USING btree ("org_id","year","generation");--> statement-breakpoint
CREATE INDEX "budget_publications_year" ON "budget_publications" USING btree ("year");--> statement-breakpoint
-- What was published stays published: each published disclosure becomes publication version 1 of its
-- department and year (generation 1, the generation counter's start).
INSERT INTO "budget_publications" ("org_id", "year", "version", "generation", "content", "findings", "budget_version", "published_by", "published_at")
SELECT "org_id", "year", 1, 1, "content", "findings", "budget_version", "published_by", COALESCE("published_at", "generated_at")
FROM "budget_disclosures" WHERE "status" = 'published';--> statement-breakpoint
ALTER TABLE "budget_disclosures" DROP COLUMN "status";--> statement-breakpoint
ALTER TABLE "budget_disclosures" DROP COLUMN "published_by";--> statement-breakpoint
ALTER TABLE "budget_disclosures" DROP COLUMN "published_at";