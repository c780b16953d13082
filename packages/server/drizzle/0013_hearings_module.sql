CREATE TABLE "hearing_absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hearing_id" uuid NOT NULL,
	"head_id" uuid NOT NULL,
	"reason_code" text NOT NULL,
	"reason_text" text,
	"deputy_name" text NOT NULL,
	"deputy_title" text,
	"deputy_head_id" uuid,
	"status" text DEFAULT 'filed' NOT NULL,
	"filed_by" uuid,
	"filed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hearing_appearances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hearing_id" uuid NOT NULL,
	"role" text NOT NULL,
	"head_id" uuid,
	"name" text NOT NULL,
	"title" text,
	"head_role" text,
	"agency_id" uuid,
	"designated" boolean DEFAULT false NOT NULL,
	"appeared" boolean DEFAULT false NOT NULL,
	"spoke" boolean DEFAULT false NOT NULL,
	"identity_proof_filed" boolean DEFAULT false NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hearing_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hearing_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid,
	"by_name" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"from_scheduled_at" timestamp with time zone,
	"to_scheduled_at" timestamp with time zone,
	"reason" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "kind" text DEFAULT 'trial' NOT NULL;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "mode" text DEFAULT 'in_person' NOT NULL;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "status" text DEFAULT 'scheduled' NOT NULL;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "must_appear_reasons" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "notes" text;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "hearings" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "hearing_absences" ADD CONSTRAINT "hearing_absences_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_absences" ADD CONSTRAINT "hearing_absences_head_id_agency_heads_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."agency_heads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_absences" ADD CONSTRAINT "hearing_absences_deputy_head_id_agency_heads_id_fk" FOREIGN KEY ("deputy_head_id") REFERENCES "public"."agency_heads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_appearances" ADD CONSTRAINT "hearing_appearances_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_appearances" ADD CONSTRAINT "hearing_appearances_head_id_agency_heads_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."agency_heads"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_appearances" ADD CONSTRAINT "hearing_appearances_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_status_changes" ADD CONSTRAINT "hearing_status_changes_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hearing_absences_hearing_idx" ON "hearing_absences" USING btree ("hearing_id");--> statement-breakpoint
CREATE INDEX "hearing_absences_status_idx" ON "hearing_absences" USING btree ("status");--> statement-breakpoint
CREATE INDEX "hearing_appearances_hearing_idx" ON "hearing_appearances" USING btree ("hearing_id","sort_order");--> statement-breakpoint
CREATE INDEX "hearing_appearances_head_idx" ON "hearing_appearances" USING btree ("head_id");--> statement-breakpoint
CREATE INDEX "hearing_status_changes_hearing_idx" ON "hearing_status_changes" USING btree ("hearing_id","at");--> statement-breakpoint
-- Existing hearings (the case registry's minimal table): a past one was held, a future one stays scheduled; its
-- history starts with this move. The head who appeared (head_appearance, head_name, spoke) becomes an appearance:
-- the head of the case's first defendant of that name when the heads list has one, else by name with the recorded
-- role; the identity proof is taken as filed (the old record counted the appearance, and has no such field).
UPDATE "hearings" SET "updated_at" = "created_at", "status" = CASE WHEN "scheduled_at" < now() THEN 'held' ELSE 'scheduled' END;--> statement-breakpoint
INSERT INTO "hearing_status_changes" ("hearing_id", "at", "by_name", "from_status", "to_status", "to_scheduled_at", "reason")
SELECT "id", "created_at", '系统（数据迁移）', NULL, "status", "scheduled_at", '原有庭审记录迁入庭审模块' FROM "hearings";--> statement-breakpoint
INSERT INTO "hearing_appearances" ("hearing_id", "role", "head_id", "name", "title", "head_role", "agency_id", "designated", "appeared", "spoke", "identity_proof_filed")
SELECT h."id", 'head', ah."id", coalesce(ah."name", h."head_name", '（姓名未记录）'), ah."title", h."head_appearance", c."first_defendant_agency_id", true, true, h."spoke", true
FROM "hearings" h
JOIN "cases" c ON c."id" = h."case_id"
LEFT JOIN LATERAL (
  SELECT a."id", a."name", a."title" FROM "agency_heads" a
  WHERE a."agency_id" = c."first_defendant_agency_id" AND a."name" = h."head_name"
  ORDER BY a."active" DESC, a."created_at" LIMIT 1
) ah ON true
WHERE h."head_appearance" <> 'none';
