DROP INDEX "case_deadlines_case_rule_uq";--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD COLUMN "owner_type" text DEFAULT 'case' NOT NULL;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD COLUMN "owner_id" uuid;--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD COLUMN "owner_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "case_deadlines_owner_rule_uq" ON "case_deadlines" USING btree ("owner_type","owner_id","rule_id","owner_key") WHERE owner_type <> 'case';--> statement-breakpoint
CREATE INDEX "case_deadlines_case_idx" ON "case_deadlines" USING btree ("case_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "case_deadlines_case_rule_uq" ON "case_deadlines" USING btree ("case_id","rule_id") WHERE owner_type = 'case';--> statement-breakpoint
ALTER TABLE "case_deadlines" ADD CONSTRAINT "case_deadlines_owner_ck" CHECK ((owner_type = 'case') = (owner_id is null));