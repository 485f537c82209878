CREATE TABLE "check_batch_counts" (
	"region_code" text NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"batches" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "check_batch_counts_pkey" PRIMARY KEY("region_code","org_id","year")
);
--> statement-breakpoint
-- A batch's part in its organisation's count for its year: -1 where it was, +1 where it is. Row by row: batches
-- are created one at a time (an upload), and the counts' row is one organisation's year. Saves of a batch's
-- progress and status name none of these columns: the trigger does not fire for them.
CREATE FUNCTION check_batch_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE check_batch_counts SET batches = batches - 1
      WHERE region_code = OLD.region_code AND org_id = OLD.org_id AND year = OLD.year;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO check_batch_counts AS c (region_code, org_id, year, batches)
      VALUES (NEW.region_code, NEW.org_id, NEW.year, 1)
      ON CONFLICT (region_code, org_id, year) DO UPDATE SET batches = c.batches + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER check_batch_count AFTER INSERT OR DELETE OR UPDATE OF region_code, org_id, year ON check_batches
  FOR EACH ROW EXECUTE FUNCTION check_batch_count();
--> statement-breakpoint
-- The batches already held.
INSERT INTO check_batch_counts (region_code, org_id, year, batches)
SELECT region_code, org_id, year, count(*)::int FROM check_batches GROUP BY region_code, org_id, year;
