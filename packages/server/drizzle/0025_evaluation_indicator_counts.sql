CREATE TABLE "self_evaluation_indicator_counts" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"level1" text,
	"evaluated" integer DEFAULT 0 NOT NULL,
	"missed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "self_evaluation_indicator_counts_key" UNIQUE NULLS NOT DISTINCT("region_code","year","org_id","name","level1")
);
--> statement-breakpoint
CREATE TABLE "self_evaluation_misses" (
	"region_code" text NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"ord" integer NOT NULL,
	"year" integer NOT NULL,
	"org_id" uuid NOT NULL,
	"form_id" uuid NOT NULL,
	"name" text NOT NULL,
	"level1" text,
	CONSTRAINT "self_evaluation_misses_pkey" PRIMARY KEY("region_code","evaluation_id","ord")
);
--> statement-breakpoint
ALTER TABLE "self_evaluation_indicator_counts" ADD CONSTRAINT "self_evaluation_indicator_counts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_evaluation_misses" ADD CONSTRAINT "self_evaluation_misses_evaluation_fk" FOREIGN KEY ("region_code","evaluation_id") REFERENCES "public"."self_evaluations"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_evaluation_indicator_counts_year" ON "self_evaluation_indicator_counts" USING btree ("year","org_id");--> statement-breakpoint
CREATE INDEX "self_evaluation_misses_year_name" ON "self_evaluation_misses" USING btree ("year","name");--> statement-breakpoint
-- One confirmed self-evaluation's scored indicators (the rows whose scoring succeeded), each named by its
-- 三级 name (else its id) with its 一级 and whether it scored below its weight: what the dashboard counts.
CREATE FUNCTION self_evaluation_indicator_facts(data jsonb, result jsonb)
RETURNS TABLE (ord integer, name text, level1 text, missed boolean) LANGUAGE sql IMMUTABLE AS $$
  SELECT i.ord::integer, coalesce(i.ind->>'name', i.ind->>'indicatorId', ''), i.ind->>'level1',
    -- A score or weight that is not a number (never written by the scorer) counts as not missed rather
    -- than failing the write.
    CASE WHEN r.res->'value'->>'score' ~ '^-?[0-9]+(\.[0-9]+)?$'
          AND r.res->'value'->>'weight' ~ '^-?[0-9]+(\.[0-9]+)?$'
      THEN (r.res->'value'->>'score')::numeric < (r.res->'value'->>'weight')::numeric ELSE false END
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(data->'indicators') = 'array'
      THEN data->'indicators' ELSE '[]'::jsonb END) WITH ORDINALITY AS i(ind, ord)
  CROSS JOIN LATERAL (SELECT result->'indicators'->((i.ord - 1)::integer)->'result' AS res) r
  WHERE r.res->>'ok' = 'true'
$$;
--> statement-breakpoint
-- Kept in the same transaction as each write of a self-evaluation: a confirmed, scored one's old
-- contribution taken away and its new one added; writes of the others (drafts saved) touch nothing.
CREATE FUNCTION self_evaluation_indicator_count() RETURNS trigger LANGUAGE plpgsql AS $$
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
    INSERT INTO self_evaluation_misses (region_code, evaluation_id, ord, year, org_id, form_id, name, level1)
    SELECT NEW.region_code, NEW.id, x.ord, NEW.year, NEW.org_id, NEW.form_id, x.name, x.level1
    FROM self_evaluation_indicator_facts(NEW.data, NEW.result) x WHERE x.missed;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER self_evaluation_indicator_count AFTER INSERT OR UPDATE OR DELETE ON self_evaluations
  FOR EACH ROW EXECUTE FUNCTION self_evaluation_indicator_count();
--> statement-breakpoint
-- The confirmed self-evaluations already held: counted once.
INSERT INTO self_evaluation_indicator_counts (region_code, year, org_id, name, level1, evaluated, missed)
SELECT s.region_code, s.year, s.org_id, x.name, x.level1, count(*), count(*) FILTER (WHERE x.missed)
FROM self_evaluations s CROSS JOIN LATERAL self_evaluation_indicator_facts(s.data, s.result) x
WHERE s.status = 'confirmed' AND s.result IS NOT NULL
GROUP BY s.region_code, s.year, s.org_id, x.name, x.level1;
--> statement-breakpoint
INSERT INTO self_evaluation_misses (region_code, evaluation_id, ord, year, org_id, form_id, name, level1)
SELECT s.region_code, s.id, x.ord, s.year, s.org_id, s.form_id, x.name, x.level1
FROM self_evaluations s CROSS JOIN LATERAL self_evaluation_indicator_facts(s.data, s.result) x
WHERE s.status = 'confirmed' AND s.result IS NOT NULL AND x.missed;
