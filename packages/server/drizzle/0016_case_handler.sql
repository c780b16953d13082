ALTER TABLE "cases" ADD COLUMN "handler_user_id" uuid;--> statement-breakpoint
CREATE INDEX "cases_handler_idx" ON "cases" USING btree ("handler_user_id") WHERE deleted_at is null;