/**
 * Who may read and act on a filing (docs/rules/statistics.md#access): the caller's read scope, the filling unit and
 * the level above, the step allowed now (403 for the wrong unit, 422 for the wrong status); the unit's region and the
 * form's period validated.
 */
import {
  type FilingAction,
  type FilingActor,
  filingTransition,
  parseStatPeriod,
  STAT_FORMS,
  type StatFormKind,
  type StatPeriod,
} from '@shuangjiang/domain';
import type { Principal } from '../../../platform/auth/principal.js';
import type { DbOrTx } from '../../../platform/db/client.js';
import { AppError, forbidden, notFound, validationFailed } from '../../../platform/errors.js';
import { countyPath, figuresRegionPath } from '../../cases/public.js';
import { type RegionRow, regionByCode } from '../../org/public.js';
import { filingById } from '../repository.js';
import type { FilingRow } from '../schema.js';

export const ENTITY = 'statistics_filing';

/** The region path whose filings the caller reads. */
export function readScope(principal: Principal): string {
  const path = figuresRegionPath(principal);
  if (!path) throw forbidden('无权查看统计报表');
  return path;
}

const isCityPath = (path: string) => path.split('/').filter(Boolean).length === 1;

/** The unit that fills a filing: the county coordinator of a county's, the city coordinator of the city's. */
export function isFiller(principal: Principal, f: Pick<FilingRow, 'regionPath'>): boolean {
  if (isCityPath(f.regionPath)) return principal.role === 'city_coordinator' && principal.regionPath === f.regionPath;
  return principal.role === 'county_coordinator' && countyPath(principal.regionPath) === f.regionPath;
}

/** The level above: the city coordinator of the filing's city (the city's own filing is confirmed by the city). */
export function isReviewer(principal: Principal, f: Pick<FilingRow, 'regionPath'>): boolean {
  return (
    principal.role === 'city_coordinator' && !!principal.regionPath && f.regionPath.startsWith(principal.regionPath)
  );
}

function actorFor(principal: Principal, f: FilingRow, action: FilingAction): FilingActor | null {
  const wanted: FilingActor = action === 'return' || action === 'accept' ? 'reviewer' : 'filler';
  const ok = wanted === 'reviewer' ? isReviewer(principal, f) : isFiller(principal, f);
  return ok ? wanted : null;
}

/** Whether the action is allowed now: 403 for the wrong unit, 422 for the wrong status. */
export function allow(principal: Principal, f: FilingRow, action: FilingAction) {
  const actor = actorFor(principal, f, action);
  if (!actor) {
    throw forbidden(
      action === 'return' || action === 'accept'
        ? '只有上级审核单位可以退回或接收'
        : '只有填报单位可以填报、调整和上报',
    );
  }
  const t = filingTransition(f.status, action, actor, f.scope);
  if (!t.ok) throw new AppError('UNPROCESSABLE', t.message);
  return t.status;
}

export async function unitRegion(db: DbOrTx, code: string): Promise<RegionRow> {
  const region = await regionByCode(db, code);
  if (!region || (region.level !== 'city' && region.level !== 'county')) {
    const message = `地区不存在或不是市、县（${code}）`;
    throw validationFailed([{ field: 'region', message }], message);
  }
  return region;
}

export function periodOf(form: StatFormKind, key: string): StatPeriod {
  const p = parseStatPeriod(key);
  if (!p || !STAT_FORMS[form].periods.includes(p.kind)) {
    const allowed = STAT_FORMS[form].periods
      .map((k) => ({ year: '年度', half: '半年', quarter: '季度' })[k])
      .join('、');
    const message = `${STAT_FORMS[form].title}按${allowed}填报，期间“${key}”无效`;
    throw validationFailed([{ field: 'period', message }], message);
  }
  return p;
}

export async function visible(db: DbOrTx, principal: Principal, id: string): Promise<FilingRow> {
  const row = await filingById(db, id);
  if (!row?.regionPath.startsWith(readScope(principal))) throw notFound('统计报表');
  return row;
}
