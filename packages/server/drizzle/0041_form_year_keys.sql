-- Keys for partitioning forms by year (0042, docs/scale.md "Forms by year"): a form's identity across years
-- (form_keys, one row per form, referred to by the tables not partitioned by the form's year), a year on
-- every form (0, NO_YEAR, for a document read without one) and on its goals, indicators and versions (their
-- form's, moved with it by 0042's trigger), the year in the keys of the four tables.
CREATE TABLE "form_keys" (
	"region_code" text NOT NULL,
	"id" uuid NOT NULL,
	CONSTRAINT "form_keys_pkey" PRIMARY KEY("region_code","id")
);
--> statement-breakpoint
INSERT INTO "form_keys" ("region_code", "id") SELECT "region_code", "id" FROM "forms";
--> statement-breakpoint
ALTER TABLE "approvals" DROP CONSTRAINT "approvals_form_fk";
--> statement-breakpoint
ALTER TABLE "form_goals" DROP CONSTRAINT "form_goals_form_fk";
--> statement-breakpoint
ALTER TABLE "form_versions" DROP CONSTRAINT "form_versions_form_fk";
--> statement-breakpoint
ALTER TABLE "indicators" DROP CONSTRAINT "indicators_form_fk";
--> statement-breakpoint
ALTER TABLE "review_comments" DROP CONSTRAINT "review_comments_form_fk";
--> statement-breakpoint
ALTER TABLE "transitions" DROP CONSTRAINT "transitions_form_fk";
--> statement-breakpoint
ALTER TABLE "monitoring_entries" DROP CONSTRAINT "monitoring_entries_form_fk";
--> statement-breakpoint
ALTER TABLE "self_evaluations" DROP CONSTRAINT "self_evaluations_form_fk";
--> statement-breakpoint
ALTER TABLE "form_findings" DROP CONSTRAINT "form_findings_form_fk";
--> statement-breakpoint
ALTER TABLE "public_form_pages" DROP CONSTRAINT "public_form_pages_form_fk";
--> statement-breakpoint
UPDATE "forms" SET "year" = 0 WHERE "year" IS NULL;--> statement-breakpoint
ALTER TABLE "forms" ALTER COLUMN "year" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "forms" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "form_goals" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "form_goals" c SET "year" = f."year" FROM "forms" f WHERE f."region_code" = c."region_code" AND f."id" = c."form_id";--> statement-breakpoint
ALTER TABLE "form_goals" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "form_versions" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "form_versions" c SET "year" = f."year" FROM "forms" f WHERE f."region_code" = c."region_code" AND f."id" = c."form_id";--> statement-breakpoint
ALTER TABLE "form_versions" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "indicators" c SET "year" = f."year" FROM "forms" f WHERE f."region_code" = c."region_code" AND f."id" = c."form_id";--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "form_goals" DROP CONSTRAINT "form_goals_form_id_position_pk";
--> statement-breakpoint
ALTER TABLE "form_goals" ADD CONSTRAINT "form_goals_form_id_position_pk" PRIMARY KEY("region_code","form_id","position","year");--> statement-breakpoint
ALTER TABLE "form_versions" DROP CONSTRAINT "form_versions_form_id_version_pk";
--> statement-breakpoint
ALTER TABLE "form_versions" ADD CONSTRAINT "form_versions_form_id_version_pk" PRIMARY KEY("region_code","form_id","version","year");--> statement-breakpoint
ALTER TABLE "forms" DROP CONSTRAINT "forms_pkey";
--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_pkey" PRIMARY KEY("region_code","id","year");--> statement-breakpoint
ALTER TABLE "indicators" DROP CONSTRAINT "indicators_pkey";
--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_pkey" PRIMARY KEY("region_code","id","year");--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_goals" ADD CONSTRAINT "form_goals_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_versions" ADD CONSTRAINT "form_versions_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_key_fk" FOREIGN KEY ("region_code","id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transitions" ADD CONSTRAINT "transitions_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD CONSTRAINT "monitoring_entries_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD CONSTRAINT "self_evaluations_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_findings" ADD CONSTRAINT "form_findings_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_form_pages" ADD CONSTRAINT "public_form_pages_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."form_keys"("region_code","id") ON DELETE cascade ON UPDATE no action;
