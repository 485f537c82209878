-- Search (q=) on a form's name: a trigram index lets PostgreSQL answer ILIKE '%…%' from an index instead
-- of reading every form. The extension may be unavailable (PGlite without its contrib bundle, a server
-- without contrib, a role that may not create extensions): then nothing is created and search reads the
-- table as before. The operator class is named with the schema the extension lives in, whatever the
-- search path.
DO $$
DECLARE
  ext_schema text;
BEGIN
  BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
  EXCEPTION WHEN others THEN
    RAISE NOTICE 'pg_trgm unavailable, form search without an index: %', SQLERRM;
  END;
  SELECT n.nspname INTO ext_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
  IF ext_schema IS NOT NULL THEN
    EXECUTE format('CREATE INDEX IF NOT EXISTS forms_name_trgm ON forms USING gin (name %I.gin_trgm_ops)', ext_schema);
  END IF;
END $$;
