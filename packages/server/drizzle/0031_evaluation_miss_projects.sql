ALTER TABLE "self_evaluation_misses" ADD COLUMN "project" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "self_evaluation_misses_form" ON "self_evaluation_misses" USING btree ("region_code","form_id");--> statement-breakpoint
-- 0025's trigger, the misses now carrying their project's name (read from the form by its key, once per write).
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
    DELETE FROM self_evaluation_misses WHERE region_code = OLD.region_code AND evaluation_id = OLD.id;
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
--> statement-breakpoint
-- A form renamed: its misses take the new name in the same transaction.
CREATE FUNCTION self_evaluation_miss_project() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE self_evaluation_misses SET project = NEW.name
  WHERE region_code = NEW.region_code AND form_id = NEW.id AND project IS DISTINCT FROM NEW.name;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER form_miss_project AFTER UPDATE OF name ON forms
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION self_evaluation_miss_project();
--> statement-breakpoint
-- The misses already held: named once.
UPDATE self_evaluation_misses m SET project = f.name FROM forms f
WHERE f.region_code = m.region_code AND f.id = m.form_id;
