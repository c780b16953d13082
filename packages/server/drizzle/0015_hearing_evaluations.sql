CREATE TABLE "hearing_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hearing_id" uuid NOT NULL,
	"head_id" uuid NOT NULL,
	"prepared" smallint NOT NULL,
	"spoke_on_merits" smallint NOT NULL,
	"respected_court" smallint NOT NULL,
	"comment" text,
	"evaluated_by" uuid,
	"evaluated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "hearing_evaluations_scores_ck" CHECK ("hearing_evaluations"."prepared" between 1 and 5 and "hearing_evaluations"."spoke_on_merits" between 1 and 5 and "hearing_evaluations"."respected_court" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "hearing_evaluations" ADD CONSTRAINT "hearing_evaluations_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_evaluations" ADD CONSTRAINT "hearing_evaluations_head_id_agency_heads_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."agency_heads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hearing_evaluations_hearing_head_uq" ON "hearing_evaluations" USING btree ("hearing_id","head_id");--> statement-breakpoint
CREATE INDEX "hearing_evaluations_head_idx" ON "hearing_evaluations" USING btree ("head_id");