ALTER TABLE "import_jobs" ADD COLUMN "mapping_report" jsonb;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD COLUMN "overview" jsonb;