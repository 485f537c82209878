CREATE TABLE "self_evaluation_year_totals" (
	"region_code" text NOT NULL,
	"year" integer NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"evaluations" integer DEFAULT 0 NOT NULL,
	"evaluated" integer DEFAULT 0 NOT NULL,
	"score_sum" numeric DEFAULT '0' NOT NULL,
	"grade1" integer DEFAULT 0 NOT NULL,
	"grade2" integer DEFAULT 0 NOT NULL,
	"grade3" integer DEFAULT 0 NOT NULL,
	"grade4" integer DEFAULT 0 NOT NULL,
	"budget" numeric DEFAULT '0' NOT NULL,
	"executed" numeric DEFAULT '0' NOT NULL,
	CONSTRAINT "self_evaluation_year_totals_pkey" PRIMARY KEY("region_code","year","org_id","status")
);
--> statement-breakpoint
ALTER TABLE "self_evaluation_year_totals" ADD CONSTRAINT "self_evaluation_year_totals_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_evaluation_year_totals_year" ON "self_evaluation_year_totals" USING btree ("year","org_id");--> statement-breakpoint
-- A budget figure of a self-evaluation as a number: one that is not a number (never written by the forms)
-- counts as none rather than failing the write.
CREATE FUNCTION self_evaluation_amount(v text) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN v ~ '^-?[0-9]+(\.[0-9]+)?$' THEN v::numeric END
$$;
--> statement-breakpoint
-- Kept in the same transaction as each write of a self-evaluation: its old contribution to its (year, unit,
-- status) taken away and its new one added; a write that moves none of the figures touches nothing.
CREATE FUNCTION self_evaluation_year_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.region_code = NEW.region_code AND OLD.year = NEW.year
     AND OLD.org_id = NEW.org_id AND OLD.status = NEW.status AND OLD.total IS NOT DISTINCT FROM NEW.total
     AND OLD.grade IS NOT DISTINCT FROM NEW.grade
     AND OLD.data->'budget'->>'annual' IS NOT DISTINCT FROM NEW.data->'budget'->>'annual'
     AND OLD.data->'budget'->>'executed' IS NOT DISTINCT FROM NEW.data->'budget'->>'executed' THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    UPDATE self_evaluation_year_totals t SET
      evaluations = t.evaluations - 1,
      evaluated = t.evaluated - (OLD.total IS NOT NULL)::integer,
      score_sum = t.score_sum - coalesce(OLD.total, 0),
      grade1 = t.grade1 - (OLD.total IS NOT NULL AND OLD.grade = '优')::integer,
      grade2 = t.grade2 - (OLD.total IS NOT NULL AND OLD.grade = '良')::integer,
      grade3 = t.grade3 - (OLD.total IS NOT NULL AND OLD.grade = '中')::integer,
      grade4 = t.grade4 - (OLD.total IS NOT NULL AND OLD.grade = '差')::integer,
      budget = t.budget - CASE WHEN OLD.total IS NULL THEN 0
        ELSE coalesce(self_evaluation_amount(OLD.data->'budget'->>'annual'), 0) END,
      executed = t.executed - CASE WHEN OLD.total IS NULL THEN 0
        ELSE coalesce(self_evaluation_amount(OLD.data->'budget'->>'executed'), 0) END
    WHERE t.region_code = OLD.region_code AND t.year = OLD.year AND t.org_id = OLD.org_id
      AND t.status = OLD.status;
    DELETE FROM self_evaluation_year_totals
    WHERE region_code = OLD.region_code AND year = OLD.year AND org_id = OLD.org_id AND status = OLD.status
      AND evaluations <= 0;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO self_evaluation_year_totals AS t (region_code, year, org_id, status, evaluations, evaluated,
      score_sum, grade1, grade2, grade3, grade4, budget, executed)
    VALUES (NEW.region_code, NEW.year, NEW.org_id, NEW.status, 1, (NEW.total IS NOT NULL)::integer,
      coalesce(NEW.total, 0),
      (NEW.total IS NOT NULL AND NEW.grade = '优')::integer,
      (NEW.total IS NOT NULL AND NEW.grade = '良')::integer,
      (NEW.total IS NOT NULL AND NEW.grade = '中')::integer,
      (NEW.total IS NOT NULL AND NEW.grade = '差')::integer,
      CASE WHEN NEW.total IS NULL THEN 0
        ELSE coalesce(self_evaluation_amount(NEW.data->'budget'->>'annual'), 0) END,
      CASE WHEN NEW.total IS NULL THEN 0
        ELSE coalesce(self_evaluation_amount(NEW.data->'budget'->>'executed'), 0) END)
    ON CONFLICT (region_code, year, org_id, status) DO UPDATE SET
      evaluations = t.evaluations + excluded.evaluations, evaluated = t.evaluated + excluded.evaluated,
      score_sum = t.score_sum + excluded.score_sum, grade1 = t.grade1 + excluded.grade1,
      grade2 = t.grade2 + excluded.grade2, grade3 = t.grade3 + excluded.grade3,
      grade4 = t.grade4 + excluded.grade4, budget = t.budget + excluded.budget,
      executed = t.executed + excluded.executed;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER self_evaluation_year_total AFTER INSERT OR UPDATE OR DELETE ON self_evaluations
  FOR EACH ROW EXECUTE FUNCTION self_evaluation_year_total();
--> statement-breakpoint
-- The self-evaluations already held: counted once.
INSERT INTO self_evaluation_year_totals (region_code, year, org_id, status, evaluations, evaluated, score_sum,
  grade1, grade2, grade3, grade4, budget, executed)
SELECT region_code, year, org_id, status, count(*), count(*) FILTER (WHERE total IS NOT NULL),
  coalesce(sum(total), 0),
  count(*) FILTER (WHERE total IS NOT NULL AND grade = '优'),
  count(*) FILTER (WHERE total IS NOT NULL AND grade = '良'),
  count(*) FILTER (WHERE total IS NOT NULL AND grade = '中'),
  count(*) FILTER (WHERE total IS NOT NULL AND grade = '差'),
  coalesce(sum(self_evaluation_amount(data->'budget'->>'annual')) FILTER (WHERE total IS NOT NULL), 0),
  coalesce(sum(self_evaluation_amount(data->'budget'->>'executed')) FILTER (WHERE total IS NOT NULL), 0)
FROM self_evaluations GROUP BY region_code, year, org_id, status;
