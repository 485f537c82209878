-- A published disclosure's public page compressed once, when it is published (gzip and brotli), stored beside
-- its page with the department's name the copies were made with (features/disclosures/page-copies.ts). Pages
-- stored before this migration get theirs after their first read: the compression is the server's, not SQL.
ALTER TABLE "budget_publication_pages" ADD COLUMN "org_name" text;--> statement-breakpoint
ALTER TABLE "budget_publication_pages" ADD COLUMN "gzip" "bytea";--> statement-breakpoint
ALTER TABLE "budget_publication_pages" ADD COLUMN "br" "bytea";
