CREATE INDEX "forms_id" ON "forms" USING btree ("id");--> statement-breakpoint
CREATE INDEX "monitoring_entries_round_updated" ON "monitoring_entries" USING btree ("round_id","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "monitoring_entries_org_round_updated" ON "monitoring_entries" USING btree ("org_id","round_id","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "self_evaluations_year_updated" ON "self_evaluations" USING btree ("year","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "self_evaluations_org_year_updated" ON "self_evaluations" USING btree ("org_id","year","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "budgets_updated" ON "budgets" USING btree ("updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "budgets_year_updated" ON "budgets" USING btree ("year","updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "check_batches_year_created" ON "check_batches" USING btree ("year","created_at" DESC NULLS LAST,"id");