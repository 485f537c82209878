-- Every tenant table carries its region's 财政区划代码 (region_code), the distribution column on Citus
-- (src/db/distribution.ts); primary, unique and foreign keys between tenant tables include it. Existing rows
-- take the region of their organisation: an organisation takes its root's code when that is a six-digit
-- 区划代码, else '000000' (unassigned).
ALTER TABLE "approvals" DROP CONSTRAINT "approvals_form_id_forms_id_fk";
--> statement-breakpoint
ALTER TABLE "form_goals" DROP CONSTRAINT "form_goals_form_id_forms_id_fk";
--> statement-breakpoint
ALTER TABLE "form_versions" DROP CONSTRAINT "form_versions_form_id_forms_id_fk";
--> statement-breakpoint
ALTER TABLE "forms" DROP CONSTRAINT "forms_source_file_id_files_id_fk";
--> statement-breakpoint
ALTER TABLE "indicators" DROP CONSTRAINT "indicators_form_id_forms_id_fk";
--> statement-breakpoint
ALTER TABLE "review_comments" DROP CONSTRAINT "review_comments_form_id_forms_id_fk";
--> statement-breakpoint
ALTER TABLE "review_comments" DROP CONSTRAINT "review_comments_transition_id_transitions_id_fk";
--> statement-breakpoint
ALTER TABLE "transitions" DROP CONSTRAINT "transitions_form_id_forms_id_fk";
--> statement-breakpoint
ALTER TABLE "monitoring_entries" DROP CONSTRAINT "monitoring_entries_round_id_monitoring_rounds_id_fk";
--> statement-breakpoint
ALTER TABLE "monitoring_entries" DROP CONSTRAINT "monitoring_entries_form_id_forms_id_fk";
--> statement-breakpoint
ALTER TABLE "self_evaluations" DROP CONSTRAINT "self_evaluations_form_id_forms_id_fk";
--> statement-breakpoint
ALTER TABLE "budget_disclosures" DROP CONSTRAINT "budget_disclosures_budget_id_budgets_id_fk";
--> statement-breakpoint
ALTER TABLE "budget_economic_lines" DROP CONSTRAINT "budget_economic_lines_budget_id_budgets_id_fk";
--> statement-breakpoint
ALTER TABLE "budget_functional_lines" DROP CONSTRAINT "budget_functional_lines_budget_id_budgets_id_fk";
--> statement-breakpoint
ALTER TABLE "budget_income" DROP CONSTRAINT "budget_income_budget_id_budgets_id_fk";
--> statement-breakpoint
ALTER TABLE "budget_projects" DROP CONSTRAINT "budget_projects_budget_id_budgets_id_fk";
--> statement-breakpoint
ALTER TABLE "budget_unit_income" DROP CONSTRAINT "budget_unit_income_budget_id_budgets_id_fk";
--> statement-breakpoint
ALTER TABLE "budget_units" DROP CONSTRAINT "budget_units_budget_id_budgets_id_fk";
--> statement-breakpoint
ALTER TABLE "imported_evaluations" DROP CONSTRAINT "imported_evaluations_file_id_files_id_fk";
--> statement-breakpoint
ALTER TABLE "check_batch_documents" DROP CONSTRAINT "check_batch_documents_batch_id_check_batches_id_fk";
--> statement-breakpoint
ALTER TABLE "check_batch_findings" DROP CONSTRAINT "check_batch_findings_batch_id_check_batches_id_fk";
--> statement-breakpoint
ALTER TABLE "check_batch_findings" DROP CONSTRAINT "check_batch_findings_document_id_check_batch_documents_id_fk";
--> statement-breakpoint
ALTER TABLE "form_findings" DROP CONSTRAINT "form_findings_form_id_forms_id_fk";
--> statement-breakpoint
DROP INDEX "monitoring_entries_round_form";
--> statement-breakpoint
DROP INDEX "monitoring_rounds_year";
--> statement-breakpoint
DROP INDEX "monitoring_rounds_period";
--> statement-breakpoint
DROP INDEX "self_evaluations_form_year";
--> statement-breakpoint
DROP INDEX "budget_disclosures_org_year";
--> statement-breakpoint
DROP INDEX "budget_income_source";
--> statement-breakpoint
DROP INDEX "budget_publications_version";
--> statement-breakpoint
DROP INDEX "budget_publications_generation";
--> statement-breakpoint
DROP INDEX "budget_publications_year";
--> statement-breakpoint
DROP INDEX "budget_unit_income_source";
--> statement-breakpoint
DROP INDEX "budget_units_code";
--> statement-breakpoint
DROP INDEX "budgets_org_year";
--> statement-breakpoint
DROP INDEX "layout_mappings_org_label";
--> statement-breakpoint
ALTER TABLE "approvals" DROP CONSTRAINT "approvals_pkey";
--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_pkey";
--> statement-breakpoint
ALTER TABLE "files" DROP CONSTRAINT "files_pkey";
--> statement-breakpoint
ALTER TABLE "forms" DROP CONSTRAINT "forms_pkey";
--> statement-breakpoint
ALTER TABLE "indicators" DROP CONSTRAINT "indicators_pkey";
--> statement-breakpoint
ALTER TABLE "review_comments" DROP CONSTRAINT "review_comments_pkey";
--> statement-breakpoint
ALTER TABLE "transitions" DROP CONSTRAINT "transitions_pkey";
--> statement-breakpoint
ALTER TABLE "evaluation_transitions" DROP CONSTRAINT "evaluation_transitions_pkey";
--> statement-breakpoint
ALTER TABLE "monitoring_entries" DROP CONSTRAINT "monitoring_entries_pkey";
--> statement-breakpoint
ALTER TABLE "monitoring_rounds" DROP CONSTRAINT "monitoring_rounds_pkey";
--> statement-breakpoint
ALTER TABLE "self_evaluations" DROP CONSTRAINT "self_evaluations_pkey";
--> statement-breakpoint
ALTER TABLE "budget_disclosures" DROP CONSTRAINT "budget_disclosures_pkey";
--> statement-breakpoint
ALTER TABLE "budget_economic_lines" DROP CONSTRAINT "budget_economic_lines_pkey";
--> statement-breakpoint
ALTER TABLE "budget_functional_lines" DROP CONSTRAINT "budget_functional_lines_pkey";
--> statement-breakpoint
ALTER TABLE "budget_projects" DROP CONSTRAINT "budget_projects_pkey";
--> statement-breakpoint
ALTER TABLE "budget_publications" DROP CONSTRAINT "budget_publications_pkey";
--> statement-breakpoint
ALTER TABLE "budgets" DROP CONSTRAINT "budgets_pkey";
--> statement-breakpoint
ALTER TABLE "reminders" DROP CONSTRAINT "reminders_pkey";
--> statement-breakpoint
ALTER TABLE "layout_mappings" DROP CONSTRAINT "layout_mappings_pkey";
--> statement-breakpoint
ALTER TABLE "imported_evaluations" DROP CONSTRAINT "imported_evaluations_pkey";
--> statement-breakpoint
ALTER TABLE "check_batch_documents" DROP CONSTRAINT "check_batch_documents_pkey";
--> statement-breakpoint
ALTER TABLE "check_batch_findings" DROP CONSTRAINT "check_batch_findings_pkey";
--> statement-breakpoint
ALTER TABLE "check_batches" DROP CONSTRAINT "check_batches_pkey";
--> statement-breakpoint
ALTER TABLE "form_findings" DROP CONSTRAINT "form_findings_pkey";
--> statement-breakpoint
ALTER TABLE "form_goals" DROP CONSTRAINT "form_goals_form_id_position_pk";
--> statement-breakpoint
ALTER TABLE "form_versions" DROP CONSTRAINT "form_versions_form_id_version_pk";
--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "form_goals" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "form_versions" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "forms" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "review_comments" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "transitions" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "evaluation_transitions" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "budget_disclosures" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "budget_income" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "budget_projects" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "budget_publications" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "budget_unit_income" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "budget_units" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "budgets" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "reminders" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "layout_mappings" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "imported_evaluations" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "check_batch_documents" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "check_batch_findings" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "check_batches" ADD COLUMN "region_code" text;
--> statement-breakpoint
ALTER TABLE "form_findings" ADD COLUMN "region_code" text;
--> statement-breakpoint
UPDATE "orgs" AS o SET "region_code" = coalesce(
  (SELECT r."code" FROM "orgs" AS r
    WHERE r."parent_id" IS NULL AND o."path" LIKE '/' || r."id" || '/%' AND r."code" ~ '^[0-9]{6}$'),
  '000000');
