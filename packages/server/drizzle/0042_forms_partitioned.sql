-- forms, form_goals, indicators and form_versions partitioned by the form's year as 0035 did
-- self_evaluations (docs/scale.md, "Forms by year"): 0041 gave each the year in its keys, a form without a
-- year the year 0 (NO_YEAR, in DEFAULT), and every table that refers to a form a key of the form's own
-- (form_keys) to refer to. Year 0 and below never get a partition.
CREATE OR REPLACE FUNCTION jixiao_year_partition(parent text, y integer) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  part text := parent || '_y' || y;
  dflt text := parent || '_default';
BEGIN
  IF y <= 0 OR to_regclass(quote_ident(part)) IS NOT NULL THEN
    RETURN false;
  END IF;
  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', part, parent);
  IF to_regclass(quote_ident(dflt)) IS NOT NULL THEN
    PERFORM set_config('jixiao.moving_rows', 'on', true);
    EXECUTE format('WITH moved AS (DELETE FROM %I WHERE year = %s RETURNING *) INSERT INTO %I SELECT * FROM moved',
      dflt, y, part);
    PERFORM set_config('jixiao.moving_rows', 'off', true);
  END IF;
  EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I FOR VALUES IN (%s)', parent, part, y);
  RETURN true;
END $$;
--> statement-breakpoint
-- A form's key (form_keys) is written as the form is, whoever writes it (the server, a COPY, a restore); a
-- form written without a year (an older writer's null) takes NO_YEAR, which stays in DEFAULT as null did.
CREATE FUNCTION form_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.year := coalesce(NEW.year, 0);
  INSERT INTO form_keys (region_code, id) VALUES (NEW.region_code, NEW.id) ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- A form's year changed (the editor): its goals, indicators and versions take the new year, which moves them
-- to its partition. BEFORE UPDATE, since a form moved between partitions fires no AFTER UPDATE trigger (it is
-- a delete and an insert); the children are found under the old year, in its partition.
CREATE FUNCTION form_year_children() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.year := coalesce(NEW.year, 0);
  IF NEW.year <> OLD.year THEN
    UPDATE form_goals SET year = NEW.year WHERE region_code = OLD.region_code AND form_id = OLD.id AND year = OLD.year;
    UPDATE indicators SET year = NEW.year WHERE region_code = OLD.region_code AND form_id = OLD.id AND year = OLD.year;
    UPDATE form_versions SET year = NEW.year
      WHERE region_code = OLD.region_code AND form_id = OLD.id AND year = OLD.year;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- forms: renamed, made again partitioned with the same columns in the same order, its partitions (the years
-- held and the fiscal years opened, and DEFAULT), the rows copied, the old table dropped, then its keys,
-- foreign keys, indexes and triggers under their names.
ALTER TABLE forms RENAME TO forms_unpartitioned;
--> statement-breakpoint
CREATE TABLE forms (LIKE forms_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE forms_default PARTITION OF forms DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('forms', y)
FROM (SELECT DISTINCT year AS y FROM forms_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO forms SELECT * FROM forms_unpartitioned;
--> statement-breakpoint
DROP TABLE forms_unpartitioned;
--> statement-breakpoint
ALTER TABLE forms ADD CONSTRAINT forms_pkey PRIMARY KEY (region_code, id, year);
--> statement-breakpoint
ALTER TABLE forms ADD CONSTRAINT forms_key_fk FOREIGN KEY (region_code, id)
  REFERENCES form_keys (region_code, id) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE forms ADD CONSTRAINT forms_source_file_fk FOREIGN KEY (region_code, source_file_id)
  REFERENCES files (region_code, id) ON DELETE NO ACTION ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE forms ADD CONSTRAINT forms_org_id_orgs_id_fk FOREIGN KEY (org_id)
  REFERENCES orgs (id) ON DELETE NO ACTION ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE forms ADD CONSTRAINT forms_created_by_users_id_fk FOREIGN KEY (created_by)
  REFERENCES users (id) ON DELETE NO ACTION ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE INDEX forms_org_year ON forms USING btree (org_id, year);
--> statement-breakpoint
CREATE INDEX forms_id ON forms USING btree (id);
--> statement-breakpoint
CREATE INDEX forms_region_year ON forms USING btree (region_code, year);
--> statement-breakpoint
CREATE INDEX forms_status ON forms USING btree (status);
--> statement-breakpoint
CREATE INDEX forms_updated ON forms USING btree (updated_at DESC NULLS LAST, id);
--> statement-breakpoint
CREATE INDEX forms_org_updated ON forms USING btree (org_id, updated_at DESC NULLS LAST, id);
--> statement-breakpoint
CREATE INDEX forms_status_updated ON forms USING btree (status, updated_at DESC NULLS LAST, id);
--> statement-breakpoint
CREATE INDEX forms_code ON forms USING btree (code);
--> statement-breakpoint
-- 0019's search index, when pg_trgm is there.
DO $$
DECLARE
  ext_schema text;
BEGIN
  SELECT n.nspname INTO ext_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
  IF ext_schema IS NOT NULL THEN
    EXECUTE format('CREATE INDEX IF NOT EXISTS forms_name_trgm ON forms USING gin (name %I.gin_trgm_ops)', ext_schema);
  END IF;
END $$;
--> statement-breakpoint
CREATE TRIGGER form_key BEFORE INSERT ON forms FOR EACH ROW EXECUTE FUNCTION form_key();
--> statement-breakpoint
CREATE TRIGGER form_year_children BEFORE UPDATE OF year ON forms FOR EACH ROW EXECUTE FUNCTION form_year_children();
--> statement-breakpoint
-- 0029's and 0031's triggers.
CREATE TRIGGER form_public_page_insert AFTER INSERT ON forms
  FOR EACH ROW WHEN (NEW.status = 'published') EXECUTE FUNCTION public_form_notify();
--> statement-breakpoint
CREATE TRIGGER form_public_page_update AFTER UPDATE ON forms
  FOR EACH ROW WHEN (OLD.status = 'published' OR NEW.status = 'published') EXECUTE FUNCTION public_form_notify();
--> statement-breakpoint
CREATE TRIGGER form_public_page_delete AFTER DELETE ON forms
  FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION public_form_notify();
--> statement-breakpoint
CREATE TRIGGER forms_truncate_public_notify AFTER TRUNCATE ON forms
  FOR EACH STATEMENT EXECUTE FUNCTION public_pages_notify_all();
--> statement-breakpoint
CREATE TRIGGER form_miss_project AFTER UPDATE OF name ON forms
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION self_evaluation_miss_project();
--> statement-breakpoint
-- The children the same way, each with its foreign key to the form's key.
ALTER TABLE form_goals RENAME TO form_goals_unpartitioned;
--> statement-breakpoint
CREATE TABLE form_goals (LIKE form_goals_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE form_goals_default PARTITION OF form_goals DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('form_goals', y)
FROM (SELECT DISTINCT year AS y FROM form_goals_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO form_goals SELECT * FROM form_goals_unpartitioned;
--> statement-breakpoint
DROP TABLE form_goals_unpartitioned;
--> statement-breakpoint
ALTER TABLE form_goals ADD CONSTRAINT form_goals_form_id_position_pk PRIMARY KEY (region_code, form_id, position, year);
--> statement-breakpoint
ALTER TABLE form_goals ADD CONSTRAINT form_goals_form_fk FOREIGN KEY (region_code, form_id)
  REFERENCES form_keys (region_code, id) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE indicators RENAME TO indicators_unpartitioned;
--> statement-breakpoint
CREATE TABLE indicators (LIKE indicators_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE indicators_default PARTITION OF indicators DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('indicators', y)
FROM (SELECT DISTINCT year AS y FROM indicators_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO indicators SELECT * FROM indicators_unpartitioned;
--> statement-breakpoint
DROP TABLE indicators_unpartitioned;
--> statement-breakpoint
ALTER TABLE indicators ADD CONSTRAINT indicators_pkey PRIMARY KEY (region_code, id, year);
--> statement-breakpoint
ALTER TABLE indicators ADD CONSTRAINT indicators_form_fk FOREIGN KEY (region_code, form_id)
  REFERENCES form_keys (region_code, id) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE INDEX indicators_form ON indicators USING btree (form_id, position);
--> statement-breakpoint
CREATE INDEX indicators_origin ON indicators USING btree (origin_id);
--> statement-breakpoint
CREATE INDEX indicators_library ON indicators USING btree (library_id);
--> statement-breakpoint
ALTER TABLE form_versions RENAME TO form_versions_unpartitioned;
--> statement-breakpoint
CREATE TABLE form_versions (LIKE form_versions_unpartitioned INCLUDING DEFAULTS) PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE form_versions_default PARTITION OF form_versions DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('form_versions', y)
FROM (SELECT DISTINCT year AS y FROM form_versions_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO form_versions SELECT * FROM form_versions_unpartitioned;
--> statement-breakpoint
DROP TABLE form_versions_unpartitioned;
--> statement-breakpoint
ALTER TABLE form_versions ADD CONSTRAINT form_versions_form_id_version_pk PRIMARY KEY (region_code, form_id, version, year);
--> statement-breakpoint
ALTER TABLE form_versions ADD CONSTRAINT form_versions_form_fk FOREIGN KEY (region_code, form_id)
  REFERENCES form_keys (region_code, id) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE form_versions ADD CONSTRAINT form_versions_created_by_users_id_fk FOREIGN KEY (created_by)
  REFERENCES users (id) ON DELETE NO ACTION ON UPDATE NO ACTION;
