CREATE TABLE "monitoring_round_counts" (
	"region_code" text NOT NULL,
	"round_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"entries" integer DEFAULT 0 NOT NULL,
	"filled" integer DEFAULT 0 NOT NULL,
	"submitted" integer DEFAULT 0 NOT NULL,
	"unfilled" integer DEFAULT 0 NOT NULL,
	"red" integer DEFAULT 0 NOT NULL,
	"yellow" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "monitoring_round_counts_pkey" PRIMARY KEY("region_code","round_id","org_id")
);
--> statement-breakpoint
ALTER TABLE "monitoring_round_counts" ADD CONSTRAINT "monitoring_round_counts_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_round_counts" ADD CONSTRAINT "monitoring_round_counts_round_fk" FOREIGN KEY ("region_code","round_id") REFERENCES "public"."monitoring_rounds"("region_code","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_log_id" ON "audit_log" USING btree ("id");--> statement-breakpoint
CREATE INDEX "forms_code" ON "forms" USING btree ("code");--> statement-breakpoint
-- Kept in the same transaction as each write of an entry: its old contribution taken away, its new one
-- added (an update that changes none of the counted columns touches nothing).
CREATE FUNCTION monitoring_round_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.region_code = NEW.region_code AND OLD.round_id = NEW.round_id
     AND OLD.org_id = NEW.org_id AND OLD.status = NEW.status
     AND OLD.worst_light IS NOT DISTINCT FROM NEW.worst_light THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE monitoring_round_counts SET
      entries = entries - 1,
      filled = filled - (OLD.status IN ('filled', 'submitted'))::int,
      submitted = submitted - (OLD.status = 'submitted')::int,
      unfilled = unfilled - (OLD.status = 'unfilled')::int,
      red = red - (OLD.worst_light IS NOT DISTINCT FROM 'red')::int,
      yellow = yellow - (OLD.worst_light IS NOT DISTINCT FROM 'yellow')::int
    WHERE region_code = OLD.region_code AND round_id = OLD.round_id AND org_id = OLD.org_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO monitoring_round_counts AS c
      (region_code, round_id, org_id, entries, filled, submitted, unfilled, red, yellow)
    VALUES (NEW.region_code, NEW.round_id, NEW.org_id, 1,
      (NEW.status IN ('filled', 'submitted'))::int, (NEW.status = 'submitted')::int,
      (NEW.status = 'unfilled')::int, (NEW.worst_light IS NOT DISTINCT FROM 'red')::int,
      (NEW.worst_light IS NOT DISTINCT FROM 'yellow')::int)
    ON CONFLICT (region_code, round_id, org_id) DO UPDATE SET
      entries = c.entries + 1,
      filled = c.filled + excluded.filled,
      submitted = c.submitted + excluded.submitted,
      unfilled = c.unfilled + excluded.unfilled,
      red = c.red + excluded.red,
      yellow = c.yellow + excluded.yellow;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER monitoring_round_count AFTER INSERT OR UPDATE OR DELETE ON monitoring_entries
  FOR EACH ROW EXECUTE FUNCTION monitoring_round_count();
--> statement-breakpoint
-- The rounds already held: counted once.
INSERT INTO monitoring_round_counts (region_code, round_id, org_id, entries, filled, submitted, unfilled, red, yellow)
SELECT region_code, round_id, org_id, count(*),
  count(*) FILTER (WHERE status IN ('filled', 'submitted')), count(*) FILTER (WHERE status = 'submitted'),
  count(*) FILTER (WHERE status = 'unfilled'), count(*) FILTER (WHERE worst_light = 'red'),
  count(*) FILTER (WHERE worst_light = 'yellow')
FROM monitoring_entries GROUP BY region_code, round_id, org_id;
