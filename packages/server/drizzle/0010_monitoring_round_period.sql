ALTER TABLE "monitoring_rounds" ADD COLUMN "duplicate_of" uuid;--> statement-breakpoint
-- Rounds already opened twice for one period are kept (their entries hold filled data): every round but the
-- earliest of its period names that earliest one, and stays outside the one-round-per-period index.
UPDATE "monitoring_rounds" r SET "duplicate_of" = f."id"
FROM (SELECT DISTINCT ON ("year", "month") "id", "year", "month" FROM "monitoring_rounds" ORDER BY "year", "month", "created_at", "id") f
WHERE r."year" = f."year" AND r."month" = f."month" AND r."id" <> f."id";--> statement-breakpoint
CREATE UNIQUE INDEX "monitoring_rounds_period" ON "monitoring_rounds" USING btree ("year","month") WHERE "monitoring_rounds"."duplicate_of" is null;