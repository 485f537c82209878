-- Tables that grow by fiscal year are partitioned by their `year` (PARTITION BY LIST), one partition per
-- year and a DEFAULT partition for a year that has none yet (docs/scale.md, "Partitioning by fiscal year").
-- This migration adds the machinery and converts self_evaluations and self_evaluation_misses; later ones
-- convert other tables the same way. Drizzle cannot declare a partitioned table: the schema files declare
-- the parent's columns, keys and indexes, which PostgreSQL carries to every partition.
--
-- A year's partition of one partitioned table, created if missing: `<parent>_y<year>`. Rows of that year
-- already written to `<parent>_default` (the year had no partition yet) are moved into it first — PostgreSQL
-- refuses to attach a partition whose rows the DEFAULT partition holds. While they move, the row triggers
-- that keep counts skip them (`jixiao.moving_rows`): the same rows leave and arrive, nothing changes.
CREATE FUNCTION jixiao_year_partition(parent text, y integer) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  part text := parent || '_y' || y;
  dflt text := parent || '_default';
BEGIN
  IF to_regclass(quote_ident(part)) IS NOT NULL THEN
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
-- A year's partition of every table partitioned by year (those of this schema's pg_partitioned_table).
CREATE FUNCTION jixiao_year_partitions(y integer) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  t text;
  made integer := 0;
BEGIN
  FOR t IN SELECT c.relname FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid
      WHERE c.relnamespace = current_schema()::regnamespace AND NOT c.relispartition ORDER BY c.relname LOOP
    IF jixiao_year_partition(t, y) THEN
      made := made + 1;
    END IF;
  END LOOP;
  RETURN made;
END $$;
--> statement-breakpoint
-- Opening a 预算年度 (fiscal_years) creates its partitions ahead of its first row.
CREATE FUNCTION fiscal_year_partitions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM jixiao_year_partitions(NEW.year);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER fiscal_year_partitions AFTER INSERT ON fiscal_years
  FOR EACH ROW EXECUTE FUNCTION fiscal_year_partitions();
--> statement-breakpoint
-- self_evaluations rebuilt partitioned: the old table renamed, the new one made with the same columns in the
-- same order (a backup's rows fit either), its partitions (the years held and the fiscal years opened, and
-- DEFAULT), the rows copied, the old table dropped, then the keys, indexes and triggers under their names.
ALTER TABLE self_evaluations RENAME TO self_evaluations_unpartitioned;
--> statement-breakpoint
CREATE TABLE self_evaluations (LIKE self_evaluations_unpartitioned INCLUDING DEFAULTS)
  PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE self_evaluations_default PARTITION OF self_evaluations DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('self_evaluations', y)
