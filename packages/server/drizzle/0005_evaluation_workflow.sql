CREATE TABLE "evaluation_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"opinion" text,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ADD COLUMN "closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ADD COLUMN "closed_by" uuid;--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ADD COLUMN "frozen" jsonb;--> statement-breakpoint
ALTER TABLE "evaluation_transitions" ADD CONSTRAINT "evaluation_transitions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluation_transitions_entity" ON "evaluation_transitions" USING btree ("entity","entity_id");--> statement-breakpoint
ALTER TABLE "monitoring_rounds" ADD CONSTRAINT "monitoring_rounds_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;