--> statement-breakpoint
UPDATE "files" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "forms" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "monitoring_entries" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "self_evaluations" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "budgets" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "budget_disclosures" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "budget_publications" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "reminders" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "layout_mappings" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "imported_evaluations" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "check_batches" AS x SET "region_code" = o."region_code" FROM "orgs" AS o WHERE o."id" = x."org_id";
--> statement-breakpoint
UPDATE "form_goals" AS x SET "region_code" = f."region_code" FROM "forms" AS f WHERE f."id" = x."form_id";
--> statement-breakpoint
UPDATE "indicators" AS x SET "region_code" = f."region_code" FROM "forms" AS f WHERE f."id" = x."form_id";
--> statement-breakpoint
UPDATE "form_versions" AS x SET "region_code" = f."region_code" FROM "forms" AS f WHERE f."id" = x."form_id";
--> statement-breakpoint
UPDATE "transitions" AS x SET "region_code" = f."region_code" FROM "forms" AS f WHERE f."id" = x."form_id";
--> statement-breakpoint
UPDATE "review_comments" AS x SET "region_code" = f."region_code" FROM "forms" AS f WHERE f."id" = x."form_id";
--> statement-breakpoint
UPDATE "approvals" AS x SET "region_code" = f."region_code" FROM "forms" AS f WHERE f."id" = x."form_id";
--> statement-breakpoint
UPDATE "form_findings" AS x SET "region_code" = f."region_code" FROM "forms" AS f WHERE f."id" = x."form_id";
--> statement-breakpoint
UPDATE "budget_income" AS x SET "region_code" = b."region_code" FROM "budgets" AS b WHERE b."id" = x."budget_id";
--> statement-breakpoint
UPDATE "budget_functional_lines" AS x SET "region_code" = b."region_code" FROM "budgets" AS b WHERE b."id" = x."budget_id";
--> statement-breakpoint
UPDATE "budget_economic_lines" AS x SET "region_code" = b."region_code" FROM "budgets" AS b WHERE b."id" = x."budget_id";
--> statement-breakpoint
UPDATE "budget_units" AS x SET "region_code" = b."region_code" FROM "budgets" AS b WHERE b."id" = x."budget_id";
--> statement-breakpoint
UPDATE "budget_unit_income" AS x SET "region_code" = b."region_code" FROM "budgets" AS b WHERE b."id" = x."budget_id";
--> statement-breakpoint
UPDATE "budget_projects" AS x SET "region_code" = b."region_code" FROM "budgets" AS b WHERE b."id" = x."budget_id";
--> statement-breakpoint
UPDATE "check_batch_documents" AS x SET "region_code" = b."region_code" FROM "check_batches" AS b WHERE b."id" = x."batch_id";
--> statement-breakpoint
UPDATE "check_batch_findings" AS x SET "region_code" = b."region_code" FROM "check_batches" AS b WHERE b."id" = x."batch_id";
--> statement-breakpoint
UPDATE "monitoring_rounds" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000');
--> statement-breakpoint
UPDATE "evaluation_transitions" AS x SET "region_code" = coalesce(
  (SELECT r."region_code" FROM "monitoring_rounds" AS r WHERE r."id" = x."entity_id"),
  (SELECT e."region_code" FROM "monitoring_entries" AS e WHERE e."id" = x."entity_id"),
  (SELECT s."region_code" FROM "self_evaluations" AS s WHERE s."id" = x."entity_id"));
