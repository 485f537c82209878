-- A round's entries page as the text each entry keeps of itself (docs/scale.md, h-entries36): writing each row's
-- JSON in the page's statement cost its backend ~190 µs a page (twelve fields escaped and joined a row), and the
-- page is read far more often than an entry is written. `list_item` is the answer's item (entrySummary's fields in
-- its order, as the route's compiled serializer wrote the row), made by the trigger below on every insert and
-- update — by the server, a COPY, a restore, a rename of the form or the unit (0052's triggers update the names
-- here, and this trigger then writes them) — never by the server. monitoring-entry-json.test.ts holds it to the
-- serializer's bytes.
ALTER TABLE "monitoring_entries" ADD COLUMN "list_item" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Each value as JSON.stringify writes it: text by to_json (escaped alike), a uuid or a numeric's digits quoted,
-- integers as their digits, the time as Date.prototype.toISOString writes it (UTC, milliseconds truncated).
CREATE FUNCTION monitoring_entry_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.list_item := '{"id":"' || NEW.id::text
    || '","formId":"' || NEW.form_id::text
    || '","orgName":' || to_json(NEW.org_name)::text
    || ',"projectName":' || to_json(NEW.project_name)::text
    || ',"projectCode":' || coalesce(to_json(NEW.project_code)::text, 'null')
    || ',"status":' || to_json(NEW.status)::text
    || ',"budgetLight":' || coalesce(to_json(NEW.budget_light)::text, 'null')
    || ',"worstLight":' || coalesce(to_json(NEW.worst_light)::text, 'null')
    || ',"redCount":' || NEW.red_count::text
    || ',"yellowCount":' || NEW.yellow_count::text
    || ',"executionRate":' || coalesce('"' || NEW.execution_rate::text || '"', 'null')
    || ',"updatedAt":"' || to_char(NEW.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}';
  RETURN NEW;
END $$;
--> statement-breakpoint
-- Named to fire after monitoring_entry_names and monitoring_entry_names_moved (BEFORE triggers of one event fire
-- in the order of their names): it writes the names they set.
CREATE TRIGGER monitoring_entry_text BEFORE INSERT OR UPDATE ON monitoring_entries
  FOR EACH ROW EXECUTE FUNCTION monitoring_entry_text();
--> statement-breakpoint
-- The entries already held, written once by the trigger. The fill moves nothing a round's totals count; their
-- statement trigger (0046) is left out of it, as 0052's fill did (it pairs every written entry with its old row).
ALTER TABLE monitoring_entries DISABLE TRIGGER monitoring_round_total_update;
--> statement-breakpoint
UPDATE monitoring_entries SET list_item = '';
--> statement-breakpoint
ALTER TABLE monitoring_entries ENABLE TRIGGER monitoring_round_total_update;
