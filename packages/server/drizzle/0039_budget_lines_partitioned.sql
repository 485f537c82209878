-- The budget lines partitioned by year as 0035 did self_evaluations (docs/scale.md): each of the six line
-- tables renamed, made again PARTITION BY LIST (year) with the same columns in the same order, its
-- partitions (the years held and the fiscal years opened, and DEFAULT), the rows copied, the old table
-- dropped, then its keys, foreign key to the budget and indexes under their names. No triggers, and nothing
-- refers to a line.
ALTER TABLE budget_income RENAME TO budget_income_unpartitioned;
--> statement-breakpoint
CREATE TABLE budget_income (LIKE budget_income_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE budget_income_default PARTITION OF budget_income DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('budget_income', y)
FROM (SELECT DISTINCT year AS y FROM budget_income_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO budget_income SELECT * FROM budget_income_unpartitioned;
--> statement-breakpoint
DROP TABLE budget_income_unpartitioned;
--> statement-breakpoint
ALTER TABLE budget_income ADD CONSTRAINT budget_income_budget_fk FOREIGN KEY (region_code, budget_id, year)
  REFERENCES budgets (region_code, id, year) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE UNIQUE INDEX budget_income_source ON budget_income USING btree (region_code, budget_id, source, year);
--> statement-breakpoint
ALTER TABLE budget_functional_lines RENAME TO budget_functional_lines_unpartitioned;
--> statement-breakpoint
CREATE TABLE budget_functional_lines (LIKE budget_functional_lines_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE budget_functional_lines_default PARTITION OF budget_functional_lines DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('budget_functional_lines', y)
FROM (SELECT DISTINCT year AS y FROM budget_functional_lines_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO budget_functional_lines SELECT * FROM budget_functional_lines_unpartitioned;
--> statement-breakpoint
DROP TABLE budget_functional_lines_unpartitioned;
--> statement-breakpoint
ALTER TABLE budget_functional_lines ADD CONSTRAINT budget_functional_lines_pkey PRIMARY KEY (region_code, id, year);
--> statement-breakpoint
ALTER TABLE budget_functional_lines ADD CONSTRAINT budget_functional_lines_budget_fk FOREIGN KEY (region_code, budget_id, year)
  REFERENCES budgets (region_code, id, year) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE INDEX budget_functional_budget ON budget_functional_lines USING btree (budget_id, "position");
--> statement-breakpoint
CREATE INDEX budget_functional_code ON budget_functional_lines USING btree (code);
--> statement-breakpoint
ALTER TABLE budget_economic_lines RENAME TO budget_economic_lines_unpartitioned;
--> statement-breakpoint
CREATE TABLE budget_economic_lines (LIKE budget_economic_lines_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE budget_economic_lines_default PARTITION OF budget_economic_lines DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('budget_economic_lines', y)
FROM (SELECT DISTINCT year AS y FROM budget_economic_lines_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO budget_economic_lines SELECT * FROM budget_economic_lines_unpartitioned;
--> statement-breakpoint
DROP TABLE budget_economic_lines_unpartitioned;
--> statement-breakpoint
ALTER TABLE budget_economic_lines ADD CONSTRAINT budget_economic_lines_pkey PRIMARY KEY (region_code, id, year);
--> statement-breakpoint
ALTER TABLE budget_economic_lines ADD CONSTRAINT budget_economic_lines_budget_fk FOREIGN KEY (region_code, budget_id, year)
  REFERENCES budgets (region_code, id, year) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE INDEX budget_economic_budget ON budget_economic_lines USING btree (budget_id, "position");
--> statement-breakpoint
ALTER TABLE budget_units RENAME TO budget_units_unpartitioned;
--> statement-breakpoint
CREATE TABLE budget_units (LIKE budget_units_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE budget_units_default PARTITION OF budget_units DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('budget_units', y)
FROM (SELECT DISTINCT year AS y FROM budget_units_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO budget_units SELECT * FROM budget_units_unpartitioned;
--> statement-breakpoint
DROP TABLE budget_units_unpartitioned;
--> statement-breakpoint
ALTER TABLE budget_units ADD CONSTRAINT budget_units_budget_fk FOREIGN KEY (region_code, budget_id, year)
  REFERENCES budgets (region_code, id, year) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE UNIQUE INDEX budget_units_code ON budget_units USING btree (region_code, budget_id, code, year);
--> statement-breakpoint
ALTER TABLE budget_unit_income RENAME TO budget_unit_income_unpartitioned;
--> statement-breakpoint
CREATE TABLE budget_unit_income (LIKE budget_unit_income_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE budget_unit_income_default PARTITION OF budget_unit_income DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('budget_unit_income', y)
FROM (SELECT DISTINCT year AS y FROM budget_unit_income_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO budget_unit_income SELECT * FROM budget_unit_income_unpartitioned;
--> statement-breakpoint
DROP TABLE budget_unit_income_unpartitioned;
--> statement-breakpoint
ALTER TABLE budget_unit_income ADD CONSTRAINT budget_unit_income_budget_fk FOREIGN KEY (region_code, budget_id, year)
  REFERENCES budgets (region_code, id, year) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE UNIQUE INDEX budget_unit_income_source ON budget_unit_income USING btree (region_code, budget_id, unit_code, source, year);
--> statement-breakpoint
ALTER TABLE budget_projects RENAME TO budget_projects_unpartitioned;
--> statement-breakpoint
CREATE TABLE budget_projects (LIKE budget_projects_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE budget_projects_default PARTITION OF budget_projects DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('budget_projects', y)
FROM (SELECT DISTINCT year AS y FROM budget_projects_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO budget_projects SELECT * FROM budget_projects_unpartitioned;
--> statement-breakpoint
DROP TABLE budget_projects_unpartitioned;
--> statement-breakpoint
ALTER TABLE budget_projects ADD CONSTRAINT budget_projects_pkey PRIMARY KEY (region_code, id, year);
--> statement-breakpoint
ALTER TABLE budget_projects ADD CONSTRAINT budget_projects_budget_fk FOREIGN KEY (region_code, budget_id, year)
  REFERENCES budgets (region_code, id, year) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE INDEX budget_projects_budget ON budget_projects USING btree (budget_id, "position");
