/**
 * The workbench's deadline buckets (GET /cases/workload).
 */
import { z } from 'zod';

import { date, text } from './fields.js';

export const workloadQuery = z.object({
  /** The day the buckets count from (default today in China). */
  today: date('统计日').optional(),
  /**
   * A region inside the caller's scope (a city's county): only its cases, per agency (outside the scope 403, an unknown
   * code 400).
   */
  regionCode: text('地区', 12).optional(),
});
export type WorkloadQuery = z.infer<typeof workloadQuery>;

const bucketCounts = {
  /** Cases with an open deadline already past (due on or before `dates.overdueBy`). */
  overdue: z.number(),
  /** … due within 10 / 20 days, overdue ones included (on or before `dates.within10By` / `within20By`). */
  within10: z.number(),
  within20: z.number(),
  /** Open cases (registered, in progress) without a 承办人. */
  noHandler: z.number(),
};
/** The case-list filters that open exactly a row's cases (with `dueBy` or `handler=none&status=registered,in_progress`). */
const workloadFilter = z.object({
  regionCode: z.string().optional(),
  regionExact: z.boolean().optional(),
  agencyId: z.string().optional(),
  handler: z.string().optional(),
});
export const workloadOut = z.object({
  level: z.enum(['city', 'county', 'agency']),
  today: z.string(),
  dates: z.object({ overdueBy: z.string(), within10By: z.string(), within20By: z.string() }),
  /** The list's `status` filter of the deadline buckets (not archived) and of 无承办人 (still open). */
  statuses: z.object({ deadlines: z.string(), noHandler: z.string() }),
  totals: z.object(bucketCounts),
  units: z.array(z.object({ key: z.string(), name: z.string(), filter: workloadFilter, ...bucketCounts })),
  people: z.array(
    z.object({ userId: z.string().nullable(), name: z.string().nullable(), filter: workloadFilter, ...bucketCounts }),
  ),
});
export type WorkloadOut = z.infer<typeof workloadOut>;
