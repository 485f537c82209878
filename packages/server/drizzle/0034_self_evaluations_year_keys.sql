ALTER TABLE "self_evaluation_misses" DROP CONSTRAINT "self_evaluation_misses_evaluation_fk";
--> statement-breakpoint
ALTER TABLE "self_evaluation_misses" DROP CONSTRAINT "self_evaluation_misses_pkey";
--> statement-breakpoint
ALTER TABLE "self_evaluation_misses" ADD CONSTRAINT "self_evaluation_misses_pkey" PRIMARY KEY("region_code","evaluation_id","ord","year");--> statement-breakpoint
ALTER TABLE "self_evaluations" DROP CONSTRAINT "self_evaluations_pkey";
--> statement-breakpoint
ALTER TABLE "self_evaluations" ADD CONSTRAINT "self_evaluations_pkey" PRIMARY KEY("region_code","id","year");