-- Public pages told when what they are built from changes (http/public-page-tags.ts):
-- every process keeps the tag of a published disclosure (its latest publication and the department's
-- name) in memory and reads nothing per request; these triggers announce each change, from any writer,
-- in the writing transaction (delivered when it commits), so every process forgets the tag at once.
CREATE FUNCTION public_page_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'orgs' THEN
    -- A department's name is on its pages: every page of it is forgotten.
    PERFORM pg_notify('jixiao_public_pages', 'org:' || COALESCE(NEW.id, OLD.id)::text);
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM pg_notify('jixiao_public_pages', OLD.org_id::text || '/' || OLD.year::text);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM pg_notify('jixiao_public_pages', NEW.org_id::text || '/' || NEW.year::text);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER budget_publication_page_notify AFTER INSERT OR UPDATE OR DELETE ON budget_publications
  FOR EACH ROW EXECUTE FUNCTION public_page_notify();
--> statement-breakpoint
CREATE TRIGGER org_public_page_notify AFTER UPDATE OF name OR DELETE ON orgs
  FOR EACH ROW EXECUTE FUNCTION public_page_notify();
--> statement-breakpoint
-- A whole table emptied (a restore) forgets every page.
CREATE FUNCTION public_pages_notify_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jixiao_public_pages', '*');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER budget_publications_truncate_notify AFTER TRUNCATE ON budget_publications
  FOR EACH STATEMENT EXECUTE FUNCTION public_pages_notify_all();
--> statement-breakpoint
CREATE TRIGGER orgs_truncate_notify AFTER TRUNCATE ON orgs
  FOR EACH STATEMENT EXECUTE FUNCTION public_pages_notify_all();
--> statement-breakpoint
-- A public form's page (GET /api/public/forms/:id) is named by the form, its 批复 and its department's
-- name: a published form's change (or its leaving publication), and any 批复 of a form, are announced as
-- 'form:<id>'; a department renamed ('org:<id>' above) forgets every form page. Drafts being edited
-- announce nothing.
CREATE FUNCTION public_form_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'approvals' THEN
    PERFORM pg_notify('jixiao_public_pages', 'form:' || COALESCE(NEW.form_id, OLD.form_id)::text);
  ELSE
    PERFORM pg_notify('jixiao_public_pages', 'form:' || COALESCE(NEW.id, OLD.id)::text);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER form_public_page_insert AFTER INSERT ON forms
  FOR EACH ROW WHEN (NEW.status = 'published') EXECUTE FUNCTION public_form_notify();
--> statement-breakpoint
CREATE TRIGGER form_public_page_update AFTER UPDATE ON forms
  FOR EACH ROW WHEN (OLD.status = 'published' OR NEW.status = 'published') EXECUTE FUNCTION public_form_notify();
--> statement-breakpoint
CREATE TRIGGER form_public_page_delete AFTER DELETE ON forms
  FOR EACH ROW WHEN (OLD.status = 'published') EXECUTE FUNCTION public_form_notify();
--> statement-breakpoint
CREATE TRIGGER approval_public_page_notify AFTER INSERT OR UPDATE OR DELETE ON approvals
  FOR EACH ROW EXECUTE FUNCTION public_form_notify();
--> statement-breakpoint
CREATE TRIGGER forms_truncate_public_notify AFTER TRUNCATE ON forms
  FOR EACH STATEMENT EXECUTE FUNCTION public_pages_notify_all();
