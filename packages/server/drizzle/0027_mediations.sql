CREATE TABLE "mediation_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mediation_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"participants" text[] NOT NULL,
	"notes" text NOT NULL,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"stage" text NOT NULL,
	"state" text DEFAULT 'received' NOT NULL,
	"applicants" jsonb NOT NULL,
	"agency_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"subject" text NOT NULL,
	"request" text,
	"received_on" date NOT NULL,
	"linked_case_id" uuid,
	"linked_case_number" text,
	"refusal_reason" text,
	"mediator_user_id" uuid,
	"mediator_name" text,
	"assigned_at" timestamp with time zone,
	"result_on" date,
	"result_summary" text,
	"counts_as_settlement" boolean DEFAULT false NOT NULL,
	"became_case_id" uuid,
	"became_case_number" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mediation_sessions" ADD CONSTRAINT "mediation_sessions_mediation_id_mediations_id_fk" FOREIGN KEY ("mediation_id") REFERENCES "public"."mediations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediations" ADD CONSTRAINT "mediations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediations" ADD CONSTRAINT "mediations_linked_case_id_cases_id_fk" FOREIGN KEY ("linked_case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mediations" ADD CONSTRAINT "mediations_became_case_id_cases_id_fk" FOREIGN KEY ("became_case_id") REFERENCES "public"."cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mediation_sessions_mediation_idx" ON "mediation_sessions" USING btree ("mediation_id","held_on");--> statement-breakpoint
CREATE INDEX "mediations_region_idx" ON "mediations" USING btree ("region_path");--> statement-breakpoint
CREATE INDEX "mediations_state_idx" ON "mediations" USING btree ("state","received_on");--> statement-breakpoint
CREATE INDEX "mediations_linked_case_idx" ON "mediations" USING btree ("linked_case_id");