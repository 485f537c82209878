-- The whole form as the detail sends it, kept beside the form and written with its goals and indicators
-- (docs/scale.md, h-detail17b): the detail then sends this text without parsing `rest` and writing it again.
-- Filled here from `rest` and `children` (0045) for every form that has its children's text (as formFromRows
-- joins them: `rest`'s keys, then goals and indicators; a disclosure is its `rest`); forms without it stay null
-- and are read from their rows. `children` itself is dropped by 0048: nothing reads it any more.
ALTER TABLE "forms" ADD COLUMN "form_json" json;--> statement-breakpoint
UPDATE "forms" SET "form_json" = (CASE
    WHEN "kind" = 'disclosure' THEN "rest"::text
    WHEN "rest" = '{}'::jsonb THEN "children"::text
    ELSE left("rest"::text, -1) || ', ' || regexp_replace("children"::text, '^\s*\{', '')
  END)::json
  WHERE "children" IS NOT NULL;
