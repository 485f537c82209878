CREATE TABLE "self_evaluation_indicator_year_counts" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"name" text NOT NULL,
	"level1" text,
	"evaluated" integer DEFAULT 0 NOT NULL,
	"missed" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "self_evaluation_indicator_year_counts_key" UNIQUE NULLS NOT DISTINCT("region_code","year","name","level1")
);
--> statement-breakpoint
ALTER TABLE "monitoring_round_counts" ADD COLUMN "reported_red" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_round_counts" ADD COLUMN "reported_yellow" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_round_counts" ADD COLUMN "annual" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_round_counts" ADD COLUMN "executed" numeric DEFAULT '0' NOT NULL;--> statement-breakpoint
CREATE INDEX "self_evaluation_indicator_year_counts_year" ON "self_evaluation_indicator_year_counts" USING btree ("year","missed" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "monitoring_entries_round_warned" ON "monitoring_entries" USING btree ("region_code","round_id","org_id","worst_light") WHERE "monitoring_entries"."worst_light" in ('red', 'yellow');--> statement-breakpoint
-- A round's figures per unit, kept in the same transaction as each write of an entry (0024's counts, and now
-- of the entries not 未填报: 红 and 黄, Σ 全年预算数 and Σ 1—m月执行数 — what the dashboard sums per unit).
-- An update that moves none of them touches nothing.
CREATE OR REPLACE FUNCTION monitoring_round_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.region_code = NEW.region_code AND OLD.round_id = NEW.round_id
     AND OLD.org_id = NEW.org_id AND OLD.status = NEW.status
     AND OLD.worst_light IS NOT DISTINCT FROM NEW.worst_light
     AND OLD.data->'budget'->>'annual' IS NOT DISTINCT FROM NEW.data->'budget'->>'annual'
     AND OLD.data->'budget'->>'executedToDate' IS NOT DISTINCT FROM NEW.data->'budget'->>'executedToDate' THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE monitoring_round_counts SET
      entries = entries - 1,
      filled = filled - (OLD.status IN ('filled', 'submitted'))::int,
      submitted = submitted - (OLD.status = 'submitted')::int,
      unfilled = unfilled - (OLD.status = 'unfilled')::int,
      red = red - (OLD.worst_light IS NOT DISTINCT FROM 'red')::int,
      yellow = yellow - (OLD.worst_light IS NOT DISTINCT FROM 'yellow')::int,
      reported_red = reported_red - (OLD.status <> 'unfilled' AND OLD.worst_light IS NOT DISTINCT FROM 'red')::int,
      reported_yellow = reported_yellow
        - (OLD.status <> 'unfilled' AND OLD.worst_light IS NOT DISTINCT FROM 'yellow')::int,
      annual = annual - CASE WHEN OLD.status = 'unfilled' THEN 0
        ELSE coalesce(self_evaluation_amount(OLD.data->'budget'->>'annual'), 0) END,
      executed = executed - CASE WHEN OLD.status = 'unfilled' THEN 0
        ELSE coalesce(self_evaluation_amount(OLD.data->'budget'->>'executedToDate'), 0) END
    WHERE region_code = OLD.region_code AND round_id = OLD.round_id AND org_id = OLD.org_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO monitoring_round_counts AS c
      (region_code, round_id, org_id, entries, filled, submitted, unfilled, red, yellow, reported_red,
       reported_yellow, annual, executed)
    VALUES (NEW.region_code, NEW.round_id, NEW.org_id, 1,
      (NEW.status IN ('filled', 'submitted'))::int, (NEW.status = 'submitted')::int,
      (NEW.status = 'unfilled')::int, (NEW.worst_light IS NOT DISTINCT FROM 'red')::int,
      (NEW.worst_light IS NOT DISTINCT FROM 'yellow')::int,
      (NEW.status <> 'unfilled' AND NEW.worst_light IS NOT DISTINCT FROM 'red')::int,
      (NEW.status <> 'unfilled' AND NEW.worst_light IS NOT DISTINCT FROM 'yellow')::int,
      CASE WHEN NEW.status = 'unfilled' THEN 0
        ELSE coalesce(self_evaluation_amount(NEW.data->'budget'->>'annual'), 0) END,
      CASE WHEN NEW.status = 'unfilled' THEN 0
        ELSE coalesce(self_evaluation_amount(NEW.data->'budget'->>'executedToDate'), 0) END)
    ON CONFLICT (region_code, round_id, org_id) DO UPDATE SET
      entries = c.entries + 1,
      filled = c.filled + excluded.filled,
      submitted = c.submitted + excluded.submitted,
      unfilled = c.unfilled + excluded.unfilled,
      red = c.red + excluded.red,
      yellow = c.yellow + excluded.yellow,
      reported_red = c.reported_red + excluded.reported_red,
      reported_yellow = c.reported_yellow + excluded.reported_yellow,
      annual = c.annual + excluded.annual,
      executed = c.executed + excluded.executed;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- The rounds already held: their new figures counted once.
