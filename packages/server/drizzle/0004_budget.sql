CREATE TABLE "budget_disclosures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'generated' NOT NULL,
	"content" jsonb NOT NULL,
	"findings" jsonb NOT NULL,
	"budget_version" integer NOT NULL,
	"generated_by" uuid,
	"generated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "budget_economic_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"gov_code" text,
	"basic" numeric(18, 4) DEFAULT '0' NOT NULL,
	"project" numeric(18, 4) DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_functional_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"fund" text DEFAULT 'general' NOT NULL,
	"wages" numeric(18, 4) DEFAULT '0' NOT NULL,
	"goods" numeric(18, 4) DEFAULT '0' NOT NULL,
	"family" numeric(18, 4) DEFAULT '0' NOT NULL,
	"capital" numeric(18, 4) DEFAULT '0' NOT NULL,
	"regular" numeric(18, 4) DEFAULT '0' NOT NULL,
	"policy" numeric(18, 4) DEFAULT '0' NOT NULL,
	"one_off" numeric(18, 4) DEFAULT '0' NOT NULL,
	"other_project" numeric(18, 4) DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_income" (
	"budget_id" uuid NOT NULL,
	"source" text NOT NULL,
	"amount" numeric(18, 4) DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "budget_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"budget_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"amount" numeric(18, 4) DEFAULT '0' NOT NULL,
	"purpose" text
);
--> statement-breakpoint
CREATE TABLE "budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"department" text NOT NULL,
	"department_code" text,
	"unit_code" text,
	"approved_on" date,
	"three_public_abroad" numeric(18, 4) DEFAULT '0' NOT NULL,
	"three_public_vehicle_purchase" numeric(18, 4) DEFAULT '0' NOT NULL,
	"three_public_vehicle_operation" numeric(18, 4) DEFAULT '0' NOT NULL,
	"three_public_reception" numeric(18, 4) DEFAULT '0' NOT NULL,
	"operating_costs" numeric(18, 4) DEFAULT '0' NOT NULL,
	"procurement_goods" numeric(18, 4) DEFAULT '0' NOT NULL,
	"procurement_works" numeric(18, 4) DEFAULT '0' NOT NULL,
	"procurement_services" numeric(18, 4) DEFAULT '0' NOT NULL,
	"vehicles_general" integer DEFAULT 0 NOT NULL,
	"vehicles_enforcement" integer DEFAULT 0 NOT NULL,
	"vehicles_special" integer DEFAULT 0 NOT NULL,
	"last_total" numeric(18, 4),
	"last_general_public" numeric(18, 4),
	"last_basic" numeric(18, 4),
	"last_project" numeric(18, 4),
	"last_public_funds" numeric(18, 4),
	"last_three_public_abroad" numeric(18, 4),
	"last_three_public_vehicle_purchase" numeric(18, 4),
	"last_three_public_vehicle_operation" numeric(18, 4),
	"last_three_public_reception" numeric(18, 4),
	"profile" text DEFAULT '' NOT NULL,
	"tasks" text DEFAULT '' NOT NULL,
	"three_public_scope" text DEFAULT '' NOT NULL,
	"reasons" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_disclosures" ADD CONSTRAINT "budget_disclosures_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_disclosures" ADD CONSTRAINT "budget_disclosures_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_disclosures" ADD CONSTRAINT "budget_disclosures_generated_by_users_id_fk" FOREIGN KEY ("generated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_disclosures" ADD CONSTRAINT "budget_disclosures_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ADD CONSTRAINT "budget_economic_lines_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ADD CONSTRAINT "budget_functional_lines_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_income" ADD CONSTRAINT "budget_income_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_budget_id_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."budgets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "budget_disclosures_org_year" ON "budget_disclosures" USING btree ("org_id","year");--> statement-breakpoint
CREATE INDEX "budget_disclosures_status" ON "budget_disclosures" USING btree ("status");--> statement-breakpoint
CREATE INDEX "budget_economic_budget" ON "budget_economic_lines" USING btree ("budget_id","position");--> statement-breakpoint
CREATE INDEX "budget_functional_budget" ON "budget_functional_lines" USING btree ("budget_id","position");--> statement-breakpoint
CREATE INDEX "budget_functional_code" ON "budget_functional_lines" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "budget_income_source" ON "budget_income" USING btree ("budget_id","source");--> statement-breakpoint
CREATE INDEX "budget_projects_budget" ON "budget_projects" USING btree ("budget_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_org_year" ON "budgets" USING btree ("org_id","year");