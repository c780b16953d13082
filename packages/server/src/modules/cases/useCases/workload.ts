/**
 * Use case: the workbench's deadline buckets for the caller's role (issue 14 §Dashboards) — per unit (a city's
 * counties and 市本级 for the city coordinator and the leader, the agencies of a county for its coordinator, the own
 * agency for its clerk and head) and per 承办人, each number with the case-list filters that open exactly its cases.
 * `regionCode` narrows to a region inside the caller's scope (a city's county: its agencies, as its coordinator sees
 * them), every row's filter then carrying the region.
 */
import { todayInChina } from '@shuangjiang/domain';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { forbidden, validationFailed } from '../../../platform/errors.js';
import { LIVE_CASE_STATUSES, OPEN_CASE_STATUSES } from '../constants.js';
import type { WorkloadOut, WorkloadQuery } from '../dto.js';
import { countyPath } from '../policy.js';
import { agenciesByIds, regionsByCodes } from '../repository/lookups.js';
import { type BucketCounts, type BucketDates, workloadBuckets } from '../repository/workload.js';
import { handlerNames } from './handler.js';

const DAY = 86_400_000;
const plusDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

const LEVEL = {
  city_coordinator: 'city',
  leader: 'city',
  county_coordinator: 'county',
  agency_clerk: 'agency',
  agency_head: 'agency',
} as const;

const byUrgency = (a: BucketCounts, b: BucketCounts) =>
  b.overdue - a.overdue || b.within10 - a.within10 || b.within20 - a.within20 || b.noHandler - a.noHandler;

/** The region asked for when it is below the caller's own (null: the whole scope); 400 unknown, 403 outside. */
async function narrowedRegion(
  db: DbOrTx,
  principal: Principal,
  level: (typeof LEVEL)[keyof typeof LEVEL],
  regionCode: string | undefined,
): Promise<{ code: string; path: string } | null> {
  if (!regionCode) return null;
  const [region] = await regionsByCodes(db, [regionCode]);
  if (!region) {
    const message = `地区不存在（${regionCode}）`;
    throw validationFailed([{ field: 'regionCode', message }], message);
  }
  const own = level === 'county' ? countyPath(principal.regionPath) : principal.regionPath;
  if (!own || !region.path.startsWith(own)) throw forbidden('无权查看该地区的工作量');
  return region.path === own ? null : { code: region.code, path: region.path };
}

export async function workloadFor(db: DbOrTx, principal: Principal, q: WorkloadQuery): Promise<WorkloadOut> {
  const ownLevel = LEVEL[principal.role as keyof typeof LEVEL];
  if (!ownLevel) throw forbidden('该角色没有工作台');
  const region = await narrowedRegion(db, principal, ownLevel, q.regionCode);
  // A city narrowed to a county sees it as the county's coordinator does: per agency.
  const level = ownLevel === 'city' && region ? 'county' : ownLevel;
  const inRegion = region ? { regionCode: region.code } : {};
  const today = q.today ?? todayInChina();
  const dates: BucketDates = {
    overdueBy: plusDays(today, -1),
    within10By: plusDays(today, 10),
    within20By: plusDays(today, 20),
  };
  const [unitRows, personRows] = await Promise.all([
    workloadBuckets(db, principal, level === 'city' ? 'county' : 'agency', dates, region?.path),
    workloadBuckets(db, principal, 'handler', dates, region?.path),
  ]);

  const units: WorkloadOut['units'] = [];
  if (level === 'city') {
    const cityCode = principal.regionCode ?? '';
    const names = new Map(
      (await regionsByCodes(db, [cityCode, ...unitRows.map((r) => r.key ?? '')].filter(Boolean))).map((r) => [
        r.code,
        r.name,
      ]),
    );
    for (const r of unitRows) {
      const own = !r.key;
      const code = own ? cityCode : r.key!;
      units.push({
        ...counts(r),
        key: code,
        name: own ? `${names.get(cityCode) ?? ''}本级` : (names.get(code) ?? code),
        filter: own ? { regionCode: code, regionExact: true } : { regionCode: code },
      });
    }
  } else {
    const rows = level === 'agency' ? unitRows.filter((r) => r.key === principal.agencyId) : unitRows;
    const names = new Map(
      (
        await agenciesByIds(
          db,
          rows.map((r) => r.key!),
        )
      ).map((a) => [a.id, a.name]),
    );
    for (const r of rows) {
      units.push({
        ...counts(r),
        key: r.key!,
        name: names.get(r.key!) ?? r.key!,
        filter: { ...inRegion, agencyId: r.key! },
      });
    }
  }
  units.sort(byUrgency);

  const names = await handlerNames(
    db,
    personRows.map((r) => r.key),
  );
  const people: WorkloadOut['people'] = personRows
    .map((r) => ({
      ...counts(r),
      userId: r.key,
      name: r.key ? (names.get(r.key) ?? null) : null,
      filter: { ...inRegion, handler: r.key ?? 'none' },
    }))
    .sort(byUrgency);
  // Every case is in exactly one person row (its handler or none): their sum is the scope's total.
  const totals = personRows.reduce<BucketCounts>(
    (t, r) => ({
      overdue: t.overdue + r.overdue,
      within10: t.within10 + r.within10,
      within20: t.within20 + r.within20,
      noHandler: t.noHandler + r.noHandler,
    }),
    { overdue: 0, within10: 0, within20: 0, noHandler: 0 },
  );
  return {
    level,
    today,
    dates,
    statuses: { deadlines: LIVE_CASE_STATUSES.join(','), noHandler: OPEN_CASE_STATUSES.join(',') },
    totals,
    units,
    people,
  };
}

const counts = (r: BucketCounts): BucketCounts => ({
  overdue: r.overdue,
  within10: r.within10,
  within20: r.within20,
  noHandler: r.noHandler,
});
