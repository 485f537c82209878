CREATE TABLE "check_batch_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"name" text NOT NULL,
	"format" text,
	"unit" text,
	"titles" jsonb NOT NULL,
	"error_code" text,
	"error_message" text,
	"errors" integer DEFAULT 0 NOT NULL,
	"warnings" integer DEFAULT 0 NOT NULL,
	"infos" integer DEFAULT 0 NOT NULL,
	"rows" jsonb
);
--> statement-breakpoint
CREATE TABLE "check_batch_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"rule" text NOT NULL,
	"severity" text NOT NULL,
	"message" text NOT NULL,
	"path" text NOT NULL,
	"form" text NOT NULL,
	"place" jsonb
);
--> statement-breakpoint
CREATE TABLE "check_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"errors" integer DEFAULT 0 NOT NULL,
	"warnings" integer DEFAULT 0 NOT NULL,
	"infos" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "check_batch_documents" ADD CONSTRAINT "check_batch_documents_batch_id_check_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."check_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_batch_findings" ADD CONSTRAINT "check_batch_findings_batch_id_check_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."check_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_batch_findings" ADD CONSTRAINT "check_batch_findings_document_id_check_batch_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."check_batch_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_batches" ADD CONSTRAINT "check_batches_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_batches" ADD CONSTRAINT "check_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "check_batch_documents_batch" ON "check_batch_documents" USING btree ("batch_id","ordinal");--> statement-breakpoint
CREATE INDEX "check_batch_findings_batch" ON "check_batch_findings" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "check_batch_findings_document" ON "check_batch_findings" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "check_batches_org_year" ON "check_batches" USING btree ("org_id","year");