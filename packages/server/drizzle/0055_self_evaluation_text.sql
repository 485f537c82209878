-- The self-evaluations' page as the text each evaluation keeps of itself (docs/scale.md, h-deep38), as a round's
-- entries keep theirs (0054): the page was read as twelve fields a row, made into objects and written again by the
-- route's compiled serializer — the server's main thread, the bound of the uncached lists, spent ~0.8 ms and
-- allocated ~230 kB a page (4× a round's entries'). `list_item` is the answer's item (evaluationSummary's fields
-- in its order, as the compiled serializer wrote the row), made by the trigger below on every insert and update —
-- by the server, a COPY, a restore, a rename of the form or the unit (0052's triggers update the names here, and
-- this trigger then writes them) — never by the server. self-evaluation-json.test.ts holds it to the
-- serializer's bytes.
ALTER TABLE "self_evaluations" ADD COLUMN "list_item" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Each value as JSON.stringify writes it: text by to_json (escaped alike), a uuid or a numeric's digits quoted,
-- the year as its digits, the time as Date.prototype.toISOString writes it (UTC, milliseconds truncated).
CREATE FUNCTION self_evaluation_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.list_item := '{"id":"' || NEW.id::text
    || '","formId":"' || NEW.form_id::text
    || '","year":' || NEW.year::text
    || ',"projectName":' || to_json(NEW.project_name)::text
    || ',"projectCode":' || coalesce(to_json(NEW.project_code)::text, 'null')
    || ',"orgName":' || to_json(NEW.org_name)::text
    || ',"status":' || to_json(NEW.status)::text
    || ',"total":' || coalesce('"' || NEW.total::text || '"', 'null')
    || ',"grade":' || coalesce(to_json(NEW.grade)::text, 'null')
    || ',"executionRate":' || coalesce('"' || NEW.execution_rate::text || '"', 'null')
    || ',"updatedAt":"' || to_char(NEW.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"}';
  RETURN NEW;
END $$;
--> statement-breakpoint
-- Named to fire after self_evaluation_names and self_evaluation_names_moved (BEFORE triggers of one event fire in
-- the order of their names): it writes the names they set.
CREATE TRIGGER self_evaluation_text BEFORE INSERT OR UPDATE ON self_evaluations
  FOR EACH ROW EXECUTE FUNCTION self_evaluation_text();
--> statement-breakpoint
-- The evaluations already held, written once by the trigger. The fill changes nothing the year's totals and the
-- indicator counts count: their row triggers are passed over as a move between partitions passes them (0035).
SELECT set_config('jixiao.moving_rows', 'on', true);
--> statement-breakpoint
UPDATE self_evaluations SET list_item = '';
--> statement-breakpoint
SELECT set_config('jixiao.moving_rows', 'off', true);
