-- Each budget line carries its budget's year (what 0039 partitions the line tables by): filled from the
-- budget, then kept equal by the foreign key to (region_code, id, year) of the budget.
ALTER TABLE "budget_economic_lines" DROP CONSTRAINT "budget_economic_lines_budget_fk";
--> statement-breakpoint
ALTER TABLE "budget_functional_lines" DROP CONSTRAINT "budget_functional_lines_budget_fk";
--> statement-breakpoint
ALTER TABLE "budget_income" DROP CONSTRAINT "budget_income_budget_fk";
--> statement-breakpoint
ALTER TABLE "budget_projects" DROP CONSTRAINT "budget_projects_budget_fk";
--> statement-breakpoint
ALTER TABLE "budget_unit_income" DROP CONSTRAINT "budget_unit_income_budget_fk";
--> statement-breakpoint
ALTER TABLE "budget_units" DROP CONSTRAINT "budget_units_budget_fk";
--> statement-breakpoint
DROP INDEX "budget_income_source";--> statement-breakpoint
DROP INDEX "budget_unit_income_source";--> statement-breakpoint
DROP INDEX "budget_units_code";--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "budget_economic_lines" l SET "year" = b."year" FROM "budgets" b WHERE b."region_code" = l."region_code" AND b."id" = l."budget_id";--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "budget_functional_lines" l SET "year" = b."year" FROM "budgets" b WHERE b."region_code" = l."region_code" AND b."id" = l."budget_id";--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_income" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "budget_income" l SET "year" = b."year" FROM "budgets" b WHERE b."region_code" = l."region_code" AND b."id" = l."budget_id";--> statement-breakpoint
ALTER TABLE "budget_income" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_projects" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "budget_projects" l SET "year" = b."year" FROM "budgets" b WHERE b."region_code" = l."region_code" AND b."id" = l."budget_id";--> statement-breakpoint
ALTER TABLE "budget_projects" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_unit_income" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "budget_unit_income" l SET "year" = b."year" FROM "budgets" b WHERE b."region_code" = l."region_code" AND b."id" = l."budget_id";--> statement-breakpoint
ALTER TABLE "budget_unit_income" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_units" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "budget_units" l SET "year" = b."year" FROM "budgets" b WHERE b."region_code" = l."region_code" AND b."id" = l."budget_id";--> statement-breakpoint
ALTER TABLE "budget_units" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_id_year" ON "budgets" USING btree ("region_code","id","year");--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ADD CONSTRAINT "budget_economic_lines_budget_fk" FOREIGN KEY ("region_code","budget_id","year") REFERENCES "public"."budgets"("region_code","id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ADD CONSTRAINT "budget_functional_lines_budget_fk" FOREIGN KEY ("region_code","budget_id","year") REFERENCES "public"."budgets"("region_code","id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_income" ADD CONSTRAINT "budget_income_budget_fk" FOREIGN KEY ("region_code","budget_id","year") REFERENCES "public"."budgets"("region_code","id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_budget_fk" FOREIGN KEY ("region_code","budget_id","year") REFERENCES "public"."budgets"("region_code","id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_unit_income" ADD CONSTRAINT "budget_unit_income_budget_fk" FOREIGN KEY ("region_code","budget_id","year") REFERENCES "public"."budgets"("region_code","id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_units" ADD CONSTRAINT "budget_units_budget_fk" FOREIGN KEY ("region_code","budget_id","year") REFERENCES "public"."budgets"("region_code","id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_income_source" ON "budget_income" USING btree ("region_code","budget_id","source","year");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_unit_income_source" ON "budget_unit_income" USING btree ("region_code","budget_id","unit_code","source","year");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_units_code" ON "budget_units" USING btree ("region_code","budget_id","code","year");--> statement-breakpoint
ALTER TABLE "budget_economic_lines" DROP CONSTRAINT "budget_economic_lines_pkey";
--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ADD CONSTRAINT "budget_economic_lines_pkey" PRIMARY KEY("region_code","id","year");--> statement-breakpoint
ALTER TABLE "budget_functional_lines" DROP CONSTRAINT "budget_functional_lines_pkey";
--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ADD CONSTRAINT "budget_functional_lines_pkey" PRIMARY KEY("region_code","id","year");--> statement-breakpoint
ALTER TABLE "budget_projects" DROP CONSTRAINT "budget_projects_pkey";
--> statement-breakpoint
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_pkey" PRIMARY KEY("region_code","id","year");