CREATE TABLE "reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"region_code" text NOT NULL,
	"region_name" text NOT NULL,
	"region_path" text NOT NULL,
	"edition" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"document_number" text NOT NULL,
	"content" jsonb NOT NULL,
	"previous_id" uuid,
	"differences" jsonb,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"issued_by" uuid,
	"issued_by_name" text,
	"issued_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reports_edition_key" ON "reports" USING btree ("kind","period","region_code","edition");--> statement-breakpoint
CREATE INDEX "reports_region_path_idx" ON "reports" USING btree ("region_path");