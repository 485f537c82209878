ALTER TABLE "approvals" ADD COLUMN "number" text;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "approved_on" text;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "handler" text;--> statement-breakpoint
ALTER TABLE "approvals" ADD COLUMN "head" text;