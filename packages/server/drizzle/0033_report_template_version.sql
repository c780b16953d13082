ALTER TABLE "card_proposals" ADD COLUMN "notice_template_version" integer;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "template_key" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "template_version" integer;