-- monitoring_entries partitioned by year as 0035 did self_evaluations (docs/scale.md): the old table renamed,
-- the new one made with the same columns in the same order, its partitions (the years held and the fiscal
-- years opened, and DEFAULT), the rows copied, the old table dropped, then the keys, indexes and the trigger
-- under their names. The kept counts per round (monitoring_round_counts) are unchanged by the copy.
ALTER TABLE monitoring_entries RENAME TO monitoring_entries_unpartitioned;
--> statement-breakpoint
CREATE TABLE monitoring_entries (LIKE monitoring_entries_unpartitioned INCLUDING DEFAULTS)
  PARTITION BY LIST (year);
--> statement-breakpoint
CREATE TABLE monitoring_entries_default PARTITION OF monitoring_entries DEFAULT;
--> statement-breakpoint
SELECT jixiao_year_partition('monitoring_entries', y)
FROM (SELECT DISTINCT year AS y FROM monitoring_entries_unpartitioned UNION SELECT year FROM fiscal_years) years;
--> statement-breakpoint
INSERT INTO monitoring_entries SELECT * FROM monitoring_entries_unpartitioned;
--> statement-breakpoint
DROP TABLE monitoring_entries_unpartitioned;
--> statement-breakpoint
ALTER TABLE monitoring_entries ADD CONSTRAINT monitoring_entries_pkey PRIMARY KEY (region_code, id, year);
--> statement-breakpoint
ALTER TABLE monitoring_entries ADD CONSTRAINT monitoring_entries_round_fk FOREIGN KEY (region_code, round_id, year)
  REFERENCES monitoring_rounds (region_code, id, year) ON DELETE CASCADE ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE monitoring_entries ADD CONSTRAINT monitoring_entries_form_fk FOREIGN KEY (region_code, form_id)
  REFERENCES forms (region_code, id) ON DELETE NO ACTION ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE monitoring_entries ADD CONSTRAINT monitoring_entries_org_id_orgs_id_fk FOREIGN KEY (org_id)
  REFERENCES orgs (id) ON DELETE NO ACTION ON UPDATE NO ACTION;
--> statement-breakpoint
ALTER TABLE monitoring_entries ADD CONSTRAINT monitoring_entries_updated_by_users_id_fk FOREIGN KEY (updated_by)
  REFERENCES users (id) ON DELETE NO ACTION ON UPDATE NO ACTION;
--> statement-breakpoint
CREATE UNIQUE INDEX monitoring_entries_round_form ON monitoring_entries
  USING btree (region_code, round_id, form_id, year);
--> statement-breakpoint
CREATE INDEX monitoring_entries_org ON monitoring_entries USING btree (org_id);
--> statement-breakpoint
CREATE INDEX monitoring_entries_round_updated ON monitoring_entries
  USING btree (round_id, updated_at DESC NULLS LAST, id);
--> statement-breakpoint
CREATE INDEX monitoring_entries_org_round_updated ON monitoring_entries
  USING btree (org_id, round_id, updated_at DESC NULLS LAST, id);
--> statement-breakpoint
CREATE INDEX monitoring_entries_round_open ON monitoring_entries USING btree (region_code, round_id, org_id)
  WHERE status <> 'submitted';
--> statement-breakpoint
CREATE INDEX monitoring_entries_round_warned ON monitoring_entries
  USING btree (region_code, round_id, org_id, worst_light) WHERE worst_light IN ('red', 'yellow');
--> statement-breakpoint
-- 0024's trigger, skipping rows that move between partitions (jixiao_year_partition).
CREATE TRIGGER monitoring_round_count AFTER INSERT OR UPDATE OR DELETE ON monitoring_entries
  FOR EACH ROW WHEN (current_setting('jixiao.moving_rows', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION monitoring_round_count();
