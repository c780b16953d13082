/**
 * The workbench's deadline buckets (issue 14 §Dashboards): per case in the caller's scope, its earliest open deadline
 * (custom date first, as the list's `nextDueDate`) and whether it is open without a 承办人, counted per unit or per
 * handler. Deadlines count on cases not archived (LIVE_CASE_STATUSES). Each bucket is exactly what the case list
 * returns for the matching filters (`dueBy` with `status` live, or `handler=none` with `status` open; the row's
 * `regionCode`/`regionExact`, `agencyId` or `handler`), so a number clicked opens that many cases.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { LIVE_CASE_STATUSES, OPEN_CASE_STATUSES } from '../constants.js';
import { caseScopeCondition } from '../policy.js';
import { caseDeadlines, caseParties, cases } from '../schema.js';

export interface BucketDates {
  /** Overdue: an open deadline due on or before this day (yesterday). */
  overdueBy: string;
  /** Due within 10 / 20 days (overdue included): on or before these days. */
  within10By: string;
  within20By: string;
}

export interface BucketCounts {
  overdue: number;
  within10: number;
  within20: number;
  noHandler: number;
}

/** How cases are grouped: by county (its code; '' for a city-level case), by agency party, or by 承办人. */
export type WorkloadGrouping = 'county' | 'agency' | 'handler';

export async function workloadBuckets(
  db: DbOrTx,
  principal: Principal,
  grouping: WorkloadGrouping,
  dates: BucketDates,
  /** Only the cases of this region and below (the list's `regionCode`). */
  regionPath?: string,
): Promise<(BucketCounts & { key: string | null })[]> {
  const scope = caseScopeCondition(principal);
  const where: SQL[] = [sql`${cases.deletedAt} is null`];
  if (scope) where.push(scope);
  if (regionPath) where.push(sql`${cases.regionPath} like ${`${regionPath}%`}`);
  const list = (values: readonly string[]) =>
    sql.join(
      values.map((s) => sql`${s}`),
      sql`, `,
    );
  const open = list(OPEN_CASE_STATUSES);
  const live = list(LIVE_CASE_STATUSES);
  const key =
    grouping === 'county'
      ? sql`split_part(x.region_path, '/', 3)`
      : grouping === 'agency'
        ? sql`p.agency_id::text`
        : sql`x.handler_user_id::text`;
  // A case counts once per agency that is a party to it (the list's `agencyId` filter), so agencies do not add up.
  const join =
    grouping === 'agency'
      ? sql`join (select distinct ${caseParties.caseId} as case_id, ${caseParties.agencyId} as agency_id from ${caseParties} where ${caseParties.agencyId} is not null) p on p.case_id = x.id`
      : sql``;
  const result = await db.execute<{
    key: string | null;
    overdue: number;
    within10: number;
    within20: number;
    no_handler: number;
  }>(sql`
    select ${key} as key,
      count(*) filter (where x.due <= ${dates.overdueBy}::date)::int as overdue,
      count(*) filter (where x.due <= ${dates.within10By}::date)::int as within10,
      count(*) filter (where x.due <= ${dates.within20By}::date)::int as within20,
      count(*) filter (where x.handler_user_id is null and x.status in (${open}))::int as no_handler
    from (
      select ${cases.id} as id, ${cases.regionPath} as region_path, ${cases.handlerUserId} as handler_user_id,
        ${cases.status} as status,
        (select min(coalesce(${caseDeadlines.customDueDate}, ${caseDeadlines.dueDate})) from ${caseDeadlines}
          where ${caseDeadlines.caseId} = ${cases.id} and ${caseDeadlines.status} = 'open'
            and ${cases.status} in (${live})) as due
      from ${cases} where ${sql.join(where, sql` and `)}
    ) x ${join}
    where x.due <= ${dates.within20By}::date or (x.handler_user_id is null and x.status in (${open}))
    group by 1
  `);
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  return rows.map((r) => ({
    key: (r.key as string | null) ?? null,
    overdue: Number(r.overdue),
    within10: Number(r.within10),
    within20: Number(r.within20),
    noHandler: Number(r.no_handler),
  }));
}
