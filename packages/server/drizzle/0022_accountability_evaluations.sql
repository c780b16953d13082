CREATE TABLE "loss_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"state" text DEFAULT 'opened' NOT NULL,
	"effective_on" date,
	"initial" jsonb,
	"expert_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reviews" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"conclusion" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "accountability_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"discipline_user_id" uuid NOT NULL,
	"package" jsonb NOT NULL,
	"batch" text,
	"due_date" date,
	"sent_on" date NOT NULL,
	"on_time" boolean,
	"outcome_code" text,
	"outcome_note" text,
	"checks" jsonb,
	"outcome_at" timestamp with time zone,
	"outcome_by" uuid,
	"sent_by" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "loss_evaluations" ADD CONSTRAINT "loss_evaluations_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_referrals" ADD CONSTRAINT "accountability_referrals_evaluation_id_loss_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."loss_evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accountability_referrals" ADD CONSTRAINT "accountability_referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "loss_evaluations_case_uq" ON "loss_evaluations" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "loss_evaluations_state_idx" ON "loss_evaluations" USING btree ("state");--> statement-breakpoint
CREATE UNIQUE INDEX "accountability_referrals_evaluation_uq" ON "accountability_referrals" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "accountability_referrals_user_idx" ON "accountability_referrals" USING btree ("discipline_user_id");