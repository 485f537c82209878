-- form_keys_id holds the key's region and year beside its id: a row that refers to a form (a round's entry,
-- a self-evaluation, an approval) finds the form's year by an index-only scan, without a visit to the table for
-- each row of a page (docs/scale.md, thirty-second session).
DROP INDEX "form_keys_id";--> statement-breakpoint
CREATE INDEX "form_keys_id" ON "form_keys" USING btree ("id","region_code","year");