-- Each form's year on its key (docs/scale.md, eighteenth session): the rows that refer to a form by
-- (region_code, form_id) — entries, evaluations, approvals, findings — and a URL's id find the form's
-- partition through its key instead of probing every year's. The key's year follows the form's: written
-- with the key, moved by form_year_children when the editor changes the year. A form's id is one form
-- across years: a form inserted with an id its region already holds in another year is refused (the key
-- used to be written ON CONFLICT DO NOTHING, which let a second year's form take the same id).
ALTER TABLE "form_keys" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "form_keys" k SET "year" = f."year" FROM "forms" f WHERE f."region_code" = k."region_code" AND f."id" = k."id";--> statement-breakpoint
UPDATE "form_keys" SET "year" = 0 WHERE "year" IS NULL;--> statement-breakpoint
ALTER TABLE "form_keys" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "form_keys_id" ON "form_keys" USING btree ("id");--> statement-breakpoint
-- A form's key with its year. Its key already held: by the same year, a form moving between partitions
-- (a year edit: form_year_children moved the key first; or a year opened, which moves DEFAULT's rows), or
-- the same form twice, which forms_pkey refuses; by another year, another form with the same id: refused.
CREATE OR REPLACE FUNCTION form_key() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  held integer;
BEGIN
  NEW.year := coalesce(NEW.year, 0);
  INSERT INTO form_keys (region_code, id, year) VALUES (NEW.region_code, NEW.id, NEW.year)
    ON CONFLICT (region_code, id) DO NOTHING;
  IF NOT FOUND THEN
    SELECT year INTO held FROM form_keys WHERE region_code = NEW.region_code AND id = NEW.id;
    IF held <> NEW.year THEN
      RAISE EXCEPTION 'form % of region % is held in year %, not %', NEW.id, NEW.region_code, held, NEW.year
        USING ERRCODE = 'unique_violation', CONSTRAINT = 'form_keys_pkey';
    END IF;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- A bulk load (form-copy.ts) writes the keys of its forms by COPY beforehand, in the same transaction, and
-- says so (jixiao.form_keys_written): the trigger then runs for none of its rows (a function call and an
-- INSERT per form). A form without its key is still refused by forms_key_fk.
DROP TRIGGER form_key ON forms;
--> statement-breakpoint
CREATE TRIGGER form_key BEFORE INSERT ON forms FOR EACH ROW
  WHEN (current_setting('jixiao.form_keys_written', true) IS DISTINCT FROM 'on') EXECUTE FUNCTION form_key();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION form_year_children() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.year := coalesce(NEW.year, 0);
  IF NEW.year <> OLD.year THEN
    UPDATE form_keys SET year = NEW.year WHERE region_code = OLD.region_code AND id = OLD.id;
    UPDATE form_goals SET year = NEW.year WHERE region_code = OLD.region_code AND form_id = OLD.id AND year = OLD.year;
    UPDATE indicators SET year = NEW.year WHERE region_code = OLD.region_code AND form_id = OLD.id AND year = OLD.year;
    UPDATE form_versions SET year = NEW.year
      WHERE region_code = OLD.region_code AND form_id = OLD.id AND year = OLD.year;
  END IF;
  RETURN NEW;
END $$;
