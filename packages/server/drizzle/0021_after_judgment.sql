CREATE TABLE "appeal_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"appeal" boolean NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'drafted' NOT NULL,
	"drafted_by" uuid,
	"drafted_by_name" text NOT NULL,
	"decided_by" uuid,
	"decided_by_name" text,
	"decided_as" text,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "compliance_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"from_date" date NOT NULL,
	"days" integer NOT NULL,
	"setting_version" integer NOT NULL,
	"completion_note" text,
	"completed_by" uuid,
	"completed_by_name" text,
	"completed_at" timestamp with time zone,
	"cancel_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "judgment_served_date" date;--> statement-breakpoint
ALTER TABLE "appeal_decisions" ADD CONSTRAINT "appeal_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "compliance_tasks" ADD CONSTRAINT "compliance_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appeal_decisions_case_idx" ON "appeal_decisions" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "appeal_decisions_live_uq" ON "appeal_decisions" USING btree ("case_id") WHERE status in ('drafted', 'approved');--> statement-breakpoint
CREATE UNIQUE INDEX "compliance_tasks_case_uq" ON "compliance_tasks" USING btree ("case_id");