--> statement-breakpoint
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_no_update";
--> statement-breakpoint
UPDATE "audit_log" AS x SET "region_code" = o."region_code" FROM "users" AS u, "orgs" AS o
  WHERE u."id" = x."actor_id" AND o."id" = u."org_id";
--> statement-breakpoint
UPDATE "approvals" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "audit_log" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "files" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "form_goals" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "form_versions" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "forms" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "indicators" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "review_comments" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "transitions" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "evaluation_transitions" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "monitoring_entries" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "monitoring_rounds" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "self_evaluations" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "budget_disclosures" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "budget_economic_lines" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "budget_functional_lines" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "budget_income" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "budget_projects" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "budget_publications" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "budget_unit_income" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "budget_units" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "budgets" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "reminders" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "layout_mappings" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "imported_evaluations" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "check_batch_documents" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "check_batch_findings" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "check_batches" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
UPDATE "form_findings" SET "region_code" = coalesce((SELECT "region_code" FROM "orgs" WHERE "parent_id" IS NULL ORDER BY "created_at" LIMIT 1), '000000') WHERE "region_code" IS NULL;
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_no_update";
--> statement-breakpoint
ALTER TABLE "approvals" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "files" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "form_goals" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "form_versions" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "forms" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "indicators" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "orgs" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "review_comments" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "transitions" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "evaluation_transitions" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "monitoring_entries" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "self_evaluations" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "budget_disclosures" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "budget_income" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "budget_projects" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "budget_publications" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "budget_unit_income" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "budget_units" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "budgets" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "reminders" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "layout_mappings" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "imported_evaluations" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "check_batch_documents" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "check_batch_findings" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "check_batches" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "form_findings" ALTER COLUMN "region_code" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "transitions" ADD CONSTRAINT "transitions_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "evaluation_transitions" ADD CONSTRAINT "evaluation_transitions_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD CONSTRAINT "monitoring_entries_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ADD CONSTRAINT "monitoring_rounds_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD CONSTRAINT "self_evaluations_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "budget_disclosures" ADD CONSTRAINT "budget_disclosures_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ADD CONSTRAINT "budget_economic_lines_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ADD CONSTRAINT "budget_functional_lines_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "budget_publications" ADD CONSTRAINT "budget_publications_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "budgets" ADD CONSTRAINT "budgets_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "reminders" ADD CONSTRAINT "reminders_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "layout_mappings" ADD CONSTRAINT "layout_mappings_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "imported_evaluations" ADD CONSTRAINT "imported_evaluations_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "check_batch_documents" ADD CONSTRAINT "check_batch_documents_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "check_batch_findings" ADD CONSTRAINT "check_batch_findings_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "check_batches" ADD CONSTRAINT "check_batches_pkey" PRIMARY KEY("region_code","id");
--> statement-breakpoint
ALTER TABLE "form_findings" ADD CONSTRAINT "form_findings_pkey" PRIMARY KEY("region_code","form_id");
--> statement-breakpoint
ALTER TABLE "form_goals" ADD CONSTRAINT "form_goals_form_id_position_pk" PRIMARY KEY("region_code","form_id","position");
--> statement-breakpoint
ALTER TABLE "form_versions" ADD CONSTRAINT "form_versions_form_id_version_pk" PRIMARY KEY("region_code","form_id","version");
--> statement-breakpoint
ALTER TABLE "approvals" ADD CONSTRAINT "approvals_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "form_goals" ADD CONSTRAINT "form_goals_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "form_versions" ADD CONSTRAINT "form_versions_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "forms" ADD CONSTRAINT "forms_source_file_fk" FOREIGN KEY ("region_code","source_file_id") REFERENCES "public"."files"("region_code","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_transition_fk" FOREIGN KEY ("region_code","transition_id") REFERENCES "public"."transitions"("region_code","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "transitions" ADD CONSTRAINT "transitions_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD CONSTRAINT "monitoring_entries_round_fk" FOREIGN KEY ("region_code","round_id") REFERENCES "public"."monitoring_rounds"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD CONSTRAINT "monitoring_entries_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD CONSTRAINT "self_evaluations_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_disclosures" ADD CONSTRAINT "budget_disclosures_budget_fk" FOREIGN KEY ("region_code","budget_id") REFERENCES "public"."budgets"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_economic_lines" ADD CONSTRAINT "budget_economic_lines_budget_fk" FOREIGN KEY ("region_code","budget_id") REFERENCES "public"."budgets"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_functional_lines" ADD CONSTRAINT "budget_functional_lines_budget_fk" FOREIGN KEY ("region_code","budget_id") REFERENCES "public"."budgets"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_income" ADD CONSTRAINT "budget_income_budget_fk" FOREIGN KEY ("region_code","budget_id") REFERENCES "public"."budgets"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_projects" ADD CONSTRAINT "budget_projects_budget_fk" FOREIGN KEY ("region_code","budget_id") REFERENCES "public"."budgets"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_unit_income" ADD CONSTRAINT "budget_unit_income_budget_fk" FOREIGN KEY ("region_code","budget_id") REFERENCES "public"."budgets"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "budget_units" ADD CONSTRAINT "budget_units_budget_fk" FOREIGN KEY ("region_code","budget_id") REFERENCES "public"."budgets"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "imported_evaluations" ADD CONSTRAINT "imported_evaluations_file_fk" FOREIGN KEY ("region_code","file_id") REFERENCES "public"."files"("region_code","id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "check_batch_documents" ADD CONSTRAINT "check_batch_documents_batch_fk" FOREIGN KEY ("region_code","batch_id") REFERENCES "public"."check_batches"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "check_batch_findings" ADD CONSTRAINT "check_batch_findings_batch_fk" FOREIGN KEY ("region_code","batch_id") REFERENCES "public"."check_batches"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "check_batch_findings" ADD CONSTRAINT "check_batch_findings_document_fk" FOREIGN KEY ("region_code","document_id") REFERENCES "public"."check_batch_documents"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "form_findings" ADD CONSTRAINT "form_findings_form_fk" FOREIGN KEY ("region_code","form_id") REFERENCES "public"."forms"("region_code","id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "forms_region_year" ON "forms" USING btree ("region_code","year");
--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_entries_round_form" ON "monitoring_entries" USING btree ("region_code","round_id","form_id");
--> statement-breakpoint
CREATE INDEX "monitoring_rounds_year" ON "monitoring_rounds" USING btree ("region_code","year");
--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_rounds_period" ON "monitoring_rounds" USING btree ("region_code","year","month") WHERE "monitoring_rounds"."duplicate_of" is null;
--> statement-breakpoint
CREATE UNIQUE INDEX "self_evaluations_form_year" ON "self_evaluations" USING btree ("region_code","form_id","year");
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_disclosures_org_year" ON "budget_disclosures" USING btree ("region_code","org_id","year");
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_income_source" ON "budget_income" USING btree ("region_code","budget_id","source");
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_publications_version" ON "budget_publications" USING btree ("region_code","org_id","year","version");
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_publications_generation" ON "budget_publications" USING btree ("region_code","org_id","year","generation");
--> statement-breakpoint
CREATE INDEX "budget_publications_year" ON "budget_publications" USING btree ("region_code","year");
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_unit_income_source" ON "budget_unit_income" USING btree ("region_code","budget_id","unit_code","source");
--> statement-breakpoint
CREATE UNIQUE INDEX "budget_units_code" ON "budget_units" USING btree ("region_code","budget_id","code");
--> statement-breakpoint
CREATE UNIQUE INDEX "budgets_org_year" ON "budgets" USING btree ("region_code","org_id","year");
--> statement-breakpoint
CREATE UNIQUE INDEX "layout_mappings_org_label" ON "layout_mappings" USING btree ("region_code","org_id","label");
