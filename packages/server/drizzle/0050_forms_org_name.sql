-- Each form carries its organisation's name for the forms list (docs/scale.md, h-lists32): the list read it by a
-- lookup in `orgs` for every row shown, 80 of the ~180 µs the database spent on a page of 50. The database keeps
-- it right: a form inserted without it ('' or null: the column's default, an old backup's row) or moved to another
-- organisation takes the name from `orgs`; a renamed organisation's forms take the new name in the renaming
-- transaction. The organisation's row is read FOR SHARE, so that an insert and a rename of its organisation
-- running at once wait for each other: the rename's update of the forms then sees the inserted form, or the
-- insert reads the new name. (On Citus `orgs` is a reference table: its trigger needs
-- citus.enable_unsafe_triggers, as the counting triggers do.)
ALTER TABLE "forms" ADD COLUMN "org_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "forms" f SET "org_name" = o."name" FROM "orgs" o WHERE o."id" = f."org_id";--> statement-breakpoint
CREATE FUNCTION form_org_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- An organisation that does not exist leaves '' here, for the foreign key to refuse the row by its own error.
  NEW.org_name := coalesce((SELECT name FROM orgs WHERE id = NEW.org_id FOR SHARE), '');
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER form_org_name BEFORE INSERT ON forms FOR EACH ROW
  WHEN (coalesce(NEW.org_name, '') = '') EXECUTE FUNCTION form_org_name();
--> statement-breakpoint
CREATE TRIGGER form_org_name_moved BEFORE UPDATE OF org_id ON forms FOR EACH ROW
  WHEN (NEW.org_id IS DISTINCT FROM OLD.org_id) EXECUTE FUNCTION form_org_name();
--> statement-breakpoint
CREATE FUNCTION org_name_forms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE forms SET org_name = NEW.name WHERE org_id = NEW.id AND org_name IS DISTINCT FROM NEW.name;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER org_name_forms AFTER UPDATE OF name ON orgs FOR EACH ROW
  WHEN (NEW.name IS DISTINCT FROM OLD.name) EXECUTE FUNCTION org_name_forms();