FROM (SELECT DISTINCT year AS y FROM self_evaluations_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO self_evaluations SELECT * FROM self_evaluations_unpartitioned;
--> statement-breakpoint
DROP TABLE self_evaluations_unpartitioned;
--> statement-breakpoint
ALTER TABLE self_evaluations ADD CONSTRAINT self_evaluations_pkey PRIMARY KEY (region_code, id, year);
--> statement-breakpoint
ALTER TABLE self_evaluations ADD CONSTRAINT self_evaluations_form_fk FOREIGN KEY (region_code, form_id)
  REFERENCES forms (region_code, id) ON DELETE NO ACTION ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE self_evaluations ADD CONSTRAINT self_evaluations_org_id_orgs_id_fk FOREIGN KEY (org_id)
  REFERENCES orgs (id) ON DELETE NO ACTION ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE self_evaluations ADD CONSTRAINT self_evaluations_updated_by_users_id_fk FOREIGN KEY (updated_by)
  REFERENCES users (id) ON DELETE NO ACTION ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE UNIQUE INDEX self_evaluations_form_year ON self_evaluations USING btree (region_code, form_id, year);
--> statement-breakpoint
CREATE INDEX self_evaluations_org_year ON self_evaluations USING btree (org_id, year);
--> statement-breakpoint
CREATE INDEX self_evaluations_year_updated ON self_evaluations USING btree (year, updated_at DESC NULLS LAST, id);
--> statement-breakpoint
CREATE INDEX self_evaluations_org_year_updated ON self_evaluations
  USING btree (org_id, year, updated_at DESC NULLS LAST, id);
--> statement-breakpoint
CREATE INDEX self_evaluations_status_year_updated ON self_evaluations
  USING btree (status, year, updated_at DESC NULLS LAST, id);
--> statement-breakpoint
-- The kept counts (0025, 0028) are unchanged by the copy; their triggers come back, skipping rows that move
-- between partitions.
CREATE TRIGGER self_evaluation_indicator_count AFTER INSERT OR UPDATE OR DELETE ON self_evaluations
  FOR EACH ROW WHEN (current_setting('jixiao.moving_rows', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION self_evaluation_indicator_count();
--> statement-breakpoint
CREATE TRIGGER self_evaluation_year_total AFTER INSERT OR UPDATE OR DELETE ON self_evaluations
  FOR EACH ROW WHEN (current_setting('jixiao.moving_rows', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION self_evaluation_year_total();
--> statement-breakpoint
-- self_evaluation_misses the same way (no triggers of its own; no foreign key, see schema-evaluation.ts).
ALTER TABLE self_evaluation_misses RENAME TO self_evaluation_misses_unpartitioned;
--> statement-breakpoint
CREATE TABLE self_evaluation_misses (LIKE self_evaluation_misses_unpartitioned INCLUDING DEFAULTS)
  PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE self_evaluation_misses_default PARTITION OF self_evaluation_misses DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('self_evaluation_misses', y)
FROM (SELECT DISTINCT year AS y FROM self_evaluation_misses_unpartitioned UNION SELECT year FROM fiscal_years
  UNION SELECT DISTINCT year FROM self_evaluations) years;
--> statement-breakpoint
INSERT INTO self_evaluation_misses SELECT * FROM self_evaluation_misses_unpartitioned;
--> statement-breakpoint
DROP TABLE self_evaluation_misses_unpartitioned;
--> statement-breakpoint
ALTER TABLE self_evaluation_misses ADD CONSTRAINT self_evaluation_misses_pkey
  PRIMARY KEY (region_code, evaluation_id, ord, year);
--> statement-breakpoint
CREATE INDEX self_evaluation_misses_year_name ON self_evaluation_misses USING btree (year, name);
--> statement-breakpoint
CREATE INDEX self_evaluation_misses_form ON self_evaluation_misses USING btree (region_code, form_id);
--> statement-breakpoint
-- 0031's trigger function, deleting an evaluation's misses within its year's partition.
CREATE OR REPLACE FUNCTION self_evaluation_indicator_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  was boolean := TG_OP <> 'INSERT' AND OLD.status = 'confirmed' AND OLD.result IS NOT NULL;
  now_counted boolean := TG_OP <> 'DELETE' AND NEW.status = 'confirmed' AND NEW.result IS NOT NULL;
BEGIN
  IF NOT was AND NOT now_counted THEN
    RETURN NULL;
  END IF;
  IF was AND now_counted AND OLD.region_code = NEW.region_code AND OLD.year = NEW.year
     AND OLD.org_id = NEW.org_id AND OLD.form_id = NEW.form_id AND OLD.data = NEW.data
     AND OLD.result = NEW.result THEN
    RETURN NULL;
  END IF;
  IF was THEN
    UPDATE self_evaluation_indicator_counts c SET
      evaluated = c.evaluated - f.evaluated, missed = c.missed - f.missed
    FROM (SELECT x.name, x.level1, count(*)::integer AS evaluated,
            count(*) FILTER (WHERE x.missed)::integer AS missed
          FROM self_evaluation_indicator_facts(OLD.data, OLD.result) x GROUP BY x.name, x.level1) f
    WHERE c.region_code = OLD.region_code AND c.year = OLD.year AND c.org_id = OLD.org_id
      AND c.name = f.name AND c.level1 IS NOT DISTINCT FROM f.level1;
    DELETE FROM self_evaluation_indicator_counts
    WHERE region_code = OLD.region_code AND year = OLD.year AND org_id = OLD.org_id AND evaluated <= 0;
    DELETE FROM self_evaluation_misses
    WHERE region_code = OLD.region_code AND year = OLD.year AND evaluation_id = OLD.id;
  END IF;
  IF now_counted THEN
    INSERT INTO self_evaluation_indicator_counts AS c (region_code, year, org_id, name, level1, evaluated, missed)
    SELECT NEW.region_code, NEW.year, NEW.org_id, x.name, x.level1, count(*)::integer,
      count(*) FILTER (WHERE x.missed)::integer
    FROM self_evaluation_indicator_facts(NEW.data, NEW.result) x GROUP BY x.name, x.level1
    ON CONFLICT (region_code, year, org_id, name, level1) DO UPDATE SET
      evaluated = c.evaluated + excluded.evaluated, missed = c.missed + excluded.missed;
    INSERT INTO self_evaluation_misses (region_code, evaluation_id, ord, year, org_id, form_id, name, level1,
      project)
    SELECT NEW.region_code, NEW.id, x.ord, NEW.year, NEW.org_id, NEW.form_id, x.name, x.level1,
      coalesce((SELECT f.name FROM forms f WHERE f.region_code = NEW.region_code AND f.id = NEW.form_id), '')
    FROM self_evaluation_indicator_facts(NEW.data, NEW.result) x WHERE x.missed;
  END IF;
  RETURN NULL;
END $$;
