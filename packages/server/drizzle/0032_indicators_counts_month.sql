DROP INDEX "indicator_counts_filed_idx";--> statement-breakpoint
DROP INDEX "indicator_counts_concluded_idx";--> statement-breakpoint
DROP INDEX "indicator_counts_defence_due_idx";--> statement-breakpoint
CREATE INDEX "indicator_counts_month_idx" ON "indicator_counts" USING btree ("unit_by",coalesce("concluded_on", "filed_on", "defence_due_on"));--> statement-breakpoint
-- A period's counts in few pages (README.md#counts): room in each page for an update of n to stay there (HOT: n is in
-- no index), and the rows laid out by partition and month — the backfill of 0030 wrote them in hash order.
ALTER TABLE "indicator_counts" SET (fillfactor = 70);
--> statement-breakpoint
CLUSTER "indicator_counts" USING "indicator_counts_month_idx";
--> statement-breakpoint
ANALYZE "indicator_counts";
