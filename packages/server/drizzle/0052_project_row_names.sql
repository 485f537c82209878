-- Each monitoring entry and self-evaluation carries its project's name and code and its unit's name for the lists
-- (docs/scale.md, h-mon33): a page looked each row's form up through its key (form_keys → the year's forms) and
-- its organisation in `orgs`, about two thirds of a deep page's backend time. The database keeps them right:
-- a row inserted (by the server, a COPY, a restore) or moved to another form or unit takes them from the form and
-- the organisation; a renamed form's or organisation's rows take the new name in the renaming transaction. The
-- parents are read FOR SHARE, the organisation first (as an organisation's rename reaches its forms after it): an
-- insert and a rename of its form or unit running at once wait for each other, so the rename's update sees the
-- new row, or the insert reads the new name. (On Citus `orgs` is a reference table: its trigger needs
-- citus.enable_unsafe_triggers, as the counting triggers do.)
ALTER TABLE "monitoring_entries" ADD COLUMN "project_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD COLUMN "project_code" text;--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD COLUMN "org_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD COLUMN "project_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD COLUMN "project_code" text;--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD COLUMN "org_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- A form's entries, found to take its new name: by (region_code, form_id) no index of the table applied (its
-- round's leads with the round), and a rename would read every entry of every year.
CREATE INDEX "monitoring_entries_form" ON "monitoring_entries" USING btree ("region_code","form_id");--> statement-breakpoint
-- The rows already held: named once. The fill moves nothing a round's totals count, and their statement trigger
-- (0046) pairs each written entry with its old row in the statement's transition tables — for every entry of a
-- round at once it read the spilled old rows again for each row (the fill of 60,000 entries had not ended after
-- ten minutes here): left out for the fill.
ALTER TABLE monitoring_entries DISABLE TRIGGER monitoring_round_total_update;
--> statement-breakpoint
UPDATE monitoring_entries e SET project_name = f.name, project_code = f.code, org_name = o.name
FROM form_keys k JOIN forms f ON f.region_code = k.region_code AND f.id = k.id AND f.year = k.year, orgs o
WHERE k.region_code = e.region_code AND k.id = e.form_id AND o.id = e.org_id;
--> statement-breakpoint
ALTER TABLE monitoring_entries ENABLE TRIGGER monitoring_round_total_update;
--> statement-breakpoint
UPDATE self_evaluations s SET project_name = f.name, project_code = f.code, org_name = o.name
FROM form_keys k JOIN forms f ON f.region_code = k.region_code AND f.id = k.id AND f.year = k.year, orgs o
WHERE k.region_code = s.region_code AND k.id = s.form_id AND o.id = s.org_id;
--> statement-breakpoint
-- A row's names from its form (by its key: the form's year, then the year's partition) and its organisation.
-- A form or organisation that does not exist leaves '' here, for the foreign key to refuse the row by its own
-- error. One function for both tables: they name the columns alike.
CREATE FUNCTION project_row_names() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  form_year integer;
BEGIN
  NEW.org_name := coalesce((SELECT name FROM orgs WHERE id = NEW.org_id FOR SHARE), '');
  SELECT year INTO form_year FROM form_keys WHERE region_code = NEW.region_code AND id = NEW.form_id;
  SELECT name, code INTO NEW.project_name, NEW.project_code FROM forms
    WHERE region_code = NEW.region_code AND id = NEW.form_id AND year = form_year FOR SHARE;
  NEW.project_name := coalesce(NEW.project_name, '');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER monitoring_entry_names BEFORE INSERT ON monitoring_entries
  FOR EACH ROW EXECUTE FUNCTION project_row_names();
--> statement-breakpoint
CREATE TRIGGER monitoring_entry_names_moved BEFORE UPDATE OF region_code, form_id, org_id ON monitoring_entries
  FOR EACH ROW WHEN (NEW.region_code IS DISTINCT FROM OLD.region_code OR NEW.form_id IS DISTINCT FROM OLD.form_id
    OR NEW.org_id IS DISTINCT FROM OLD.org_id)
  EXECUTE FUNCTION project_row_names();
--> statement-breakpoint
CREATE TRIGGER self_evaluation_names BEFORE INSERT ON self_evaluations
  FOR EACH ROW EXECUTE FUNCTION project_row_names();
--> statement-breakpoint
CREATE TRIGGER self_evaluation_names_moved BEFORE UPDATE OF region_code, form_id, org_id ON self_evaluations
  FOR EACH ROW WHEN (NEW.region_code IS DISTINCT FROM OLD.region_code OR NEW.form_id IS DISTINCT FROM OLD.form_id
    OR NEW.org_id IS DISTINCT FROM OLD.org_id)
  EXECUTE FUNCTION project_row_names();
--> statement-breakpoint
-- A form renamed or given another code: its entries, evaluations and the evaluations' misses (0031's
-- form_miss_project, folded in here) take them in the same transaction. BEFORE the form's row is written, not
-- after: an update that also changes the form's year moves the row to another partition, and that fires no AFTER
-- UPDATE row trigger (it becomes a delete and an insert) — 0031's trigger missed such a rename. The form's row is
-- locked by then (a BEFORE UPDATE trigger runs on the row the update has locked).
CREATE FUNCTION form_project_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE monitoring_entries SET project_name = NEW.name, project_code = NEW.code
  WHERE region_code = OLD.region_code AND form_id = OLD.id
    AND (project_name, project_code) IS DISTINCT FROM (NEW.name, NEW.code);
  UPDATE self_evaluations SET project_name = NEW.name, project_code = NEW.code
  WHERE region_code = OLD.region_code AND form_id = OLD.id
    AND (project_name, project_code) IS DISTINCT FROM (NEW.name, NEW.code);
  UPDATE self_evaluation_misses SET project = NEW.name
  WHERE region_code = OLD.region_code AND form_id = OLD.id AND project IS DISTINCT FROM NEW.name;
  RETURN NEW;
END $$;
--> statement-breakpoint
DROP TRIGGER form_miss_project ON forms;
--> statement-breakpoint
DROP FUNCTION self_evaluation_miss_project();
--> statement-breakpoint
CREATE TRIGGER form_project_names BEFORE UPDATE OF name, code ON forms
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.code IS DISTINCT FROM NEW.code)
  EXECUTE FUNCTION form_project_names();
--> statement-breakpoint
-- An organisation renamed: its entries and evaluations take the new name in the same transaction.
CREATE FUNCTION org_name_project_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE monitoring_entries SET org_name = NEW.name WHERE org_id = NEW.id AND org_name IS DISTINCT FROM NEW.name;
  UPDATE self_evaluations SET org_name = NEW.name WHERE org_id = NEW.id AND org_name IS DISTINCT FROM NEW.name;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_name_project_rows AFTER UPDATE OF name ON orgs
  FOR EACH ROW WHEN (NEW.name IS DISTINCT FROM OLD.name) EXECUTE FUNCTION org_name_project_rows();
