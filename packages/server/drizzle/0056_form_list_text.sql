-- The forms list's page as the text each form keeps of itself (docs/scale.md, h-forms39), as a round's entries
-- (0054) and self-evaluations (0055) keep theirs: the page was read as thirteen fields a row, made into objects and
-- written again by the route's compiled serializer — the server's main thread, the bound of the uncached lists,
-- spent the most of any list on it and allocated ~220 kB a page (4× a round's entries'). `list_item` is the
-- answer's item (formListItem's fields in its order, as the compiled serializer wrote the row), made by the trigger
-- below on every insert and update — by the server, a COPY, a restore, a unit's rename (0050's trigger writes the
-- name here, and this trigger then writes it) — never by the server. form-list-json.test.ts holds it to the
-- serializer's bytes.
ALTER TABLE "forms" ADD COLUMN "list_item" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Each value as JSON.stringify writes it: text by to_json (escaped alike), a uuid or a numeric's digits quoted,
-- integers as their digits, the year 0 (NO_YEAR, schema-core.ts: the document gave none) as null as the column's
-- mapping reads it, the time as Date.prototype.toISOString writes it (UTC, milliseconds truncated).
CREATE FUNCTION forms_list_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.list_item := '{"id":"' || NEW.id::text
    || '","orgId":"' || NEW.org_id::text
    || '","orgName":' || to_json(NEW.org_name)::text
    || ',"year":' || CASE WHEN NEW.year = 0 THEN 'null' ELSE NEW.year::text END
    || ',"kind":' || to_json(NEW.kind)::text
    || ',"formType":' || to_json(NEW.form_type)::text
    || ',"name":' || to_json(NEW.name)::text
    || ',"code":' || coalesce(to_json(NEW.code)::text, 'null')
    || ',"status":' || to_json(NEW.status)::text
    || ',"version":' || NEW.version::text
    || ',"budgetTotal":' || coalesce('"' || NEW.budget_total::text || '"', 'null')
    || ',"budgetCurrent":' || coalesce('"' || NEW.budget_current::text || '"', 'null')
    || ',"updatedAt":"' || to_char(NEW.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}';
  RETURN NEW;
END $$;
--> statement-breakpoint
-- Named to fire after every other BEFORE trigger of forms (form_org_name, form_org_name_moved, form_key,
-- form_project_names, form_year_children: BEFORE triggers of one event fire in the order of their names): it
-- writes what they set.
CREATE TRIGGER forms_list_text BEFORE INSERT OR UPDATE ON forms
  FOR EACH ROW EXECUTE FUNCTION forms_list_text();
--> statement-breakpoint
-- The forms already held, written once by the trigger (updated_at and every other column as they were; a
-- published form's page is announced as changed, as any update of it is — 0029's trigger, once).
UPDATE forms SET list_item = '';
