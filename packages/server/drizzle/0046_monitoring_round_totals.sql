CREATE TABLE "monitoring_round_totals" (
	"region_code" text NOT NULL,
	"round_id" uuid NOT NULL,
	"entries" integer DEFAULT 0 NOT NULL,
	"filled" integer DEFAULT 0 NOT NULL,
	"submitted" integer DEFAULT 0 NOT NULL,
	"unfilled" integer DEFAULT 0 NOT NULL,
	"red" integer DEFAULT 0 NOT NULL,
	"yellow" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "monitoring_round_totals_pkey" PRIMARY KEY("region_code","round_id")
);
--> statement-breakpoint
ALTER TABLE "monitoring_round_totals" ADD CONSTRAINT "monitoring_round_totals_round_fk" FOREIGN KEY ("region_code","round_id") REFERENCES "public"."monitoring_rounds"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- An entry's part in its round's totals: +1 (written) or -1 (gone) in each column that counts it.
CREATE FUNCTION monitoring_round_total_delta(region text, round uuid, s integer, status text, light text)
RETURNS monitoring_round_totals LANGUAGE sql IMMUTABLE AS $$
  SELECT region, round, s, s * (status IN ('filled', 'submitted'))::int, s * (status = 'submitted')::int,
    s * (status = 'unfilled')::int, s * (light IS NOT DISTINCT FROM 'red')::int,
    s * (light IS NOT DISTINCT FROM 'yellow')::int
$$;
--> statement-breakpoint
-- Kept once a statement, from the rows it wrote (transition tables), summed per round: a row-level trigger
-- would update a round's one row once per entry, and within one transaction each update walks every version
-- the transaction left of it — quadratic for a round opened with 60,000 entries. Rounds whose sums do not
-- move (a save of an entry's figures) are not touched, nor a round being deleted (its entries go with it).
-- A year's rows moved out of DEFAULT are written to the partitions themselves: no statement on
-- monitoring_entries, nothing kept moves.
CREATE FUNCTION monitoring_round_total() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d monitoring_round_totals[];
BEGIN
  -- Most updates (a save of an entry's figures) move nothing counted: out before any sum (0.03–0.04 ms a save
  -- here against 0.38 through the sums that come to nothing).
  -- (Nested: an expression is planned whole, and an insert's trigger has no old_rows.)
  IF TG_OP = 'UPDATE' THEN
    IF NOT EXISTS (SELECT 1 FROM new_rows n WHERE NOT EXISTS (SELECT 1 FROM old_rows o
        WHERE o.region_code = n.region_code AND o.id = n.id AND o.round_id = n.round_id
          AND o.status = n.status AND o.worst_light IS NOT DISTINCT FROM n.worst_light)) THEN
      RETURN NULL;
    END IF;
  END IF;
  IF TG_OP = 'INSERT' THEN
    d := ARRAY(SELECT monitoring_round_total_delta(region_code, round_id, 1, status, worst_light) FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    d := ARRAY(SELECT monitoring_round_total_delta(region_code, round_id, -1, status, worst_light) FROM old_rows);
  ELSE
    d := ARRAY(SELECT monitoring_round_total_delta(region_code, round_id, 1, status, worst_light) FROM new_rows
      UNION ALL
      SELECT monitoring_round_total_delta(region_code, round_id, -1, status, worst_light) FROM old_rows);
  END IF;
  INSERT INTO monitoring_round_totals AS t (region_code, round_id, entries, filled, submitted, unfilled, red, yellow)
  SELECT x.region_code, x.round_id, sum(x.entries), sum(x.filled), sum(x.submitted), sum(x.unfilled), sum(x.red),
    sum(x.yellow)
  FROM unnest(d) x
  WHERE EXISTS (SELECT 1 FROM monitoring_rounds r WHERE r.region_code = x.region_code AND r.id = x.round_id)
  GROUP BY x.region_code, x.round_id
  HAVING (sum(x.entries), sum(x.filled), sum(x.submitted), sum(x.unfilled), sum(x.red), sum(x.yellow))
    <> (0, 0, 0, 0, 0, 0)
  ORDER BY x.region_code, x.round_id
  ON CONFLICT (region_code, round_id) DO UPDATE SET
    entries = t.entries + excluded.entries,
    filled = t.filled + excluded.filled,
    submitted = t.submitted + excluded.submitted,
    unfilled = t.unfilled + excluded.unfilled,
    red = t.red + excluded.red,
    yellow = t.yellow + excluded.yellow;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER monitoring_round_total_insert AFTER INSERT ON monitoring_entries
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_round_total();
--> statement-breakpoint
CREATE TRIGGER monitoring_round_total_update AFTER UPDATE ON monitoring_entries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_round_total();
--> statement-breakpoint
CREATE TRIGGER monitoring_round_total_delete AFTER DELETE ON monitoring_entries
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_round_total();
--> statement-breakpoint
-- The rounds already held: summed once from their kept counts per unit.
INSERT INTO monitoring_round_totals (region_code, round_id, entries, filled, submitted, unfilled, red, yellow)
SELECT region_code, round_id, sum(entries), sum(filled), sum(submitted), sum(unfilled), sum(red), sum(yellow)
FROM monitoring_round_counts GROUP BY region_code, round_id;
