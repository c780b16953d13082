CREATE TABLE "hearing_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hearing_id" uuid NOT NULL,
	"head_id" uuid NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"confirmed_by" uuid NOT NULL,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_case_facts" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"instance" text,
	"first_instance" boolean NOT NULL,
	"deciding" boolean NOT NULL,
	"region_path" text NOT NULL,
	"county_code" text NOT NULL,
	"agencies_original" uuid[] NOT NULL,
	"agencies_first" uuid[] NOT NULL,
	"agencies_every" uuid[] NOT NULL,
	"domain" text,
	"cause_of_action" text,
	"filed_on" date,
	"concluded_on" date,
	"defence_due_on" date,
	"defence_filed_on" date,
	"outcome" text,
	"is_judgment" boolean NOT NULL,
	"appealable_end" boolean NOT NULL,
	"own_lost" boolean NOT NULL,
	"own_lost_hidden" boolean NOT NULL,
	"final_lost" boolean NOT NULL,
	"final_lost_hidden" boolean NOT NULL,
	"is_final" boolean NOT NULL,
	"mediated_or_withdrawn" boolean NOT NULL,
	"reconsideration_corrected" boolean NOT NULL,
	"sued_after" boolean NOT NULL,
	"appealed_any" boolean NOT NULL,
	"facts" jsonb NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_dirty" (
	"case_id" uuid PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"snapshot_key" text NOT NULL,
	"version" integer NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"region_code" text,
	"definition_set_id" text NOT NULL,
	"definition_version" integer NOT NULL,
	"figures" jsonb NOT NULL,
	"differences" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
ALTER TABLE "hearing_confirmations" ADD CONSTRAINT "hearing_confirmations_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_confirmations" ADD CONSTRAINT "hearing_confirmations_head_id_agency_heads_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."agency_heads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hearing_confirmations_hearing_head_uq" ON "hearing_confirmations" USING btree ("hearing_id","head_id");--> statement-breakpoint
CREATE INDEX "indicator_facts_filed_idx" ON "indicator_case_facts" USING btree ("filed_on");--> statement-breakpoint
CREATE INDEX "indicator_facts_concluded_idx" ON "indicator_case_facts" USING btree ("concluded_on");--> statement-breakpoint
CREATE INDEX "indicator_facts_defence_due_idx" ON "indicator_case_facts" USING btree ("defence_due_on");--> statement-breakpoint
CREATE INDEX "indicator_facts_region_idx" ON "indicator_case_facts" USING btree ("region_path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_snapshots_key_version_uq" ON "indicator_snapshots" USING btree ("snapshot_key","version");