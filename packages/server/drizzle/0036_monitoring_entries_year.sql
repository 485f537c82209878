-- An entry carries its round's year (what 0037 partitions the table by): filled from the round, then kept
-- equal by the foreign key to (region_code, id, year) of the round.
ALTER TABLE "monitoring_entries" DROP CONSTRAINT "monitoring_entries_round_fk";
--> statement-breakpoint
DROP INDEX "monitoring_entries_round_form";--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD COLUMN "year" integer;--> statement-breakpoint
UPDATE "monitoring_entries" e SET "year" = r."year" FROM "monitoring_rounds" r
WHERE r."region_code" = e."region_code" AND r."id" = e."round_id";--> statement-breakpoint
ALTER TABLE "monitoring_entries" ALTER COLUMN "year" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_rounds_id_year" ON "monitoring_rounds" USING btree ("region_code","id","year");--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD CONSTRAINT "monitoring_entries_round_fk" FOREIGN KEY ("region_code","round_id","year") REFERENCES "public"."monitoring_rounds"("region_code","id","year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_entries_round_form" ON "monitoring_entries" USING btree ("region_code","round_id","form_id","year");--> statement-breakpoint
ALTER TABLE "monitoring_entries" DROP CONSTRAINT "monitoring_entries_pkey";
--> statement-breakpoint
ALTER TABLE "monitoring_entries" ADD CONSTRAINT "monitoring_entries_pkey" PRIMARY KEY("region_code","id","year");
