CREATE TABLE "risk_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"level" text NOT NULL,
	"level_source" text NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"screened_level" text NOT NULL,
	"override_reason" text,
	"rules_version" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'warning' NOT NULL,
	"warned_on" date NOT NULL,
	"lead_head_id" uuid,
	"lead_user_id" uuid,
	"lead_name" text,
	"lead_title" text,
	"lead_assigned_at" timestamp with time zone,
	"task_force" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"outcome" text,
	"close_summary" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_level_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"from_level" text,
	"to_level" text NOT NULL,
	"source" text NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rules_version" integer DEFAULT 0 NOT NULL,
	"reason" text,
	"by_user_id" uuid,
	"by_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_party_keys" (
	"case_id" uuid NOT NULL,
	"key" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_plans" (
	"item_id" uuid PRIMARY KEY NOT NULL,
	"goal" text NOT NULL,
	"measures" text NOT NULL,
	"responsible" text NOT NULL,
	"start_date" date NOT NULL,
	"due_date" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "risk_progress" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"on_date" date NOT NULL,
	"note" text NOT NULL,
	"by_user_id" uuid,
	"by_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "risk_screening_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" text NOT NULL,
	"screened" integer NOT NULL,
	"changes" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_screening_runs_period_unique" UNIQUE("period")
);
--> statement-breakpoint
ALTER TABLE "risk_items" ADD CONSTRAINT "risk_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_items" ADD CONSTRAINT "risk_items_lead_head_id_agency_heads_id_fk" FOREIGN KEY ("lead_head_id") REFERENCES "public"."agency_heads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_level_changes" ADD CONSTRAINT "risk_level_changes_item_id_risk_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."risk_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_party_keys" ADD CONSTRAINT "risk_party_keys_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_plans" ADD CONSTRAINT "risk_plans_item_id_risk_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."risk_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_progress" ADD CONSTRAINT "risk_progress_item_id_risk_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."risk_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "risk_items_case_uq" ON "risk_items" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "risk_items_state_level_idx" ON "risk_items" USING btree ("state","level");--> statement-breakpoint
CREATE INDEX "risk_level_changes_item_idx" ON "risk_level_changes" USING btree ("item_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_party_keys_uq" ON "risk_party_keys" USING btree ("case_id","key");--> statement-breakpoint
CREATE INDEX "risk_party_keys_key_idx" ON "risk_party_keys" USING btree ("key");--> statement-breakpoint
CREATE INDEX "risk_progress_item_idx" ON "risk_progress" USING btree ("item_id","at");