ALTER TABLE "hearings" DROP COLUMN "head_appearance";--> statement-breakpoint
ALTER TABLE "hearings" DROP COLUMN "head_name";--> statement-breakpoint
ALTER TABLE "hearings" DROP COLUMN "spoke";