UPDATE monitoring_round_counts c SET reported_red = f.reported_red, reported_yellow = f.reported_yellow,
  annual = f.annual, executed = f.executed
FROM (SELECT region_code, round_id, org_id,
    count(*) FILTER (WHERE status <> 'unfilled' AND worst_light = 'red') AS reported_red,
    count(*) FILTER (WHERE status <> 'unfilled' AND worst_light = 'yellow') AS reported_yellow,
    coalesce(sum(coalesce(self_evaluation_amount(data->'budget'->>'annual'), 0))
      FILTER (WHERE status <> 'unfilled'), 0) AS annual,
    coalesce(sum(coalesce(self_evaluation_amount(data->'budget'->>'executedToDate'), 0))
      FILTER (WHERE status <> 'unfilled'), 0) AS executed
  FROM monitoring_entries GROUP BY region_code, round_id, org_id) f
WHERE c.region_code = f.region_code AND c.round_id = f.round_id AND c.org_id = f.org_id;
--> statement-breakpoint
-- A year's indicator counts summed over its units, kept in the same transaction as each change of a unit's
-- counts (itself kept by self_evaluation_indicator_count): the change's difference added; rows that reach
-- nothing evaluated deleted.
CREATE FUNCTION self_evaluation_indicator_year_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.region_code = NEW.region_code AND OLD.year = NEW.year
     AND OLD.name = NEW.name AND OLD.level1 IS NOT DISTINCT FROM NEW.level1
     AND OLD.evaluated = NEW.evaluated AND OLD.missed = NEW.missed THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    UPDATE self_evaluation_indicator_year_counts y SET
      evaluated = y.evaluated - OLD.evaluated, missed = y.missed - OLD.missed
    WHERE y.region_code = OLD.region_code AND y.year = OLD.year AND y.name = OLD.name
      AND y.level1 IS NOT DISTINCT FROM OLD.level1;
    DELETE FROM self_evaluation_indicator_year_counts
    WHERE region_code = OLD.region_code AND year = OLD.year AND name = OLD.name
      AND level1 IS NOT DISTINCT FROM OLD.level1 AND evaluated <= 0;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO self_evaluation_indicator_year_counts AS y (region_code, year, name, level1, evaluated, missed)
    VALUES (NEW.region_code, NEW.year, NEW.name, NEW.level1, NEW.evaluated, NEW.missed)
    ON CONFLICT (region_code, year, name, level1) DO UPDATE SET
      evaluated = y.evaluated + excluded.evaluated, missed = y.missed + excluded.missed;
    DELETE FROM self_evaluation_indicator_year_counts
    WHERE region_code = NEW.region_code AND year = NEW.year AND name = NEW.name
      AND level1 IS NOT DISTINCT FROM NEW.level1 AND evaluated <= 0;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER self_evaluation_indicator_year_count AFTER INSERT OR UPDATE OR DELETE
  ON self_evaluation_indicator_counts FOR EACH ROW EXECUTE FUNCTION self_evaluation_indicator_year_count();
--> statement-breakpoint
-- The counts already held: summed once.
INSERT INTO self_evaluation_indicator_year_counts (region_code, year, name, level1, evaluated, missed)
SELECT region_code, year, name, level1, sum(evaluated), sum(missed)
FROM self_evaluation_indicator_counts GROUP BY region_code, year, name, level1 HAVING sum(evaluated) > 0;
