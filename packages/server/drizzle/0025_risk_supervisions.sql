CREATE TABLE "risk_supervisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"due_date" date NOT NULL,
	"set_by_user_id" uuid,
	"set_by_name" text,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by_user_id" uuid,
	"lifted_by_name" text,
	"lift_summary" text
);
--> statement-breakpoint
ALTER TABLE "risk_supervisions" ADD CONSTRAINT "risk_supervisions_item_id_risk_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."risk_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_supervisions_item_idx" ON "risk_supervisions" USING btree ("item_id","set_at");--> statement-breakpoint
CREATE UNIQUE INDEX "risk_supervisions_open_uq" ON "risk_supervisions" USING btree ("item_id") WHERE lifted_at is null;