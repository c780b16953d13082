CREATE TABLE "card_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"level" text NOT NULL,
	"unit_id" text NOT NULL,
	"unit_label" text NOT NULL,
	"region_path" text NOT NULL,
	"sanction" text NOT NULL,
	"rule_id" text NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"losses" integer NOT NULL,
	"concluded" integer NOT NULL,
	"rate_display" text NOT NULL,
	"rules_version" integer NOT NULL,
	"definition_version" integer NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decision_reason" text,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "card_proposals_unit_uq" ON "card_proposals" USING btree ("period_from","level","unit_id","sanction");--> statement-breakpoint
CREATE INDEX "card_proposals_region_idx" ON "card_proposals" USING btree ("region_path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "card_proposals_unit_idx" ON "card_proposals" USING btree ("level","unit_id","period_from");