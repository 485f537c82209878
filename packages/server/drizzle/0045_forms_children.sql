-- A form's goals and indicators as the detail sends them, kept beside the form and written with its rows
-- (docs/scale.md, twentieth session): building them from the rows on every detail read cost most of it.
-- Forms written before stay null and are read from their rows.
ALTER TABLE "forms" ADD COLUMN "children" json;
