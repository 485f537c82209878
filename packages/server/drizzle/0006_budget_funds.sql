CREATE TABLE "budget_unit_income" (
	"budget_id" uuid NOT NULL,
	"unit_code" text NOT NULL,
	"source" text NOT NULL,
	"amount" numeric(18, 4) DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_units" (
	"budget_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ADD COLUMN "fund" text DEFAULT 'general' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ADD COLUMN "unit_code" text;--> statement-breakpoint
ALTER TABLE "budgets" ADD COLUMN "assets_general_equipment" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "budgets" ADD COLUMN "assets_special_equipment" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "budgets" ADD COLUMN "carry_over_other" numeric(18, 4) DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "budget_unit_income" ADD CONSTRAINT "budget_unit_income_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_units" ADD CONSTRAINT "budget_units_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_unit_income_source" ON "budget_unit_income" USING btree ("budget_id","unit_code","source");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_units_code" ON "budget_units" USING btree ("budget_id","code");