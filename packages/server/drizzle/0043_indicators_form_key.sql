-- A form's indicators by its key (region_code, form_id, year) in order: right after a bulk load, before any
-- ANALYZE, the planner read them through the partition's key index (region_code, id, year) and filtered the
-- year's indicators by form (docs/scale.md, eighteenth session).
DROP INDEX "indicators_form";--> statement-breakpoint
CREATE INDEX "indicators_form" ON "indicators" USING btree ("region_code","form_id","year","position");