CREATE TABLE "suggestion_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"suggestion_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"issuer" text NOT NULL,
	"doc_number" text,
	"title" text NOT NULL,
	"summary" text,
	"received_on" date NOT NULL,
	"stated_due" date,
	"due" date,
	"due_from" text NOT NULL,
	"due_basis" text NOT NULL,
	"agency_id" uuid NOT NULL,
	"region_path" text NOT NULL,
	"case_id" uuid,
	"replied_on" date,
	"reply_summary" text,
	"replied_by" uuid,
	"replied_by_name" text,
	"replied_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"person_name" text,
	"user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"note" text,
	"region_path" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "typical_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"case_id" uuid,
	"case_number" text,
	"parties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"domain" text,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"summary" text NOT NULL,
	"lesson" text NOT NULL,
	"region_path" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "suggestion_files" ADD CONSTRAINT "suggestion_files_suggestion_id_suggestions_id_fk" FOREIGN KEY ("suggestion_id") REFERENCES "public"."suggestions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendees" ADD CONSTRAINT "training_attendees_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendees" ADD CONSTRAINT "training_attendees_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "suggestion_files_owner_idx" ON "suggestion_files" USING btree ("suggestion_id","created_at");--> statement-breakpoint
CREATE INDEX "suggestions_agency_idx" ON "suggestions" USING btree ("agency_id","due");--> statement-breakpoint
CREATE INDEX "suggestions_region_idx" ON "suggestions" USING btree ("region_path","received_on");--> statement-breakpoint
CREATE INDEX "suggestions_open_due_idx" ON "suggestions" USING btree ("due") WHERE replied_on is null;--> statement-breakpoint
CREATE INDEX "training_attendees_agency_idx" ON "training_attendees" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendees_uq" ON "training_attendees" USING btree ("training_id","agency_id","person_name");--> statement-breakpoint
CREATE INDEX "trainings_held_idx" ON "trainings" USING btree ("held_on","kind");--> statement-breakpoint
CREATE INDEX "typical_cases_year_idx" ON "typical_cases" USING btree ("year","status");