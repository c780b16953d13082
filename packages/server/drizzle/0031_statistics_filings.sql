CREATE TABLE "statistics_filing_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filing_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"comment" text,
	"cell" text,
	"before" jsonb,
	"after" jsonb,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form" text NOT NULL,
	"period" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"scope" text NOT NULL,
	"region_code" text NOT NULL,
	"region_name" text NOT NULL,
	"region_path" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"cells" jsonb NOT NULL,
	"adjustments" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"units" jsonb,
	"counted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "statistics_filing_events" ADD CONSTRAINT "statistics_filing_events_filing_id_statistics_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."statistics_filings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statistics_filing_events_filing_idx" ON "statistics_filing_events" USING btree ("filing_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "statistics_filings_key" ON "statistics_filings" USING btree ("form","period","region_code","scope");--> statement-breakpoint
CREATE INDEX "statistics_filings_region_path_idx" ON "statistics_filings" USING btree ("region_path");