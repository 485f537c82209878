CREATE TABLE "form_findings" (
	"form_id" uuid PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"checker" text NOT NULL,
	"indicators" integer NOT NULL,
	"quantified" integer NOT NULL,
	"findings" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "form_findings" ADD CONSTRAINT "form_findings_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "approvals_form" ON "approvals" USING btree ("form_id","created_at");--> statement-breakpoint
CREATE INDEX "forms_org_updated" ON "forms" USING btree ("org_id","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "forms_status_updated" ON "forms" USING btree ("status","updated_at" DESC NULLS LAST,"id");