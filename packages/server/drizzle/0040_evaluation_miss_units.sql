DROP INDEX "self_evaluation_misses_year_name";--> statement-breakpoint
ALTER TABLE "self_evaluation_misses" ADD COLUMN "unit" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- 0035's trigger function (0031's, deleting within the year's partition), the misses now carrying their unit's name too (read from the organisation, once per write).
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
      project, unit)
    SELECT NEW.region_code, NEW.id, x.ord, NEW.year, NEW.org_id, NEW.form_id, x.name, x.level1,
      coalesce((SELECT f.name FROM forms f WHERE f.region_code = NEW.region_code AND f.id = NEW.form_id), ''),
      coalesce((SELECT o.name FROM orgs o WHERE o.id = NEW.org_id), '')
    FROM self_evaluation_indicator_facts(NEW.data, NEW.result) x WHERE x.missed;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A unit renamed: its misses take the new name in the same transaction (a rename is rare; the misses are
-- found by a scan of the table, which carries no index on the unit for this alone).
CREATE FUNCTION self_evaluation_miss_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE self_evaluation_misses SET unit = NEW.name
  WHERE org_id = NEW.id AND unit IS DISTINCT FROM NEW.name;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_miss_unit AFTER UPDATE OF name ON orgs
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION self_evaluation_miss_unit();
--> statement-breakpoint
-- The misses already held: named once, before their index is built.
UPDATE self_evaluation_misses m SET unit = o.name FROM orgs o WHERE o.id = m.org_id;
--> statement-breakpoint
CREATE INDEX "self_evaluation_misses_year_name_project" ON "self_evaluation_misses" USING btree ("year","name","level1","project","unit");