CREATE TABLE "indicator_library" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sector" text NOT NULL,
	"field" text,
	"level1" text NOT NULL,
	"level2" text NOT NULL,
	"name" text NOT NULL,
	"definition" text,
	"formula" text,
	"unit" text,
	"direction" text NOT NULL,
	"usual_value" text,
	"scoring" text,
	"data_source" text,
	"source_title" text,
	"source_url" text,
	"origin" text DEFAULT 'builtin' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "library_id" uuid;--> statement-breakpoint
ALTER TABLE "indicator_library" ADD CONSTRAINT "indicator_library_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_library_key" ON "indicator_library" USING btree ("sector","level1","level2","name");--> statement-breakpoint
CREATE INDEX "indicator_library_level2" ON "indicator_library" USING btree ("level2");--> statement-breakpoint
CREATE INDEX "indicators_library" ON "indicators" USING btree ("library_id");